import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { METHOD_NAMES, type Api, type Input } from '../../shared/api';
import { StudyError } from '../../shared/errors';

/**
 * Which folders a caller may open or create a study in. The service takes
 * any path it is given (it also serves the CLI, where the user types it);
 * the adapters in front of a page, Electron's IPC and the browser-mode HTTP
 * host, put these rules in front of it, because a page (or a script that
 * got into it) must not pick folders itself.
 */

/** What the rules need to know about the disk (a fake in tests). */
export interface FolderProbe {
  /** Whether `dir` holds a study (a project.json). */
  isStudy(dir: string): Promise<boolean>;
  /** The names inside `dir`, or null when it does not exist (or is not a folder). */
  entries(dir: string): Promise<string[] | null>;
}

export const diskProbe: FolderProbe = {
  async isStudy(dir) {
    try {
      return (await stat(path.join(dir, 'project.json'))).isFile();
    } catch {
      return false;
    }
  },
  async entries(dir) {
    try {
      return await readdir(dir);
    } catch {
      return null;
    }
  },
};

/** Whether `child` is `parent` itself or lies under it, after resolving both. */
export function isSameOrInside(parent: string, child: string): boolean {
  const rel = path.relative(path.resolve(parent), path.resolve(child));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The folders the user chose in this session: picked in an Open or New
 * dialog, reopened from the recent list, given on the command line. Electron
 * main fills it; a call from the page may only name one of these.
 */
export class ChosenFolders {
  private readonly dirs = new Set<string>();

  add(dir: string): void {
    this.dirs.add(path.resolve(dir));
  }

  has(dir: string): boolean {
    return this.dirs.has(path.resolve(dir));
  }
}

export type StudyAction = 'open' | 'create';

/** Why a caller may not use `dir` for `action`, or null when it may. */
export type FolderPolicy = (dir: string, action: StudyAction) => string | null;

/** Electron: only folders the user chose (see ChosenFolders). */
export function chosenFoldersPolicy(chosen: ChosenFolders): FolderPolicy {
  return (dir) => (chosen.has(dir) ? null : `${dir} was not chosen in this session; use File > Open Study… or File > New Study…`);
}

/** Browser mode: the study being served, and folders under the app's data folder. */
export function browserPolicy(places: { servedStudy: string; dataDir: string }): FolderPolicy {
  return (dir, action) => {
    if (action === 'open' && path.resolve(dir) === path.resolve(places.servedStudy)) return null;
    const resolvedData = path.resolve(places.dataDir);
    if (isSameOrInside(resolvedData, dir) && path.resolve(dir) !== resolvedData) return null;
    return `The browser app can only use the served study and folders under ${resolvedData}; ${dir} is neither`;
  };
}

/** Files an OS drops into any folder; they do not make a folder "not empty". */
const OS_LITTER = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/**
 * Why a new study may not be created at `dir`, or null: never inside another
 * study (any ancestor with a project.json: a study in <study>/articles broke
 * the open one), never in a folder that already has files in it.
 */
export async function newStudyProblem(dir: string, probe: FolderProbe = diskProbe): Promise<string | null> {
  const target = path.resolve(dir);
  for (let parent = path.dirname(target); ; parent = path.dirname(parent)) {
    if (await probe.isStudy(parent)) return `${target} is inside the study at ${parent}; choose a folder outside it`;
    if (path.dirname(parent) === parent) break;
  }
  const entries = await probe.entries(target);
  if (entries && entries.some((name) => !OS_LITTER.has(name))) return `${target} is not empty; choose a new or empty folder`;
  return null;
}

/**
 * The service with the folder rules in front of openStudy, createStudy and
 * createSampleStudy; every other call passes straight through.
 */
export function guardStudyFolders(api: Api, policy: FolderPolicy, probe: FolderProbe = diskProbe): Api {
  const refuse = (message: string): never => {
    throw new StudyError('bad-input', message, { field: 'dir' });
  };
  const check = async (dir: string, action: StudyAction) => {
    const problem = policy(dir, action) ?? (action === 'create' ? await newStudyProblem(dir, probe) : null);
    if (problem) refuse(problem);
  };
  const guarded = {} as Record<string, (input: unknown) => Promise<unknown>>;
  for (const name of METHOD_NAMES) {
    const call = api[name] as (input: unknown) => Promise<unknown>;
    guarded[name] = (input) => call.call(api, input);
  }
  guarded.openStudy = async (input) => {
    await check((input as Input<'openStudy'>).dir, 'open');
    return api.openStudy(input as Input<'openStudy'>);
  };
  guarded.createStudy = async (input) => {
    await check((input as Input<'createStudy'>).dir, 'create');
    return api.createStudy(input as Input<'createStudy'>);
  };
  guarded.createSampleStudy = async (input) => {
    await check((input as Input<'createSampleStudy'>).dir, 'create');
    return api.createSampleStudy(input as Input<'createSampleStudy'>);
  };
  return guarded as unknown as Api;
}
