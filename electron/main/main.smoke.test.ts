import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { buildElectron } from '../../tools/build-electron';

/**
 * Runs the real bundled main process (dist/electron/main.cjs, built into a
 * temp app folder) against a stand-in `electron` module that records what
 * main does. This checks the wiring that unit tests of the parts cannot:
 * start-up order, the sample study on first run, the app:// handler, the IPC
 * sender check and the window's preferences, all without the Electron binary.
 */

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The stand-in electron package: records calls on globalThis.__fakeElectron. */
const FAKE_ELECTRON = `
const { EventEmitter } = require('node:events');
const record = { schemes: [], protocols: {}, ipc: {}, windows: [], menus: [], sessionHandlers: {}, quits: 0, exits: [] };
globalThis.__fakeElectron = record;
const app = new EventEmitter();
const paths = { appData: process.env.FAKE_APP_DATA, documents: process.env.FAKE_APP_DATA };
Object.assign(app, {
  isPackaged: false,
  enableSandbox() { record.sandbox = true; },
  setPath(name, value) { paths[name] = value; },
  getPath(name) { return paths[name]; },
  requestSingleInstanceLock() { return true; },
  whenReady() { return Promise.resolve(); },
  isReady() { return true; },
  quit() { record.quits += 1; app.emit('before-quit', { preventDefault() { record.quitPrevented = (record.quitPrevented || 0) + 1; } }); },
  exit(code) { record.exits.push(code); },
});
let nextId = 1;
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = Object.assign(new EventEmitter(), { id: nextId++, sent: [], send(channel, value) { this.sent.push([channel, value]); } });
    record.windows.push(this);
    app.emit('web-contents-created', {}, Object.assign(this.webContents, { setWindowOpenHandler(h) { this.openHandler = h; } }));
  }
  loadURL(url) { this.url = url; return Promise.resolve(); }
  static getAllWindows() { return record.windows; }
}
module.exports = {
  app,
  BrowserWindow,
  protocol: {
    registerSchemesAsPrivileged(schemes) { record.schemes.push(...schemes); },
    handle(scheme, handler) { record.protocols[scheme] = handler; },
  },
  session: { defaultSession: {
    setPermissionRequestHandler(h) { record.sessionHandlers.request = h; },
    setPermissionCheckHandler(h) { record.sessionHandlers.check = h; },
    setDevicePermissionHandler(h) { record.sessionHandlers.device = h; },
    on(event, h) { record.sessionHandlers[event] = h; },
  } },
  ipcMain: { handle(channel, fn) { record.ipc[channel] = fn; } },
  Menu: { buildFromTemplate(t) { return t; }, setApplicationMenu(m) { record.menus.push(m); } },
  nativeTheme: { shouldUseDarkColors: false },
  dialog: { showMessageBox() { return Promise.resolve({ response: 1 }); } },
  shell: { openExternal() { record.opened = true; return Promise.resolve(); } },
};
`;

interface FakeWindow {
  options: { webPreferences: Record<string, unknown> };
  url: string;
  webContents: { id: number };
}
interface FakeRecord {
  schemes: { scheme: string; privileges: Record<string, boolean> }[];
  protocols: Record<string, (request: Request) => Promise<Response>>;
  ipc: Record<string, (event: unknown, name: unknown, input?: unknown) => Promise<unknown>>;
  windows: FakeWindow[];
  menus: unknown[];
  sessionHandlers: Record<string, (...args: unknown[]) => unknown>;
  sandbox?: boolean;
  quits: number;
  quitPrevented?: number;
}

/** process.defaultApp is read-only in Electron's types; Electron sets it when started with an app path. */
function setDefaultApp(value: boolean | undefined): void {
  Object.defineProperty(process, 'defaultApp', { value, configurable: true, writable: true });
}

let appDir: string;
let userData: string;
let record: FakeRecord;
const saved = { argv: process.argv, defaultApp: process.defaultApp, env: { ...process.env } };

