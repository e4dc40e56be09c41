import { extname, isAbsolute, relative, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { isAppUrl, parseUrl } from './app-origin';

/**
 * The one rule set for serving the built renderer, used by both doors to it:
 * the `app://` protocol in Electron (app-protocol.ts) and the browser-mode
 * HTTP host (host/server.ts). Which paths may be served, with what content
 * type, and with which security headers: all decided here, once.
 */

/** Security headers on every response of either door, error pages included. */
export const RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The content type for a served file; unknown kinds are opaque bytes (and nosniff stops guessing). */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * A path segment we are willing to look up: not empty, no dot files (so no
 * `.` or `..`), no separators of any platform, no drive colons, no control
 * characters (null bytes included).
 */
function isSafeSegment(segment: string): boolean {
  // eslint-disable-next-line no-control-regex
  return segment !== '' && !segment.startsWith('.') && !/[/\\:\u0000-\u001f\u007f]/.test(segment);
}

/**
 * Maps a URL path (still percent-encoded, as `URL.pathname` gives it) to a
 * file inside `root`, or null when it is anything but a plain relative file
 * path. `/` means index.html. Each segment is percent-decoded once and
 * checked after decoding, so `%2e%2e`, `%2f` and `%5c` cannot smuggle
 * traversal past the check, and the result is verified to lie under the root
 * as a last guard.
 */
export function resolveServedPath(root: string, pathname: string): string | null {
  // The WHATWG parser keeps backslashes in paths of non-special schemes; Chromium
  // would turn them into slashes. Either way they have no place in our URLs.
  if (pathname.includes('\\')) return null;
  const path = pathname.replace(/^\//, '') || 'index.html';
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // malformed percent-encoding
    }
    if (!isSafeSegment(segment)) return null;
    segments.push(segment);
  }
  const base = resolve(root);
  const file = resolve(base, ...segments);
  const inside = relative(base, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

/**
 * Maps an `app://studio/...` request URL to a file inside `rendererRoot`, or
 * null when the URL is not ours or its path breaks the rules above. Query and
 * fragment are ignored.
 */
export function resolveAppPath(rendererRoot: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const url = parseUrl(requestUrl);
  return url ? resolveServedPath(rendererRoot, url.pathname) : null;
}

/**
 * An HTTP request target in origin form (`/path?query`, as Node gives
 * `req.url`) as a URL on our host, or null for any other form. Parsing it as
 * the tail of an absolute URL keeps `//etc/passwd` a path (a relative parse
 * would read `etc` as a host). Raw backslashes are refused before parsing,
 * because the parser turns them into slashes for http: URLs and the path
 * rules could no longer see them.
 */
export function parseRequestTarget(target: string | undefined): URL | null {
  if (!target || !target.startsWith('/') || target.includes('\\')) return null;
  return parseUrl(`http://127.0.0.1${target}`);
}
