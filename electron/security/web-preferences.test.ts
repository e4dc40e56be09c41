import { describe, expect, it } from 'vitest';
import { webPreferences } from './web-preferences';

describe('webPreferences', () => {
  const prefs = webPreferences('/opt/app/dist/electron/preload.cjs');

  it('isolates the page from Node and Electron', () => {
    expect(prefs).toMatchObject({
      preload: '/opt/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps the web platform protections on and the risky features off', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    });
  });

  it('sets every flag explicitly instead of relying on defaults', () => {
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'devTools',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('turns DevTools off unless asked for (development builds)', () => {
    expect(prefs.devTools).toBe(false);
    expect(webPreferences('/x/preload.cjs', { devTools: true }).devTools).toBe(true);
  });

  it('refuses a relative preload path, which Electron would silently ignore', () => {
    expect(() => webPreferences('dist/electron/preload.cjs')).toThrow(/must be absolute/);
  });
});
