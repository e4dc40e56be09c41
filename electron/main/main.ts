import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserWindow, Menu, app, ipcMain, nativeTheme, protocol, session, shell } from 'electron';
import type { MenuCommand } from '../../shared/menu';
import { APP_SCHEME } from '../security/app-origin';
import { APP_SCHEME_PRIVILEGE, createAppProtocolHandler } from '../security/app-protocol';
import { MENU_CHANNEL } from '../security/channels';
import { permissionCheckHandler, permissionRequestHandler } from '../security/permissions';
import { isAllowedDownload } from '../security/downloads';
import { createSenderCheck } from '../security/sender';
import { ChosenFolders, chosenFoldersPolicy, guardStudyFolders } from '../security/study-paths';
import { StudyService } from '../service/service';
import { createDialogs } from './dialogs';
import { createExternalOpener } from './external-opener';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { appPaths, studyDirFromArgv } from './app-paths';
import { callService } from './service-call';
import { openStartupStudy } from './startup';
import { createStudyActions, newStudyTarget } from './study-actions';
import { guardWebContents } from './web-contents';
import { createMainWindow } from './window';

/**
 * The Electron main process: wires the tested pieces to the real Electron
 * objects. Decisions live in ../security and the small modules beside this
 * file; this file only connects them.
 *
 * Dropped files: the page reads dropped files' text with the File API and
 * calls importArticle itself (the same path as browser mode), so the main
 * process needs no drop handling and the preload exposes no file paths.
 */

const PRODUCT_NAME = 'Outlet Compare';

// Before `ready`: our scheme must be privileged, every renderer sandboxed.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGE]);
app.enableSandbox();
// A fixed userData folder in development too; tests point it at a temp folder.
app.setPath('userData', process.env.STUDIO_USER_DATA_DIR ?? join(app.getPath('appData'), PRODUCT_NAME));

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the study lock; it receives our argv in 'second-instance'.
  app.quit();
} else {
  start();
}

function start(): void {
  const isDev = !app.isPackaged;
  const paths = appPaths({ bundleDir: __dirname, isPackaged: app.isPackaged, resourcesPath: process.resourcesPath });
  const userData = app.getPath('userData');
  const stateFile = join(userData, 'state.json');
  const service = new StudyService({ seedsDir: paths.seedsDir, wordVectorsFile: paths.wordVectorsFile });
  // Every caller here (the page over IPC, the menus, startup) reaches the service through
  // the folder rules: only folders the user chose this session, no study inside a study.
  const chosen = new ChosenFolders();
  const api = guardStudyFolders(service, chosenFoldersPolicy(chosen));
  const choose = (dir: string) => {
    chosen.add(dir);
    return dir;
  };
  let mainWindow: BrowserWindow | null = null;

  const dialogs = createDialogs(() => mainWindow, app.getPath('documents'));
  const send = (command: MenuCommand) => mainWindow?.webContents.send(MENU_CHANNEL, command);
  const actions = createStudyActions({
    api,
    stateFile,
    ...dialogs,
    chooseStudyFolder: async () => {
      const dir = await dialogs.chooseStudyFolder();
      return dir && choose(dir);
    },
    chooseNewStudyPath: async () => {
      const chosenPath = await dialogs.chooseNewStudyPath();
      if (chosenPath) choose(newStudyTarget(chosenPath).dir);
      return chosenPath;
    },
    notify: send,
    warn: (message) => console.warn(message),
  });
  const offerExternal = createExternalOpener({
    confirm: (prompt) => dialogs.confirmOpenExternal(prompt),
    open: (url) => shell.openExternal(url),
    inform: (message) => dialogs.showInfo('This link was not opened', message),
  });

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, (url) => void offerExternal(url));
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    const dir = studyDirFromArgv(argv, { defaultApp: process.defaultApp === true, cwd: workingDirectory });
    if (dir) void actions.openStudyAt(choose(dir));
  });

  const showWindow = (notice: string | null) => {
    mainWindow = createMainWindow({ preload: paths.preload, isDev, title: PRODUCT_NAME });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    if (notice) mainWindow.webContents.once('did-finish-load', () => void dialogs.showError('The study could not be opened', notice));
  };

  app.whenReady().then(async () => {
    const ses = session.defaultSession;
    ses.setPermissionRequestHandler(permissionRequestHandler);
    ses.setPermissionCheckHandler(permissionCheckHandler);
    ses.setDevicePermissionHandler(() => false);
    // Only exports the page built itself (blob:app://studio/…) may be saved; Electron then asks where.
    ses.on('will-download', (event, item) => {
      if (!isAllowedDownload(item.getURL())) event.preventDefault();
    });
    protocol.handle(APP_SCHEME, createAppProtocolHandler(paths.rendererRoot));
    registerIpc(
      ipcMain,
      api,
      createSenderCheck(() => BrowserWindow.getAllWindows().map((w) => w.webContents.id)),
      (event) => console.warn(`Refused an IPC call from ${event.senderFrame?.url ?? 'a destroyed frame'}`),
    );
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(
          { appName: PRODUCT_NAME, isMac: process.platform === 'darwin', isDev },
          { send, newStudy: () => void actions.newStudy(), openStudy: () => void actions.openStudy(), importArticles: () => void actions.importArticles(),
            toggleTheme: () => {
              nativeTheme.themeSource = nativeTheme.shouldUseDarkColors ? 'light' : 'dark';
            },
          },
        ),
      ),
    );

    // Open the study before the page loads, so its first getStudy finds it.
    const startup = await openStartupStudy({
      stateFile,
      sampleDir: join(userData, 'Sample.study'),
      requestedDir: studyDirFromArgv(process.argv, { defaultApp: process.defaultApp === true, cwd: process.cwd() }),
      // Startup opens what the user chose before: the command line, the recent list, or the sample.
      openStudy: (dir) => callService(api, 'openStudy', { dir: choose(dir) }),
      createSampleStudy: (dir) => callService(api, 'createSampleStudy', { dir: choose(dir) }),
      restoreBackup: (file) => callService(api, 'restoreBackup', { file }),
      exists: async (dir) => existsSync(dir),
      askRestore: dialogs.askRestore,
      warn: (message) => console.warn(message),
    });
    showWindow(startup.notice);
  }).catch((error: unknown) => {
    console.error(error);
    app.exit(1);
  });

  app.on('activate', () => {
    if (app.isReady() && !mainWindow) showWindow(null);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Flush pending study writes and release the study lock before exiting.
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    service
      .close()
      .catch((error: unknown) => console.error('Could not save the study before quitting:', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}
