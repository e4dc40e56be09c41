import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { RESPONSE_HEADERS, contentTypeFor, parseRequestTarget, resolveAppPath, resolveServedPath } from './served-files';

const root = '/opt/app/dist/renderer';

/** The two doors to the renderer folder, each given the same path after the origin. */
const doors = {
  'app:// protocol': (path: string) => resolveAppPath(root, `app://studio${path}`),
  'HTTP host': (path: string) => {
    const url = parseRequestTarget(path);
    return url ? resolveServedPath(root, url.pathname) : null;
  },
};

/** One table for both doors: the path after the origin, and the file inside the root (segments) or null. */
const TABLE: [string, string, string[] | null][] = [
  ['the entry page', '/index.html', ['index.html']],
  ['an asset', '/assets/index-abc123.js', ['assets', 'index-abc123.js']],
  ['an encoded space', '/assets/a%20b.css', ['assets', 'a b.css']],
  ['the bare root', '/', ['index.html']],
  ['a query string', '/index.html?token=x&y=../../etc/passwd', ['index.html']],
  // The URL parser collapses (encoded) dot segments at the root, so these
  // name files inside the folder (which do not exist and answer 404).
  ['dot segments (clamped at the root)', '/../../../etc/passwd', ['etc', 'passwd']],
  ['dot segments inside a folder (clamped)', '/assets/../../../../etc/passwd', ['etc', 'passwd']],
  ['encoded dot segments (clamped)', '/%2e%2e/%2e%2e/etc/passwd', ['etc', 'passwd']],
  ['upper-case encoded dot segments (clamped)', '/%2E%2E/secret', ['secret']],
  ['half-encoded dot segments (clamped)', '/.%2e/secret', ['secret']],
  ['encoded slashes hiding dot segments', '/assets%2f..%2f..%2fetc%2fpasswd', null],
  ['an encoded slash inside a segment', '/a%2Fb.js', null],
  ['raw backslashes', '/..\\..\\etc\\passwd', null],
  ['encoded backslashes', '/%5c..%5c..%5cetc%5cpasswd', null],
  ['an encoded backslash after dots', '/..%5csecret', null],
  ['a doubled slash (absolute path)', '//etc/passwd', null],
  ['an encoded absolute path', '/%2Fetc%2Fpasswd', null],
  ['a Windows drive path', '/C:/Windows/win.ini', null],
  ['an encoded Windows drive path', '/C%3A%5CWindows%5Cwin.ini', null],
  ['a null byte', '/index.html%00.png', null],
  ['a null byte in a folder', '/a/%00b', null],
  ['a control character', '/index%0a.html', null],
  ['malformed percent-encoding', '/%E0%A4%A', null],
  ['a dot file', '/.env', null],
  ['an encoded dot file', '/%2eenv', null],
  ['a dot folder', '/.git/config', null],
  ['a trailing slash (directory)', '/assets/', null],
];

describe.each(Object.entries(doors))('served paths through the %s', (_door, resolvePath) => {
  it.each(TABLE)('%s: %s', (_what, path, inside) => {
    const file = resolvePath(path);
    if (inside === null) {
      expect(file).toBeNull();
    } else {
      expect(file).toBe(join(root, ...inside));
      expect(file!.startsWith(root + sep)).toBe(true);
    }
  });
});

describe('resolveAppPath', () => {
  it('serves index.html for the bare origin and ignores fragments', () => {
    expect(resolveAppPath(root, 'app://studio')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://studio/assets/x.js#../../secret')).toBe(join(root, 'assets', 'x.js'));
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://studio.evil/index.html'],
    ['a port', 'app://studio:80/index.html'],
    ['credentials', 'app://studio@evil/index.html'],
    ['another scheme', 'file:///opt/app/dist/renderer/index.html'],
    ['https', 'https://studio/index.html'],
    ['garbage', 'not a url'],
  ])('refuses a URL that is not ours: %s', (_what, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('parseRequestTarget', () => {
  it('reads origin-form targets only', () => {
    expect(parseRequestTarget('/api/getStudy?x=1')?.pathname).toBe('/api/getStudy');
    expect(parseRequestTarget('//etc/passwd')?.pathname).toBe('//etc/passwd');
    expect(parseRequestTarget('http://evil.example/')).toBeNull();
    expect(parseRequestTarget('*')).toBeNull();
    expect(parseRequestTarget(undefined)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('gives module scripts a JavaScript type (Chromium refuses modules otherwise)', () => {
    expect(contentTypeFor('/x/assets/index.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/index.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/photo.jpeg')).toBe('image/jpeg');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('RESPONSE_HEADERS', () => {
  it('carry our CSP, forbid sniffing and framing, and open no CORS', () => {
    expect(RESPONSE_HEADERS['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(RESPONSE_HEADERS['x-content-type-options']).toBe('nosniff');
    expect(RESPONSE_HEADERS['x-frame-options']).toBe('DENY');
    expect(Object.keys(RESPONSE_HEADERS).some((name) => name.startsWith('access-control-'))).toBe(false);
  });
});
