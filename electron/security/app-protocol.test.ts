import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { APP_SCHEME_PRIVILEGE, createAppProtocolHandler } from './app-protocol';
import { RESPONSE_HEADERS } from './served-files';

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
    for (const [name, value] of Object.entries(RESPONSE_HEADERS)) expect(response.headers.get(name), name).toBe(value);
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
