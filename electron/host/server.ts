import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Api } from '../../shared/api';
import { API_ROUTE_PREFIX, TOKEN_COOKIE, TOKEN_HEADER, TOKEN_QUERY_PARAM } from '../../shared/transport';
import { RESPONSE_HEADERS, contentTypeFor, parseRequestTarget, resolveServedPath } from '../security/served-files';
import { dispatch } from '../service/dispatch';
/** Imports are limited to 5 MB of text; JSON escaping can double that. */
const MAX_BODY_BYTES = 12 * 1024 * 1024;

export interface HostOptions {
  api: Api;
  rendererDir: string;
  port?: number;
  /** Random per run unless given (tests). */
  token?: string;
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

async function readBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
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
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = http.createServer(async (req, res) => {
    try {
      const hosts = allowedHosts();
      if (!req.headers.host || !hosts.has(req.headers.host)) return refuse(res, 'unexpected Host header');
      const origin = req.headers.origin;
      if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) return refuse(res, 'cross-origin request');
      const site = req.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin' && site !== 'none') return refuse(res, 'cross-site request');
      const url = parseRequestTarget(req.url);
      if (!url) return refuse(res, 'malformed request path');

      if (url.pathname.startsWith(API_ROUTE_PREFIX)) {
        if (req.method !== 'POST') return refuse(res, 'API calls must be POST');
        const given = req.headers[TOKEN_HEADER];
        if (!sameSecret(Array.isArray(given) ? given[0] : given, token)) return refuse(res, 'missing or wrong token');
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 'API calls must send JSON');
        const body = await readBody(req);
        if (body === null) return send(res, 413, JSON.stringify({ ok: false, error: { code: 'bad-input', message: 'Request too large (limit 12 MB)', details: {} } }), 'application/json');
        let input: unknown;
        try {
          input = body.length ? JSON.parse(body) : {};
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'bad-input', message: 'Request body is not valid JSON', details: {} } }), 'application/json');
        }
        const envelope = await dispatch(options.api, decodeURIComponent(url.pathname.slice(API_ROUTE_PREFIX.length)), input);
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
