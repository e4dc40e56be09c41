import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl, parseUrl } from './app-origin';

describe('app origin', () => {
  it('is app://studio with index.html as the entry', () => {
    expect(APP_ORIGIN).toBe('app://studio');
    expect(APP_ENTRY_URL).toBe('app://studio/index.html');
  });

  it('recognises our URLs, hosts case-insensitively', () => {
    expect(isAppUrl('app://studio/assets/index.js')).toBe(true);
    expect(isAppUrl('APP://STUDIO/index.html')).toBe(true);
  });

  it.each(['app://studio:1/x', 'app://a:b@studio/x', 'app://studio2/x', 'app:studio/x', 'https://studio/x', 42, null])(
    'does not recognise %s',
    (url) => {
      expect(isAppUrl(url)).toBe(false);
    },
  );

  it('parses without throwing', () => {
    expect(parseUrl('::::')).toBeNull();
    expect(parseUrl('https://a.example/')?.hostname).toBe('a.example');
  });
});
