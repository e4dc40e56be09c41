import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Api } from '../../shared/api';
import { API_ROUTE_PREFIX, TOKEN_COOKIE, TOKEN_HEADER, TOKEN_QUERY_PARAM } from '../../shared/transport';
import { allowedHostHeaders, isJsonContentType, isOwnOrigin, isSameSiteFetch } from '../security/host-requests';
import { RESPONSE_HEADERS, contentTypeFor, parseRequestTarget, resolveServedPath } from '../security/served-files';
import { dispatch } from '../service/dispatch';
import { readRequestBody } from './request-body';
/** Imports are limited to 5 MB of text; JSON escaping can double that. */
const MAX_BODY_BYTES = 12 * 1024 * 1024;
/** Even 12 MB arrives from the same machine in well under a second. */
const BODY_TIMEOUT_MS = 10_000;

export interface HostOptions {
  api: Api;
  rendererDir: string;
  port?: number;
  /** Random per run unless given (tests). */
  token?: string;
  /** Request body limits; the defaults suit imports (tests make them small). */
  maxBodyBytes?: number;
  bodyTimeoutMs?: number;
}

export interface Host {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sameSecret(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookie(req: http.IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...RESPONSE_HEADERS, 'content-type': type, 'cache-control': 'no-store', ...extra });
  res.end(body);
}

function refuse(res: http.ServerResponse, why: string): void {
  send(res, 403, `Forbidden: ${why}\n`, 'text/plain; charset=utf-8');
}

function sendError(res: http.ServerResponse, status: number, message: string): void {
  const body = JSON.stringify({ ok: false, error: { code: 'bad-input', message, details: {} } });
  // A refused body may still be arriving: close the connection instead of reading it.
  send(res, status, body, 'application/json; charset=utf-8', status === 408 || status === 413 ? { connection: 'close' } : {});
}

/**
 * Browser mode: serves the built renderer and the contract over HTTP on
 * 127.0.0.1. Every request must carry the per-run token (the page's first
 * load brings it in the URL and gets it back as a strict same-site cookie for
 * its assets; API calls must send it in a header), name our host in the Host
 * header, and come from our own origin. No CORS headers are ever sent.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port ?? 0;
  const limits = { maxBytes: options.maxBodyBytes ?? MAX_BODY_BYTES, timeoutMs: options.bodyTimeoutMs ?? BODY_TIMEOUT_MS };

  const server = http.createServer(async (req, res) => {
    try {
      if (!req.headers.host || !allowedHostHeaders(port).has(req.headers.host)) return refuse(res, 'unexpected Host header');
      const origin = req.headers.origin;
      if (origin !== undefined && !isOwnOrigin(origin, port)) return refuse(res, 'cross-origin request');
      if (!isSameSiteFetch(req.headers['sec-fetch-site'])) return refuse(res, 'cross-site request');
      const url = parseRequestTarget(req.url);
      if (!url) return refuse(res, 'malformed request path');

      if (url.pathname.startsWith(API_ROUTE_PREFIX)) {
        if (req.method !== 'POST') return refuse(res, 'API calls must be POST');
        const given = req.headers[TOKEN_HEADER];
        if (!sameSecret(Array.isArray(given) ? given[0] : given, token)) return refuse(res, 'missing or wrong token');
        if (!isJsonContentType(req.headers['content-type'])) {
          return send(res, 415, 'Unsupported media type: API calls must send application/json\n', 'text/plain; charset=utf-8');
        }
        let name: string;
        try {
          name = decodeURIComponent(url.pathname.slice(API_ROUTE_PREFIX.length));
        } catch {
          return sendError(res, 400, 'The call name in the address is not valid percent-encoding');
        }
        const body = await readRequestBody(req, limits);
        if (!body.ok) return sendError(res, body.status, body.message);
        let input: unknown;
        try {
          input = body.text.length ? JSON.parse(body.text) : {};
        } catch {
          return sendError(res, 400, 'Request body is not valid JSON');
        }
        const envelope = await dispatch(options.api, name, input);
        return send(res, 200, JSON.stringify(envelope), 'application/json; charset=utf-8');
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 'method not allowed');
      const fromUrl = url.searchParams.get(TOKEN_QUERY_PARAM) ?? undefined;
      const allowed = sameSecret(fromUrl, token) || sameSecret(cookie(req, TOKEN_COOKIE), token);
      if (!allowed) return refuse(res, 'missing or wrong token; open the link the server printed');
      const file = resolveServedPath(options.rendererDir, url.pathname);
      if (!file) return refuse(res, 'path outside the app');
      let data: Buffer;
      try {
        data = await readFile(file);
      } catch {
        return send(res, 404, 'Not found\n', 'text/plain; charset=utf-8');
      }
      const extra: Record<string, string> = {};
      if (sameSecret(fromUrl, token)) extra['set-cookie'] = `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
      return send(res, 200, req.method === 'HEAD' ? Buffer.alloc(0) : data, contentTypeFor(file), extra);
    } catch (error) {
      send(res, 500, `Internal error: ${(error as Error).message}\n`, 'text/plain; charset=utf-8');
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
