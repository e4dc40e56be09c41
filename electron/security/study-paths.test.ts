import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, type Api } from '../../shared/api';
import { StudyError } from '../../shared/errors';
import { ChosenFolders, browserPolicy, chosenFoldersPolicy, guardStudyFolders, isSameOrInside, newStudyProblem, type FolderProbe } from './study-paths';

/** A disk of study folders and other folders with files, by absolute path. */
function fakeDisk(studies: string[], full: Record<string, string[]> = {}): FolderProbe {
  return {
    isStudy: async (dir) => studies.includes(dir),
    entries: async (dir) => full[dir] ?? null,
  };
}

/** An Api that records which calls reached it. */
function recordingApi(): { api: Api; calls: string[] } {
  const calls: string[] = [];
  const api = {} as Record<string, (input: unknown) => Promise<unknown>>;
  for (const name of METHOD_NAMES) api[name] = async () => void calls.push(name);
  return { api: api as unknown as Api, calls };
}

describe('isSameOrInside', () => {
  it('compares resolved paths, not prefixes', () => {
    expect(isSameOrInside('/data', '/data')).toBe(true);
    expect(isSameOrInside('/data', '/data/a/b')).toBe(true);
    expect(isSameOrInside('/data', '/data/../etc')).toBe(false);
    expect(isSameOrInside('/data', '/database')).toBe(false);
  });
});

describe('chosenFoldersPolicy (Electron)', () => {
  it('accepts only folders chosen in this session, however they are spelled', () => {
    const chosen = new ChosenFolders();
    chosen.add('/home/ana/Gaza.study');
    const policy = chosenFoldersPolicy(chosen);
    expect(policy('/home/ana/Gaza.study', 'open')).toBeNull();
    expect(policy('/home/ana/x/../Gaza.study/', 'create')).toBeNull();
    expect(policy('/etc/Evil.study', 'create')).toMatch(/was not chosen in this session/);
    expect(policy('/home/ana/Gaza.study/articles', 'create')).toMatch(/was not chosen/);
  });
});

describe('browserPolicy', () => {
  const policy = browserPolicy({ servedStudy: '/srv/Gaza.study', dataDir: '/home/ana/.config/Outlet Compare' });
  it('opens the served study and folders under the data folder', () => {
    expect(policy('/srv/Gaza.study', 'open')).toBeNull();
    expect(policy('/home/ana/.config/Outlet Compare/Sample.study', 'open')).toBeNull();
    expect(policy('/home/ana/.config/Outlet Compare/New.study', 'create')).toBeNull();
  });
  it.each([
    ['/etc/Evil.study', 'create'],
    ['/srv/Gaza.study', 'create'],
    ['/srv/Other.study', 'open'],
    ['/home/ana/.config/Outlet Compare', 'create'],
    ['/home/ana/.config/Outlet Compare/../x', 'open'],
    ['/home/ana/.config/Outlet Compare Evil/x', 'open'],
  ] as const)('refuses %s for %s', (dir, action) => {
    expect(policy(dir, action)).toMatch(/only use the served study and folders under/);
  });
});

describe('newStudyProblem', () => {
  it('refuses a folder inside another study, at any depth', async () => {
    const disk = fakeDisk(['/home/ana/Gaza.study']);
    expect(await newStudyProblem('/home/ana/Gaza.study/articles', disk)).toBe('/home/ana/Gaza.study/articles is inside the study at /home/ana/Gaza.study; choose a folder outside it');
    expect(await newStudyProblem('/home/ana/Gaza.study/a/b/New.study', disk)).toMatch(/inside the study at \/home\/ana\/Gaza.study;/);
    expect(await newStudyProblem('/home/ana/New.study', disk)).toBeNull();
  });

  it('refuses a folder with files in it, but not one with only OS litter', async () => {
    const disk = fakeDisk([], { '/home/ana/Docs': ['cv.pdf'], '/home/ana/Empty': [], '/home/ana/Mac': ['.DS_Store'] });
    expect(await newStudyProblem('/home/ana/Docs', disk)).toBe('/home/ana/Docs is not empty; choose a new or empty folder');
    expect(await newStudyProblem('/home/ana/Empty', disk)).toBeNull();
    expect(await newStudyProblem('/home/ana/Mac', disk)).toBeNull();
  });
});

describe('guardStudyFolders', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'study-paths-'));
    await mkdir(path.join(tmp, 'Open.study', 'articles'), { recursive: true });
    await writeFile(path.join(tmp, 'Open.study', 'project.json'), '{}');
    await mkdir(path.join(tmp, 'Full'));
    await writeFile(path.join(tmp, 'Full', 'notes.txt'), 'x');
  });
  afterAll(() => rm(tmp, { recursive: true, force: true }));

  it('refuses unchosen folders, studies in studies and full folders before the service sees them', async () => {
    const { api, calls } = recordingApi();
    const chosen = new ChosenFolders();
    const guarded = guardStudyFolders(api, chosenFoldersPolicy(chosen));
    const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: StudyError) => `${error.code}: ${error.message}`);

    expect(await refusal(guarded.createStudy({ dir: '/etc/Evil.study' }))).toMatch(/^bad-input: \/etc\/Evil.study was not chosen/);
    expect(await refusal(guarded.openStudy({ dir: path.join(tmp, 'Open.study') }))).toMatch(/was not chosen/);
    for (const dir of [path.join(tmp, 'Open.study'), path.join(tmp, 'Open.study', 'articles'), path.join(tmp, 'Full'), path.join(tmp, 'New.study')]) chosen.add(dir);
    expect(await refusal(guarded.createStudy({ dir: path.join(tmp, 'Open.study', 'articles') }))).toMatch(/is inside the study at .*Open\.study; choose a folder outside it$/);
    expect(await refusal(guarded.createSampleStudy({ dir: path.join(tmp, 'Full') }))).toMatch(/Full is not empty/);
    expect(calls).toEqual([]);

    await guarded.openStudy({ dir: path.join(tmp, 'Open.study') });
    await guarded.createStudy({ dir: path.join(tmp, 'New.study') });
    await guarded.getStudy({});
    expect(calls).toEqual(['openStudy', 'createStudy', 'getStudy']);
  });
});
