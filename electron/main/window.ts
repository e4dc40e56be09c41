import { BrowserWindow, nativeTheme } from 'electron';
import { APP_ENTRY_URL } from '../security/app-origin';
import { webPreferences } from '../security/web-preferences';

/**
 * Creates the one app window with our hardened web preferences and loads the
 * renderer from app://studio. The window shows once painted, on a background
 * matching the system theme, so start-up does not flash white in dark mode.
 */
export function createMainWindow(options: { preload: string; isDev: boolean; title: string }): BrowserWindow {
  const win = new BrowserWindow({
    title: options.title,
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1b1f' : '#ffffff',
    webPreferences: webPreferences(options.preload, { devTools: options.isDev }),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
