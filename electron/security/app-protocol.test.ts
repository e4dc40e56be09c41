import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { APP_SCHEME_PRIVILEGE, contentTypeFor, createAppProtocolHandler, resolveAppPath } from './app-protocol';

const root = '/opt/app/dist/renderer';

describe('resolveAppPath', () => {
  it('maps our URLs to files under the renderer folder', () => {
    expect(resolveAppPath(root, 'app://studio/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://studio/assets/index-abc123.js')).toBe(join(root, 'assets', 'index-abc123.js'));
    expect(resolveAppPath(root, 'app://studio/assets/a%20b.css')).toBe(join(root, 'assets', 'a b.css'));
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppPath(root, 'app://studio')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://studio/')).toBe(join(root, 'index.html'));
  });

  it('ignores query strings and fragments', () => {
    expect(resolveAppPath(root, 'app://studio/index.html?token=x&y=../../etc/passwd')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://studio/assets/x.js#../../secret')).toBe(join(root, 'assets', 'x.js'));
  });

  it.each([
    ['app://studio/../../../etc/passwd', ['etc', 'passwd']],
    ['app://studio/assets/../../../../etc/passwd', ['etc', 'passwd']],
    ['app://studio/%2e%2e/%2e%2e/etc/passwd', ['etc', 'passwd']],
    ['app://studio/%2E%2E/secret', ['secret']],
    ['app://studio/.%2e/secret', ['secret']],
  ])('clamps dot segments at the renderer folder: %s', (url, inside) => {
    // The URL parser collapses (encoded) dot segments at the root, so these
    // name files inside the folder (which do not exist and answer 404).
    const file = resolveAppPath(root, url);
    expect(file).toBe(join(root, ...inside));
    expect(file?.startsWith(root + sep)).toBe(true);
  });

  it.each([
    ['encoded slashes hiding dot segments', 'app://studio/assets%2f..%2f..%2fetc%2fpasswd'],
    ['encoded slash inside a segment', 'app://studio/a%2Fb.js'],
    ['raw backslashes', 'app://studio/..\\..\\etc\\passwd'],
    ['encoded backslashes', 'app://studio/%5c..%5c..%5cetc%5cpasswd'],
    ['a doubled slash (absolute path)', 'app://studio//etc/passwd'],
    ['an encoded absolute path', 'app://studio/%2Fetc%2Fpasswd'],
    ['a Windows drive path', 'app://studio/C:/Windows/win.ini'],
    ['an encoded Windows drive path', 'app://studio/C%3A%5CWindows%5Cwin.ini'],
    ['a null byte', 'app://studio/index.html%00.png'],
    ['a control character', 'app://studio/index%0a.html'],
    ['malformed percent-encoding', 'app://studio/%E0%A4%A'],
    ['a dot file', 'app://studio/.env'],
    ['a trailing slash (directory)', 'app://studio/assets/'],
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://studio.evil/index.html'],
    ['a port', 'app://studio:80/index.html'],
    ['credentials', 'app://studio@evil/index.html'],
    ['another scheme', 'file:///opt/app/dist/renderer/index.html'],
    ['https', 'https://studio/index.html'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_what, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('gives module scripts a JavaScript type (Chromium refuses modules otherwise)', () => {
    expect(contentTypeFor('/x/assets/index.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/index.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('APP_SCHEME_PRIVILEGE', () => {
  it('is standard and secure but never bypasses CSP or opens CORS', () => {
    expect(APP_SCHEME_PRIVILEGE.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGE.privileges).toEqual({ standard: true, secure: true, supportFetchAPI: true, codeCache: true });
    expect('bypassCSP' in APP_SCHEME_PRIVILEGE.privileges).toBe(false);
    expect('corsEnabled' in APP_SCHEME_PRIVILEGE.privileges).toBe(false);
  });
});

describe('createAppProtocolHandler', () => {
  const dir = mkdtempSync(join(tmpdir(), 'app-protocol-'));
  const rendererRoot = join(dir, 'renderer');
  mkdirSync(join(rendererRoot, 'assets'), { recursive: true });
  writeFileSync(join(rendererRoot, 'index.html'), '<!doctype html><title>Outlet Compare</title>');
  writeFileSync(join(rendererRoot, 'assets', 'main.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'do not serve');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const handle = createAppProtocolHandler(rendererRoot);

  it('serves the entry page with our CSP and nosniff', async () => {
    const response = await handle(new Request('app://studio/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Outlet Compare');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves assets with their content type', async () => {
    const response = await handle(new Request('app://studio/assets/main.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for files outside the renderer folder and for missing files', async () => {
    for (const url of ['app://studio/%2e%2e/secret.txt', 'app://studio/..%2fsecret.txt', 'app://studio/missing.js', 'app://studio/assets']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('do not serve');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handle(new Request('app://studio/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const response = await handle(new Request('app://studio/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});
