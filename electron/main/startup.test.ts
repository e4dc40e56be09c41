import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudyError } from '../../shared/errors';
import { openStartupStudy, type StartupDeps } from './startup';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'startup-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A fake service over a set of openable folders, recording what startup did. */
function fakeDeps(options: { openable?: string[]; existing?: string[]; failures?: Record<string, Error>; restore?: boolean } = {}) {
  const log: string[] = [];
  const openable = new Set(options.openable ?? []);
  const existing = new Set([...(options.existing ?? []), ...openable]);
  const deps: StartupDeps = {
    stateFile: join(dir, 'state.json'),
    sampleDir: join(dir, 'Sample.study'),
    requestedDir: null,
    async openStudy(study) {
      log.push(`open ${study}`);
      const failure = options.failures?.[study];
      if (failure) throw failure;
      if (!openable.has(study)) throw new StudyError('not-found', `No study at ${study}`);
    },
    async createSampleStudy(study) {
      log.push(`create ${study}`);
      openable.add(study);
    },
    async restoreBackup(file) {
      log.push(`restore ${file}`);
    },
    async exists(study) {
      return existing.has(study);
    },
    async askRestore(problem) {
      log.push(`ask ${problem.dir}`);
      return options.restore ?? false;
    },
    warn(message) {
      log.push(`warn ${message}`);
    },
  };
  return { deps, log };
}

const state = () => JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8'));

describe('openStartupStudy', () => {
  it('creates and opens the sample study on a first run, and remembers it', async () => {
    const { deps, log } = fakeDeps();
    expect(await openStartupStudy(deps)).toEqual({ studyDir: deps.sampleDir, notice: null });
    expect(log).toEqual([`create ${deps.sampleDir}`]);
    expect(state()).toEqual({ schemaVersion: 1, lastStudyDir: deps.sampleDir });
  });

  it('reopens the study that was open last time', async () => {
    const { deps, log } = fakeDeps({ openable: ['/studies/Gaza.study'] });
    writeFileSync(deps.stateFile, JSON.stringify({ schemaVersion: 1, lastStudyDir: '/studies/Gaza.study' }));
    expect(await openStartupStudy(deps)).toEqual({ studyDir: '/studies/Gaza.study', notice: null });
    expect(log).toEqual(['open /studies/Gaza.study']);
  });

  it('prefers a study given on the command line and remembers it', async () => {
    const { deps } = fakeDeps({ openable: ['/studies/Gaza.study', '/studies/Other.study'] });
    writeFileSync(deps.stateFile, JSON.stringify({ schemaVersion: 1, lastStudyDir: '/studies/Gaza.study' }));
    deps.requestedDir = '/studies/Other.study';
    expect((await openStartupStudy(deps)).studyDir).toBe('/studies/Other.study');
    expect(state().lastStudyDir).toBe('/studies/Other.study');
  });

  it('falls back to the existing sample when the last study moved, says why, and keeps trying it next time', async () => {
    const sample = join(dir, 'Sample.study');
    const { deps, log } = fakeDeps({ openable: [sample] });
    writeFileSync(deps.stateFile, JSON.stringify({ schemaVersion: 1, lastStudyDir: '/usb/Gaza.study' }));
    const result = await openStartupStudy(deps);
    expect(result.studyDir).toBe(sample);
    expect(result.notice).toContain('Could not reopen the study at /usb/Gaza.study: No study at /usb/Gaza.study');
    expect(result.notice).toContain('The sample study is open instead');
    expect(log.filter((line) => line.startsWith('create'))).toEqual([]);
    expect(state().lastStudyDir).toBe('/usb/Gaza.study');
  });

  it('offers to restore a damaged file that has a backup, and opens the study when restored', async () => {
    const damaged = new StudyError('corrupt-file', 'tagsets/ana.json is not valid JSON', { file: 'tagsets/ana.json', backup: true });
    const { deps, log } = fakeDeps({ failures: { '/studies/Gaza.study': damaged }, restore: true });
    writeFileSync(deps.stateFile, JSON.stringify({ schemaVersion: 1, lastStudyDir: '/studies/Gaza.study' }));
    expect(await openStartupStudy(deps)).toEqual({ studyDir: '/studies/Gaza.study', notice: null });
    expect(log).toEqual(['open /studies/Gaza.study', 'ask /studies/Gaza.study', 'restore tagsets/ana.json']);
  });

  it('falls back to the sample when the user declines the restore, keeping the damaged study untouched', async () => {
    const damaged = new StudyError('corrupt-file', 'project.json: name must not be empty', { file: 'project.json', backup: true });
    const { deps, log } = fakeDeps({ failures: { '/studies/Gaza.study': damaged }, restore: false });
    writeFileSync(deps.stateFile, JSON.stringify({ schemaVersion: 1, lastStudyDir: '/studies/Gaza.study' }));
    const result = await openStartupStudy(deps);
    expect(result.studyDir).toBe(deps.sampleDir);
    expect(result.notice).toContain('project.json: name must not be empty');
    expect(log).not.toContain('restore project.json');
  });

  it('does not offer a restore when there is no backup', async () => {
    const damaged = new StudyError('corrupt-file', 'project.json is not valid JSON', { file: 'project.json', backup: false });
    const { deps, log } = fakeDeps({ failures: { '/s.study': damaged }, restore: true });
    deps.requestedDir = '/s.study';
    await openStartupStudy(deps);
    expect(log.some((line) => line.startsWith('ask'))).toBe(false);
  });

  it('ignores a damaged state file with a warning and starts with the sample', async () => {
    const { deps, log } = fakeDeps();
    writeFileSync(deps.stateFile, 'not json');
    expect((await openStartupStudy(deps)).studyDir).toBe(deps.sampleDir);
    expect(log[0]).toMatch(/^warn Ignoring the app state file: .*state\.json is not valid JSON$/);
    expect(state().lastStudyDir).toBe(deps.sampleDir);
  });

  it('reports when not even the sample can be opened', async () => {
    const { deps } = fakeDeps();
    deps.createSampleStudy = async () => {
      throw new StudyError('io', 'seeds/seeds.json is missing');
    };
    const result = await openStartupStudy(deps);
    expect(result.studyDir).toBeNull();
    expect(result.notice).toContain('could not be opened: seeds/seeds.json is missing');
  });
});
