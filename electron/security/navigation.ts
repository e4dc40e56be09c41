import { isAppUrl, parseUrl } from './app-origin';

/**
 * Whether the page may navigate to a URL: only to our own entry page (a
 * reload of the app). Everything else, including other paths on our origin,
 * is refused; outside links go through decideExternalLink instead.
 */
export function isAllowedNavigation(raw: string): boolean {
  if (!isAppUrl(raw)) return false;
  const url = parseUrl(raw);
  return url !== null && (url.pathname === '/' || url.pathname === '/index.html');
}

/** The setWindowOpenHandler answer: the app never opens a second web window. */
export function handleWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}