beforeAll(async () => {
  appDir = mkdtempSync(join(tmpdir(), 'main-smoke-'));
  userData = join(appDir, 'userData');
  await buildElectron({ outDir: join(appDir, 'dist', 'electron'), quiet: true });
  mkdirSync(join(appDir, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(appDir, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Outlet Compare</title>');
  cpSync(join(repoRoot, 'seeds'), join(appDir, 'seeds'), { recursive: true });
  mkdirSync(join(appDir, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(join(appDir, 'node_modules', 'electron', 'index.js'), FAKE_ELECTRON);

  process.env.STUDIO_USER_DATA_DIR = userData;
  process.env.FAKE_APP_DATA = join(appDir, 'appData');
  // As launched by `electron dist/electron/main.cjs`: no study on the command line.
  setDefaultApp(true);
  process.argv = ['electron', join(appDir, 'dist', 'electron', 'main.cjs')];
  createRequire(import.meta.url)(join(appDir, 'dist', 'electron', 'main.cjs'));
  record = (globalThis as unknown as { __fakeElectron: FakeRecord }).__fakeElectron;
  // Start-up opens (creates) the sample study before it creates the window.
  for (let i = 0; i < 600 && record.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
}, 60_000);

afterAll(() => {
  process.argv = saved.argv;
  setDefaultApp(saved.defaultApp);
  process.env = saved.env;
  rmSync(appDir, { recursive: true, force: true });
});

const fromApp = (id: number) => ({ sender: { id }, senderFrame: { url: 'app://studio/index.html', parent: null } });

describe('main.cjs with a stand-in electron', () => {
  it('registers the privileged app scheme and sandboxes every renderer before ready', () => {
    expect(record.schemes.map((s) => s.scheme)).toEqual(['app']);
    expect(record.schemes[0]?.privileges.bypassCSP).toBeUndefined();
    expect(record.sandbox).toBe(true);
  });

  it('creates the sample study in userData on first run and remembers it', () => {
    expect(existsSync(join(userData, 'Sample.study', 'project.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(userData, 'state.json'), 'utf8'))).toEqual({
      schemaVersion: 1,
      lastStudyDir: join(userData, 'Sample.study'),
    });
  });

  it('opens one window on app://studio with the hardened preferences and the bundled preload', () => {
    expect(record.windows).toHaveLength(1);
    const win = record.windows[0];
    expect(win?.url).toBe('app://studio/index.html');
    expect(win?.options.webPreferences).toMatchObject({
      preload: join(appDir, 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: true, // unpackaged = development
    });
  });

  it('denies every permission on the session and lets only our own exports download', () => {
    const answers: boolean[] = [];
    record.sessionHandlers.request?.({}, 'media', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(record.sessionHandlers.check?.()).toBe(false);
    const download = (url: string) => {
      let prevented = false;
      record.sessionHandlers['will-download']?.({ preventDefault: () => (prevented = true) }, { getURL: () => url });
      return prevented;
    };
    expect(download('https://example.com/malware.exe')).toBe(true);
    expect(download('blob:https://example.com/3f2a')).toBe(true);
    expect(download('data:text/html,hi')).toBe(true);
    expect(download('blob:app://studio/6c1b1d52-0c0e-4b0e-9d43-6b8e7a1a2f10')).toBe(false);
  });

  it('serves the renderer over app:// with the CSP, and nothing outside it', async () => {
    const handle = record.protocols.app;
    if (!handle) throw new Error('app:// is not handled');
    const page = await handle(new Request('app://studio/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handle(new Request('app://studio/%2e%2e/electron/main.cjs'))).status).toBe(404);
  });

  it('answers contract calls from the window and refuses other frames', async () => {
    const call = record.ipc['studio:call'];
    const id = record.windows[0]?.webContents.id ?? -1;
    if (!call) throw new Error('studio:call is not handled');
    expect(await call(fromApp(id), 'getStudy', {})).toMatchObject({ ok: true, value: { articleCount: 5 } });
    expect(await call({ sender: { id }, senderFrame: { url: 'app://studio/index.html', parent: {} } }, 'getStudy', {})).toMatchObject({
      ok: false,
      error: { message: 'Refused a call from an untrusted frame' },
    });
    expect(await call(fromApp(id + 100), 'getStudy', {})).toMatchObject({ ok: false });
  });

  it('installs the native menu', () => {
    expect(record.menus).toHaveLength(1);
  });

  it('flushes the study before quitting', async () => {
    // Locks are per writer-owned file: a change to my tag set takes its lock.
    const call = record.ipc['studio:call']!;
    const id = record.windows[0]?.webContents.id ?? -1;
    expect(await call(fromApp(id), 'setAnnotator', { name: 'Quitter' })).toMatchObject({ ok: true });
    const articles = (await call(fromApp(id), 'listArticles', {})) as { value: { id: string }[] };
    expect(await call(fromApp(id), 'annotate', { articleId: articles.value[0]!.id, start: 0, end: 5, category: 'claim' })).toMatchObject({ ok: true });
    const locks = join(userData, 'Sample.study', '.locks');
    expect(readdirSync(locks)).toHaveLength(1);
    const quitsBefore = record.quits;
    let prevented = 0;
    const app = createRequire(join(appDir, 'dist', 'electron', 'main.cjs'))('electron').app as { emit(e: string, ev: unknown): void };
    app.emit('before-quit', { preventDefault: () => (prevented += 1) });
    expect(prevented).toBe(1);
    for (let i = 0; i < 100 && record.quits === quitsBefore; i++) await new Promise((r) => setTimeout(r, 20));
    expect(record.quits).toBe(quitsBefore + 1);
    // The tag set lock is released: no lock file is left.
    expect(readdirSync(locks)).toEqual([]);
  });
});
