import { describe, expect, it } from 'vitest';
import { safeHref, webAddress } from './safe-href';

describe('safeHref', () => {
  it('keeps http, https and mailto links', () => {
    expect(safeHref('https://example.com/a?b=1#c')).toBe('https://example.com/a?b=1#c');
    expect(safeHref('http://example.com')).toBe('http://example.com/');
    expect(safeHref('mailto:desk@example.com')).toBe('mailto:desk@example.com');
  });

  it('resolves relative links against the page address', () => {
    expect(safeHref('/world/gaza', 'https://example.com/news/a.html')).toBe('https://example.com/world/gaza');
    expect(safeHref('b.html', 'https://example.com/news/a.html')).toBe('https://example.com/news/b.html');
  });

  it('drops relative links when there is no page address', () => {
    expect(safeHref('/world/gaza')).toBeNull();
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.com/x',
    'blob:https://example.com/uuid',
    'https://user:pass@example.com/',
    '',
  ])('drops %j', (href) => {
    expect(safeHref(href, 'https://example.com/')).toBeNull();
  });

  it('drops absurdly long hrefs', () => {
    expect(safeHref(`https://example.com/${'a'.repeat(3000)}`)).toBeNull();
  });
});

describe('webAddress', () => {
  it('keeps http and https addresses, normalised', () => {
    expect(webAddress(' https://example.com/a?b=1 ')).toBe('https://example.com/a?b=1');
    expect(webAddress('HTTP://Example.com')).toBe('http://example.com/');
    expect(webAddress('/news/a', 'https://example.com/x')).toBe('https://example.com/news/a');
  });

  it.each(['javascript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'mailto:desk@example.com', 'data:text/html,x', 'file:///etc/passwd', 'example.com/a', '/news/a', 'https://u:p@example.com/', ''])(
    'refuses %j',
    (raw) => expect(webAddress(raw)).toBeNull(),
  );
});
