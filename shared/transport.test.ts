import { describe, expect, it } from 'vitest';
import { TOKEN_QUERY_PARAM, urlWithoutToken } from './transport';

describe('urlWithoutToken', () => {
  it('drops the token and keeps the rest of the address', () => {
    expect(TOKEN_QUERY_PARAM).toBe('token');
    expect(urlWithoutToken('http://127.0.0.1:4173/?token=abc')).toBe('http://127.0.0.1:4173/');
    expect(urlWithoutToken('http://127.0.0.1:4173/index.html?a=1&token=abc&b=2#x')).toBe('http://127.0.0.1:4173/index.html?a=1&b=2#x');
    expect(urlWithoutToken('http://127.0.0.1:4173/?token=a&token=b')).toBe('http://127.0.0.1:4173/');
  });

  it('leaves addresses without a token alone', () => {
    expect(urlWithoutToken('http://127.0.0.1:4173/')).toBeNull();
    expect(urlWithoutToken('app://studio/index.html')).toBeNull();
    expect(urlWithoutToken('not a url')).toBeNull();
  });
});
