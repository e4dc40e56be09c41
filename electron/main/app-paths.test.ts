import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths, studyDirFromArgv } from './app-paths';

describe('appPaths', () => {
  it('uses the repository seeds and word vectors in development', () => {
    expect(appPaths({ bundleDir: '/repo/dist/electron', isPackaged: false, resourcesPath: '/ignored' })).toEqual({
      preload: join('/repo/dist/electron', 'preload.cjs'),
      rendererRoot: join('/repo/dist', 'renderer'),
      seedsDir: join('/repo', 'seeds'),
      wordVectorsFile: join('/repo', 'shared', 'suggest', 'vectors', 'words.wv'),
    });
  });

  it('uses the packaged resources folder for seeds when packaged', () => {
    const paths = appPaths({ bundleDir: '/opt/Outlet Compare/resources/app.asar/dist/electron', isPackaged: true, resourcesPath: '/opt/Outlet Compare/resources' });
    expect(paths.seedsDir).toBe(join('/opt/Outlet Compare/resources', 'seeds'));
    expect(paths.wordVectorsFile).toBe(join('/opt/Outlet Compare/resources', 'word-vectors', 'words.wv'));
    expect(paths.rendererRoot).toBe(join('/opt/Outlet Compare/resources/app.asar/dist', 'renderer'));
  });
});

describe('studyDirFromArgv', () => {
  it('finds the study path after the executable when packaged', () => {
    expect(studyDirFromArgv(['/opt/app/outlet-compare', 'Gaza.study'], { defaultApp: false, cwd: '/home/ana' })).toBe(resolve('/home/ana/Gaza.study'));
    expect(studyDirFromArgv(['/opt/app/outlet-compare', '/data/Gaza.study'], { defaultApp: false, cwd: '/home/ana' })).toBe('/data/Gaza.study');
  });

  it('skips the app path when running unpackaged', () => {
    expect(studyDirFromArgv(['electron', 'dist/electron/main.cjs'], { defaultApp: true, cwd: '/repo' })).toBeNull();
    expect(studyDirFromArgv(['electron', '.', 'x.study'], { defaultApp: true, cwd: '/repo' })).toBe(resolve('/repo/x.study'));
  });

  it('ignores switches, including those Chromium adds to a second instance', () => {
    expect(
      studyDirFromArgv(['/opt/app/outlet-compare', '--allow-file-access-from-files', '--original-process-start-time=1', 'a.study'], {
        defaultApp: false,
        cwd: '/w',
      }),
    ).toBe(resolve('/w/a.study'));
    expect(studyDirFromArgv(['/opt/app/outlet-compare', '--no-sandbox'], { defaultApp: false, cwd: '/w' })).toBeNull();
  });
});
