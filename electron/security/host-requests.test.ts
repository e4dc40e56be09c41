import { describe, expect, it } from 'vitest';
import { allowedHostHeaders, isJsonContentType, isOwnOrigin, isSameSiteFetch } from './host-requests';

describe('isJsonContentType', () => {
  it.each(['application/json', 'APPLICATION/JSON', 'application/json; charset=utf-8', 'application/json;charset=UTF-8', 'application/json; charset="utf-8"'])(
    'accepts %s',
    (type) => expect(isJsonContentType(type)).toBe(true),
  );
  it.each([undefined, '', 'application/jsonx', 'application/json-seq', 'application/json5', 'text/json', 'application/json; charset=latin1', 'application/json; boundary=x', 'application/json, text/html', 'application/json; charset="utf-8'])(
    'refuses %s',
    (type) => expect(isJsonContentType(type)).toBe(false),
  );
});

describe('isOwnOrigin', () => {
  it('accepts our two http origins only', () => {
    expect(isOwnOrigin('http://127.0.0.1:4173', 4173)).toBe(true);
    expect(isOwnOrigin('http://localhost:4173', 4173)).toBe(true);
  });
  it.each(['127.0.0.1:4173', 'localhost:4173', '//127.0.0.1:4173', 'https://127.0.0.1:4173', 'http://127.0.0.1:4174', 'http://127.0.0.1:4173/', 'http://127.0.0.1', 'null', ''])(
    'refuses %s',
    (origin) => expect(isOwnOrigin(origin, 4173)).toBe(false),
  );
});

describe('allowedHostHeaders and isSameSiteFetch', () => {
  it('name our host with its port, and let only same-origin or typed-in fetches through', () => {
    expect([...allowedHostHeaders(80)]).toEqual(['127.0.0.1:80', 'localhost:80']);
    expect(isSameSiteFetch(undefined)).toBe(true);
    expect(isSameSiteFetch('same-origin')).toBe(true);
    expect(isSameSiteFetch('none')).toBe(true);
    expect(isSameSiteFetch('same-site')).toBe(false);
    expect(isSameSiteFetch('cross-site')).toBe(false);
  });
});
