import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from '../electron/electron-binary';

/**
 * The real desktop app, driven by Playwright's Electron support: the window's
 * hardened web preferences, the bridge the page sees, and tagging a span.
 * Needs `npm run build` (dist/electron and dist/renderer) and the Electron
 * binary; where the binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD)
 * the spec skips and says so in one line.
 */

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const mainScript = path.join(root, 'dist', 'electron', 'main.cjs');

const binary = electronBinary();
if (!binary) {
  // Playwright loads spec files in its runner and again in workers; say it once, from the runner.
  if (process.env.TEST_WORKER_INDEX === undefined) console.log('skipped: no Electron binary');
  test.skip(true, 'no Electron binary: the electron package was installed with ELECTRON_SKIP_BINARY_DOWNLOAD');
}

test('the desktop app runs hardened and tags a span as a claim', async () => {
  if (!binary) throw new Error('unreachable: skipped above');
  for (const built of [mainScript, path.join(root, 'dist', 'renderer', 'index.html')]) {
    if (!existsSync(built)) throw new Error(`${path.relative(root, built)} is missing: run \`npm run build\` first`);
  }
  const userData = mkdtempSync(path.join(tmpdir(), 'oc-electron-'));
  const app = await electron.launch({
    executablePath: binary,
    args: [mainScript],
    cwd: root,
    // A fresh userData: first run, so the app creates and opens the sample study there.
    env: { ...process.env, STUDIO_USER_DATA_DIR: userData },
  });
  try {
    const page = await app.firstWindow();
    await expect.poll(() => page.url()).toBe('app://studio/index.html');

    // getLastWebPreferences is undocumented (absent from electron.d.ts) but is what reports the effective values.
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as
        | { getLastWebPreferences?: () => Record<string, unknown> }
        | undefined;
      return contents?.getLastWebPreferences?.() ?? null;
    });
    expect(prefs, 'webContents.getLastWebPreferences() returned nothing').not.toBeNull();
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    });

    // The page sees the bridge and nothing of Node or Electron.
    const surface = await page.evaluate(() => ({
      studio: Object.keys(window.studio ?? {}).sort(),
      require: 'require' in window,
      process: 'process' in window,
      ipcRenderer: Object.values(window.studio ?? {}).some((v) => typeof v === 'object'),
    }));
    expect(surface.studio).toContain('getStudy');
    expect(surface.studio).toContain('onMenu');
    expect(surface).toMatchObject({ require: false, process: false, ipcRenderer: false });

    // First run asks who is annotating.
    const dialog = page.getByRole('dialog', { name: 'Who is annotating?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Electron Tester');
    await dialog.getByRole('button', { name: 'Start annotating' }).click();
    await expect(dialog).toBeHidden();

    // Drag across the first words of the article, as an analyst selects them, then press 1 (claim).
    const viewer = page.locator('.ProseMirror').first();
    await expect(viewer).toBeVisible();
    const box = await viewer.evaluate((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const start = text.search(/\S/);
        if (start < 0 || text.length - start < 20) continue;
        node.parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + 20);
        const rects = range.getClientRects();
        const first = rects[0];
        const last = rects[rects.length - 1];
        if (!first || !last) continue;
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
      }
      return null;
    });
    if (!box) throw new Error('the viewer shows no line of text to select');
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move(box.x2, box.y2, { steps: 6 });
    await page.mouse.up();
    await page.keyboard.press('1');
    await expect(viewer.locator('[data-category=claim]').first()).toBeVisible();
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
