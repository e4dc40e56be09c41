import { isAbsolute } from 'node:path';
import type { WebPreferences } from 'electron';

/**
 * The web preferences of every window we open. Each hardening flag is spelled
 * out even where it is already Electron's default, so a future default change
 * or a careless edit shows up in review and in web-preferences.test.ts.
 * (Type-only import: this module never loads Electron at runtime.)
 */
export function webPreferences(preloadPath: string, options: { devTools?: boolean } = {}): WebPreferences {
  // Electron silently ignores a relative preload path; fail loudly instead.
  if (!isAbsolute(preloadPath)) throw new Error(`The preload path must be absolute, got "${preloadPath}"`);
  return {
    preload: preloadPath,
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
    // DevTools only in development builds.
    devTools: options.devTools ?? false,
  };
}
