import { StudyError } from '../../shared/errors';
import { readAppState, rememberStudy } from './app-state';

/** What startup needs from the service, the file system and the user (fakes in tests). */
export interface StartupDeps {
  /** userData/state.json */
  stateFile: string;
  /** userData/Sample.study */
  sampleDir: string;
  /** A study folder given on the command line; wins over the remembered one. */
  requestedDir: string | null;
  openStudy(dir: string): Promise<unknown>;
  createSampleStudy(dir: string): Promise<unknown>;
  restoreBackup(file: string): Promise<unknown>;
  exists(dir: string): Promise<boolean>;
  /** Asked when the study has a damaged file with a good backup: restore it now? */
  askRestore(problem: { dir: string; message: string }): Promise<boolean>;
  warn(message: string): void;
}

/** Which study is open after startup, and what the user should be told about it. */
export interface StartupResult {
  studyDir: string | null;
  notice: string | null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens the study the app should start with: the one on the command line,
 * else the one open last time, else (first run) the sample study, created
 * from the seeds on first use. When the wanted study cannot be opened (moved,
 * damaged) the sample opens instead and `notice` says why; the remembered
 * study is kept, so it is tried again next time (a drive may be unplugged).
 * A damaged file with a good backup is offered for restore first.
 */
export async function openStartupStudy(deps: StartupDeps): Promise<StartupResult> {
  const loaded = await readAppState(deps.stateFile);
  if (loaded.problem) deps.warn(`Ignoring the app state file: ${loaded.problem}`);
  const remember = async (dir: string) => {
    try {
      await rememberStudy(deps.stateFile, dir);
    } catch (error) {
      deps.warn(`Could not remember the open study: ${messageOf(error)}`);
    }
  };

  const wanted = deps.requestedDir ?? loaded.state?.lastStudyDir ?? null;
  let notice: string | null = null;
  if (wanted) {
    try {
      await deps.openStudy(wanted);
      await remember(wanted);
      return { studyDir: wanted, notice: null };
    } catch (error) {
      let failure = error;
      const file = error instanceof StudyError ? error.details.file : undefined;
      if (error instanceof StudyError && error.code === 'corrupt-file' && error.details.backup && file) {
        if (await deps.askRestore({ dir: wanted, message: error.message })) {
          try {
            await deps.restoreBackup(file);
            await remember(wanted);
            return { studyDir: wanted, notice: null };
          } catch (restoreError) {
            failure = restoreError;
          }
        }
      }
      notice = `Could not reopen the study at ${wanted}: ${messageOf(failure)}\nThe sample study is open instead; use File › Open study… to open another.`;
    }
  }

  try {
    if (await deps.exists(deps.sampleDir)) await deps.openStudy(deps.sampleDir);
    else await deps.createSampleStudy(deps.sampleDir);
    if (!wanted) await remember(deps.sampleDir);
    return { studyDir: deps.sampleDir, notice };
  } catch (error) {
    const sampleProblem = `The sample study at ${deps.sampleDir} could not be opened: ${messageOf(error)}`;
    return { studyDir: null, notice: notice ? `${notice.split('\n')[0]}\n${sampleProblem}` : sampleProblem };
  }
}
