import { basename } from 'node:path';
import type { Api } from '../../shared/api';
import { StudyError } from '../../shared/errors';
import type { MenuCommand } from '../../shared/menu';
import { rememberStudy } from './app-state';
import { importFiles, importSummary } from './import-files';
import { callService } from './service-call';

/** What the File-menu flows need: the service, dialogs and the page (fakes in tests). */
export interface StudyActionDeps {
  api: Api;
  stateFile: string;
  chooseStudyFolder(): Promise<string | null>;
  chooseNewStudyPath(): Promise<string | null>;
  chooseImportFiles(): Promise<string[]>;
  askRestore(problem: { dir: string; message: string }): Promise<boolean>;
  showError(message: string, detail: string): Promise<void>;
  showInfo(message: string, detail: string): Promise<void>;
  /** Sends a menu command to the page. */
  notify(command: MenuCommand): void;
  warn(message: string): void;
}

/** The folder and name for a new study: the chosen path, with `.study` added when missing. */
export function newStudyTarget(chosenPath: string): { dir: string; name: string } {
  const dir = /\.study$/i.test(chosenPath) ? chosenPath : `${chosenPath}.study`;
  return { dir, name: basename(dir).replace(/\.study$/i, '') };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The File-menu flows: New study, Open study (also used for a path from a
 * second instance) and Import articles. Each tells the page to reload with
 * `study-changed` when something changed, and shows errors in a dialog in
 * the user's words. One flow at a time: a second click while a dialog is up
 * is ignored.
 */
export function createStudyActions(deps: StudyActionDeps) {
  let busy = false;
  const once =
    <A extends unknown[]>(flow: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      if (busy) return;
      busy = true;
      try {
        await flow(...args);
      } finally {
        busy = false;
      }
    };

  const opened = async (dir: string) => {
    try {
      await rememberStudy(deps.stateFile, dir);
    } catch (error) {
      deps.warn(`Could not remember the open study: ${messageOf(error)}`);
    }
    deps.notify('study-changed');
  };

  const openAt = async (dir: string) => {
    try {
      await callService(deps.api, 'openStudy', { dir });
    } catch (error) {
      const file = error instanceof StudyError ? error.details.file : undefined;
      const restorable = error instanceof StudyError && error.code === 'corrupt-file' && error.details.backup && file;
      if (!restorable || !(await deps.askRestore({ dir, message: messageOf(error) }))) {
        await deps.showError(`Could not open the study at ${dir}`, messageOf(error));
        return;
      }
      try {
        await callService(deps.api, 'restoreBackup', { file });
      } catch (restoreError) {
        await deps.showError(`Could not restore the backup in ${dir}`, messageOf(restoreError));
        return;
      }
    }
    await opened(dir);
  };

  return {
    openStudyAt: once(openAt),

    openStudy: once(async () => {
      const dir = await deps.chooseStudyFolder();
      if (dir) await openAt(dir);
    }),

    newStudy: once(async () => {
      const chosen = await deps.chooseNewStudyPath();
      if (!chosen) return;
      const { dir, name } = newStudyTarget(chosen);
      try {
        await callService(deps.api, 'createStudy', { dir, name });
      } catch (error) {
        await deps.showError(`Could not create a study at ${dir}`, messageOf(error));
        return;
      }
      await opened(dir);
    }),

    importArticles: once(async () => {
      try {
        await callService(deps.api, 'getStudy', {});
      } catch (error) {
        await deps.showError('Open or create a study before importing articles', messageOf(error));
        return;
      }
      const paths = await deps.chooseImportFiles();
      if (paths.length === 0) return;
      const report = await importFiles(paths, (input) => callService(deps.api, 'importArticle', input));
      if (report.imported.length > 0) deps.notify('study-changed');
      const { message, detail } = importSummary(report);
      if (report.failed.length > 0) await deps.showError(message, detail);
      else await deps.showInfo(message, detail);
    }),
  };
}
