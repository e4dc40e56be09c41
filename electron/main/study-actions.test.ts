import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES, type Api, type MethodName } from '../../shared/api';
import { StudyError } from '../../shared/errors';
import { createStudyActions, newStudyTarget, type StudyActionDeps } from './study-actions';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'study-actions-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const summary = {
  dir: '/s',
  name: 's',
  outlets: [],
  codebook: { claim: [], framing: [], attribution: [] },
  annotator: null,
  annotators: [],
  articleCount: 0,
  annotationCount: 0,
  linkCount: 0,
};
const articleSummary = {
  id: 'a1',
  outletId: 'o1',
  outletName: 'Okaz',
  title: 'T',
  chars: 1,
  blocks: 1,
  boilerplateBlocks: 0,
  counts: { claim: 0, framing: 0, attribution: 0 },
};

/** A fake service: `behaviour` answers per method; every call is logged. */
function setup(behaviour: Partial<Record<MethodName, (input: unknown) => unknown>>, answers: Partial<Pick<StudyActionDeps, 'chooseStudyFolder' | 'chooseNewStudyPath' | 'chooseImportFiles' | 'askRestore'>> = {}) {
  const log: string[] = [];
  const api = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;
  for (const name of METHOD_NAMES) {
    api[name] = async (input) => {
      log.push(`${name} ${JSON.stringify(input)}`);
      const answer = behaviour[name];
      if (!answer) throw new StudyError('no-study', `${name} not faked`);
      return answer(input);
    };
  }
  const deps: StudyActionDeps = {
    api: api as Api,
    stateFile: join(dir, 'state.json'),
    chooseStudyFolder: async () => null,
    chooseNewStudyPath: async () => null,
    chooseImportFiles: async () => [],
    askRestore: async () => false,
    showError: async (message, detail) => void log.push(`error ${message} | ${detail}`),
    showInfo: async (message, detail) => void log.push(`info ${message} | ${detail}`),
    notify: (command) => void log.push(`notify ${command}`),
    warn: (message) => void log.push(`warn ${message}`),
    ...answers,
  };
  return { actions: createStudyActions(deps), log };
}

const remembered = () => JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')).lastStudyDir;

describe('newStudyTarget', () => {
  it('adds .study when missing and names the study after the folder', () => {
    expect(newStudyTarget('/home/ana/Gaza ceasefire')).toEqual({ dir: '/home/ana/Gaza ceasefire.study', name: 'Gaza ceasefire' });
    expect(newStudyTarget('/home/ana/Gaza.STUDY')).toEqual({ dir: '/home/ana/Gaza.STUDY', name: 'Gaza' });
  });
});

describe('createStudyActions', () => {
  it('opens a chosen folder, remembers it and tells the page', async () => {
    const { actions, log } = setup({ openStudy: () => summary }, { chooseStudyFolder: async () => '/studies/Gaza.study' });
    await actions.openStudy();
    expect(log).toEqual(['openStudy {"dir":"/studies/Gaza.study"}', 'notify study-changed']);
    expect(remembered()).toBe('/studies/Gaza.study');
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { actions, log } = setup({ openStudy: () => summary });
    await actions.openStudy();
    await actions.newStudy();
    expect(log).toEqual([]);
  });

  it('shows why a study could not be opened and changes nothing', async () => {
    const { actions, log } = setup({
      openStudy: () => {
        throw new StudyError('not-found', 'There is no project.json in /x');
      },
    });
    await actions.openStudyAt('/x');
    expect(log).toEqual(['openStudy {"dir":"/x"}', 'error Could not open the study at /x | There is no project.json in /x']);
  });

  it('offers to restore a damaged file with a backup, then opens the study', async () => {
    const { actions, log } = setup(
      {
        openStudy: () => {
          throw new StudyError('corrupt-file', 'tagsets/ana.json is damaged', { file: 'tagsets/ana.json', backup: true });
        },
        restoreBackup: () => summary,
      },
      { askRestore: async () => true },
    );
    await actions.openStudyAt('/s');
    expect(log).toEqual(['openStudy {"dir":"/s"}', 'restoreBackup {"file":"tagsets/ana.json"}', 'notify study-changed']);
  });

  it('creates a new study with a .study folder', async () => {
    const { actions, log } = setup({ createStudy: () => summary }, { chooseNewStudyPath: async () => '/studies/Ceasefire' });
    await actions.newStudy();
    expect(log).toEqual(['createStudy {"dir":"/studies/Ceasefire.study","name":"Ceasefire"}', 'notify study-changed']);
    expect(remembered()).toBe('/studies/Ceasefire.study');
  });

  it('imports the chosen files and reports the count', async () => {
    const a = join(dir, 'okaz.txt');
    const b = join(dir, 'notes.pdf');
    writeFileSync(a, 'Text of the article');
    writeFileSync(b, '%PDF');
    const { actions, log } = setup({ getStudy: () => summary, importArticle: () => articleSummary }, { chooseImportFiles: async () => [a, b] });
    await actions.importArticles();
    expect(log).toEqual([
      'getStudy {}',
      'importArticle {"fileName":"okaz.txt","content":"Text of the article"}',
      'notify study-changed',
      'error Imported 1 of 2 files. 1 could not be imported. | notes.pdf: only .txt, .md, .markdown, .html, .htm files can be imported',
    ]);
  });

  it('asks for a study before importing', async () => {
    const { actions, log } = setup({});
    await actions.importArticles();
    expect(log).toEqual(['getStudy {}', 'error Open or create a study before importing articles | getStudy not faked']);
  });

  it('ignores a second flow while one is running', async () => {
    let finish: (dir: string | null) => void = () => undefined;
    const { actions, log } = setup(
      { openStudy: () => summary },
      { chooseStudyFolder: () => new Promise<string | null>((resolve) => (finish = resolve)) },
    );
    const first = actions.openStudy();
    await actions.openStudyAt('/other');
    finish('/first.study');
    await first;
    expect(log).toEqual(['openStudy {"dir":"/first.study"}', 'notify study-changed']);
  });
});
