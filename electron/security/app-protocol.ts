import { readFile as fsReadFile } from 'node:fs/promises';
import { APP_SCHEME } from './app-origin';
import { RESPONSE_HEADERS, contentTypeFor, resolveAppPath } from './served-files';

/**
 * The `app://` scheme serves the built renderer (dist/renderer) and nothing
 * else. Its registration and handler live here as plain code; the path
 * rules, content types and headers are served-files.ts, shared with the
 * browser-mode HTTP host.
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

function plainResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: { ...RESPONSE_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
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
    const headers = { ...RESPONSE_HEADERS, 'content-type': contentTypeFor(file) };
    // slice(): a copy typed as a plain ArrayBuffer view, which Blob accepts.
    return new Response(request.method === 'HEAD' ? null : new Blob([body.slice()]), { status: 200, headers });
  };
}
