import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedsDir } from '../repo-paths';
import { StudyService } from '../service/service';
import { startHost, type Host } from './server';
import { TOKEN_HEADER } from '../../shared/transport';
import { RESPONSE_HEADERS } from '../security/served-files';
import { browserPolicy, guardStudyFolders } from '../security/study-paths';

let tmp: string;
let host: Host;
let service: StudyService;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path: options.path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const api = (name: string, input: unknown, headers: Record<string, string> = {}) =>
  request({ path: `/api/${name}`, method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...headers }, body: JSON.stringify(input) });

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'host-'));
  const renderer = path.join(tmp, 'renderer');
  await mkdir(path.join(renderer, 'assets'), { recursive: true });
  await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(tmp, 'secret.txt'), 'secret');
  service = new StudyService({ seedsDir: seedsDir() });
  await service.createSampleStudy({ dir: path.join(tmp, 'Sample.study') });
  host = await startHost({ api: service, rendererDir: renderer });
});

afterAll(async () => {
  await host.close();
  await service.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('browser-mode host', () => {
  it('binds 127.0.0.1 and prints a URL with the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the page with the token and its assets with the cookie it set', async () => {
    const page = await request({ path: `/?token=${host.token}` });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
    for (const [name, value] of Object.entries(RESPONSE_HEADERS)) expect(page.headers[name], name).toBe(value);
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    expect(String(page.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const asset = await request({ path: '/assets/app.js', headers: { cookie } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
  });

  it('refuses requests without the token, with another Host or from another origin', async () => {
    expect((await request({ path: '/' })).status).toBe(403);
    expect((await request({ path: `/?token=wrong${host.token}` })).status).toBe(403);
    expect((await api('getStudy', {}, { [TOKEN_HEADER]: 'nope' })).status).toBe(403);
    expect((await request({ path: `/?token=${host.token}`, headers: { host: 'evil.example:80' } })).status).toBe(403);
    expect((await request({ path: `/?token=${host.token}`, headers: { host: `attacker.test:${host.port}` } })).status).toBe(403);
    expect((await api('getStudy', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('getStudy', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await request({ path: '/api/getStudy', method: 'GET', headers: { [TOKEN_HEADER]: host.token } })).status).toBe(403);
  });

  it('answers contract calls with envelopes and parses inputs', async () => {
    const ok = await api('getStudy', {}, { origin: `http://127.0.0.1:${host.port}` });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { articleCount: 5 } });
    const bad = JSON.parse((await api('getArticle', { articleId: '../etc' })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(bad.error.message).toMatch(/articleId/);
    const unknown = JSON.parse((await api('dropTables', {})).body);
    expect(unknown.error.message).toMatch(/Unknown call "dropTables"/);
  });

  it('never serves files outside the renderer folder', async () => {
    const cookieless = (p: string) => request({ path: `${p}${p.includes('?') ? '&' : '?'}token=${host.token}` });
    expect((await cookieless('/../secret.txt')).body).not.toBe('secret');
    const encoded = await cookieless('/%2e%2e/secret.txt');
    expect(encoded.status).not.toBe(200);
    expect(encoded.body).not.toContain('secret');
    // The path rules themselves: the shared table in security/served-files.test.ts.
    for (const p of ['/.env', '//etc/passwd', '/..%5csecret']) expect((await cookieless(p)).status, p).toBe(403);
  });

  it('accepts exactly application/json, with an optional UTF-8 charset', async () => {
    expect((await api('getStudy', {}, { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
    expect((await api('getStudy', {}, { 'content-type': 'Application/JSON;charset="UTF-8"' })).status).toBe(200);
    for (const type of ['application/jsonx', 'application/json-patch+json', 'application/json; charset=latin1', 'application/json, text/plain', 'text/plain']) {
      expect((await api('getStudy', {}, { 'content-type': type })).status, type).toBe(415);
    }
  });

  it('refuses an Origin that is not exactly our http origin', async () => {
    for (const origin of [`127.0.0.1:${host.port}`, `https://127.0.0.1:${host.port}`, `http://127.0.0.1:${host.port}/`, `http://127.0.0.1:${host.port}.evil`, 'null']) {
      expect((await api('getStudy', {}, { origin })).status, origin).toBe(403);
    }
    expect((await api('getStudy', {}, { origin: `http://localhost:${host.port}` })).status).toBe(200);
  });

  it('answers 400 for a malformed percent-encoded call name', async () => {
    const reply = await request({ path: '/api/%E0%A4%A', method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token }, body: '{}' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });
});

describe('browser-mode host with the folder rules serve.ts puts in front of the service', () => {
  let guarded: Host;
  beforeAll(async () => {
    const api = guardStudyFolders(service, browserPolicy({ servedStudy: path.join(tmp, 'Sample.study'), dataDir: path.join(tmp, 'data') }));
    guarded = await startHost({ api, rendererDir: path.join(tmp, 'renderer') });
  });
  afterAll(() => guarded.close());

  const call = (name: string, input: unknown) =>
    new Promise<{ ok: boolean; error?: { code: string; message: string } }>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: guarded.port, path: `/api/${name}`, method: 'POST', headers: { host: `127.0.0.1:${guarded.port}`, 'content-type': 'application/json', [TOKEN_HEADER]: guarded.token } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(input));
    });

  it('refuses studies outside the data folder and inside the served study', async () => {
    expect(await call('createStudy', { dir: '/etc/Evil.study' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(await call('createSampleStudy', { dir: path.join(tmp, 'Sample.study', 'articles') })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(await call('createStudy', { dir: path.join(tmp, 'data', 'New.study') })).toMatchObject({ ok: true });
    expect(await call('openStudy', { dir: path.join(tmp, 'Sample.study') })).toMatchObject({ ok: true });
  });
});

describe('browser-mode host request bodies', () => {
  let small: Host;
  beforeAll(async () => {
    small = await startHost({ api: service, rendererDir: path.join(tmp, 'renderer'), bodyTimeoutMs: 300, maxBodyBytes: 1024 });
  });
  afterAll(() => small.close());

  /** Sends the headers and `sent` of the body, then waits for the server's answer without finishing. */
  function partial(headers: Record<string, string>, sent: string): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: small.port,
          path: '/api/getStudy',
          method: 'POST',
          headers: { host: `127.0.0.1:${small.port}`, 'content-type': 'application/json', [TOKEN_HEADER]: small.token, ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
            req.destroy();
          });
        },
      );
      req.on('error', reject);
      req.write(sent);
    });
  }

  it('answers 408 when the body does not arrive in time', async () => {
    const reply = await partial({ 'content-length': '100' }, '{"a":');
    expect(reply.status).toBe(408);
    expect(JSON.parse(reply.body).error.message).toMatch(/did not arrive within/);
  });

  it('answers 413 for a declared or streamed body over the limit', async () => {
    expect((await partial({ 'content-length': '5000' }, '{')).status).toBe(413);
    const streamed = await partial({ 'transfer-encoding': 'chunked' }, 'x'.repeat(2000));
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).error.message).toMatch(/too large/);
  });
});

