import { join } from 'node:path';
import { dialog, type BrowserWindow, type MessageBoxOptions, type OpenDialogOptions } from 'electron';
import { IMPORT_EXTENSIONS } from './import-files';

/**
 * Native dialogs, attached to the main window when there is one. Kept apart
 * so the flows that use them (study-actions.ts, startup.ts,
 * external-opener.ts) stay testable with fakes.
 */
export function createDialogs(getWindow: () => BrowserWindow | null, documentsDir: string) {
  const messageBox = (options: MessageBoxOptions) => {
    const win = getWindow();
    return win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
  };
  const openDialog = async (options: OpenDialogOptions): Promise<string[]> => {
    const win = getWindow();
    const result = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
    return result.canceled ? [] : result.filePaths;
  };

  return {
    async chooseStudyFolder(): Promise<string | null> {
      const [dir] = await openDialog({ title: 'Open study', defaultPath: documentsDir, buttonLabel: 'Open study', properties: ['openDirectory'] });
      return dir ?? null;
    },

    async chooseNewStudyPath(): Promise<string | null> {
      const options = {
        title: 'New study',
        defaultPath: join(documentsDir, 'Untitled.study'),
        buttonLabel: 'Create study',
        properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
      };
      const win = getWindow();
      const result = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    chooseImportFiles(): Promise<string[]> {
      return openDialog({
        title: 'Import articles',
        buttonLabel: 'Import',
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: 'Articles (text, Markdown, HTML)', extensions: [...IMPORT_EXTENSIONS] }],
      });
    },

    async confirmOpenExternal(prompt: string): Promise<boolean> {
      const { response } = await messageBox({
        type: 'question',
        message: prompt,
        detail: 'The link opens in your default web browser, outside Outlet Compare.',
        buttons: ['Open in browser', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      });
      return response === 0;
    },

    async askRestore(problem: { dir: string; message: string }): Promise<boolean> {
      const { response } = await messageBox({
        type: 'warning',
        message: `A file in the study at ${problem.dir} is damaged.`,
        detail: `${problem.message}\n\nThe damaged file is kept beside the restored one.`,
        buttons: ['Restore last good backup', 'Not now'],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      });
      return response === 0;
    },

    async showError(message: string, detail: string): Promise<void> {
      await messageBox({ type: 'error', message, detail, buttons: ['OK'] });
    },

    async showInfo(message: string, detail: string): Promise<void> {
      await messageBox({ type: 'info', message, detail, buttons: ['OK'] });
    },
  };
}
