import { readFile as fsReadFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { APP_SCHEME, isAppUrl, parseUrl } from './app-origin';

/**
 * The `app://` scheme serves the built renderer (dist/renderer) and nothing
 * else. Its registration and its file lookup live here as plain code so the
 * path rules can be tested without Electron.
 */

/**
 * Privileges for protocol.registerSchemesAsPrivileged. `standard` gives the
 * page a real origin (app://studio) and relative URL resolution; `secure`
 * makes it a secure context; `supportFetchAPI` lets the page fetch its own
 * assets. Deliberately absent: `bypassCSP` (our CSP must apply) and
 * `corsEnabled` (it would let other origins read our files).
 */
export const APP_SCHEME_PRIVILEGE = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

/** Security headers on every response of the scheme. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
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
 * Maps an `app://studio/...` request URL to a file inside `rendererRoot`, or
 * null when the URL is not ours or the path is anything but a plain relative
 * file path. Query and fragment are ignored; `/` means index.html. Each
 * segment is percent-decoded once and checked after decoding, so `%2e%2e`,
 * `%2f` and `%5c` cannot smuggle traversal past the check, and the result is
 * verified to lie under the root as a last guard.
 */
export function resolveAppPath(rendererRoot: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const url = parseUrl(requestUrl);
  if (!url) return null;
  // The WHATWG parser keeps backslashes in paths of non-special schemes; Chromium
  // would turn them into slashes. Either way they have no place in our URLs.
  if (url.pathname.includes('\\')) return null;
  const path = url.pathname.replace(/^\//, '') || 'index.html';
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
  const root = resolve(rendererRoot);
  const file = resolve(root, ...segments);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

function plainResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: { ...APP_RESPONSE_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * The handler for protocol.handle('app', ...): GET only, files from the
 * renderer folder only, every response with our CSP. `readFile` is
 * injectable for tests; in Electron it also reads from inside app.asar.
 */
export function createAppProtocolHandler(
  rendererRoot: string,
  readFile: (path: string) => Promise<Uint8Array> = fsReadFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method not allowed');
    const file = resolveAppPath(rendererRoot, request.url);
    if (!file) return plainResponse(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return plainResponse(404, 'Not found');
    }
    const headers = { ...APP_RESPONSE_HEADERS, 'content-type': contentTypeFor(file) };
    // slice(): a copy typed as a plain ArrayBuffer view, which Blob accepts.
    return new Response(request.method === 'HEAD' ? null : new Blob([body.slice()]), { status: 200, headers });
  };
}
