import { handleWindowOpen, isAllowedNavigation } from '../security/navigation';

/** The navigation event parts the guards read. */
export interface NavigationEventLike {
  readonly url: string;
  preventDefault(): void;
}

/** The parts of Electron's WebContents the guards use (a fake in tests). */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: NavigationEventLike) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEventLike) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Installed on every webContents the app creates (app 'web-contents-created'):
 * the page can neither navigate away from the app, nor be redirected, nor open
 * windows, nor attach a <webview>. A link the user clicked is handed to
 * `offerExternal`, which may open it in the browser after asking.
 */
export function guardWebContents(contents: GuardedContents, offerExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    offerExternal(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    offerExternal(url);
    return handleWindowOpen();
  });
}
