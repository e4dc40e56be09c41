/**
 * Where the app's own pages live. The renderer is served from a privileged
 * custom scheme (`app://studio/...`, see app-protocol.ts) instead of file://,
 * so it has a real origin that the IPC sender check and the navigation rules
 * can compare against, and file:// stays off-limits to the page.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'studio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The one page the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Parses a URL, or returns null instead of throwing. */
export function parseUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string') return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * Whether a URL belongs to our app origin: scheme `app:`, host `studio`
 * (case-insensitive, as Chromium lowercases hosts of standard schemes), and no
 * port or credentials that could make a look-alike.
 */
export function isAppUrl(raw: unknown): boolean {
  const url = parseUrl(raw);
  if (!url) return false;
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname.toLowerCase() === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}
