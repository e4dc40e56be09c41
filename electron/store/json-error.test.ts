import { describe, expect, it } from 'vitest';
import { firstJsonError, locateJsonError } from './json-error';

function place(text: string) {
  try {
    JSON.parse(text);
  } catch (error) {
    return locateJsonError(text, error);
  }
  throw new Error('expected invalid JSON');
}

describe('locateJsonError', () => {
  it('uses the position JSON.parse reports, as line and column', () => {
    expect(place('{\n  "a": 1,\n}')).toEqual({ position: 12, line: 3, column: 1 });
  });

  it('finds the place of an unexpected token that JSON.parse gives no position for', () => {
    expect(place('hello')).toEqual({ position: 0, line: 1, column: 1 });
    expect(place('{\n  "a": nope\n}')).toEqual({ position: 10, line: 2, column: 9 }); // the "o" of "nope"
  });

  it('puts a truncated file at its end', () => {
    expect(place('{\n  "a": [1, 2')).toEqual({ position: 14, line: 2, column: 13 });
  });
});

describe('firstJsonError', () => {
  it('accepts valid JSON of every kind', () => {
    for (const text of ['{}', '[]', ' {"a":[1,-2.5e3,true,false,null,"x\\n\\u00e9"],"b":{}} ', '"s"', '0']) {
      expect(firstJsonError(text)).toBeNull();
    }
  });

  it('points at the first bad character', () => {
    expect(firstJsonError('[1,,2]')).toBe(3);
    expect(firstJsonError('{"a" 1}')).toBe(5);
    expect(firstJsonError('[1] x')).toBe(4);
    expect(firstJsonError('"tab\there"')).toBe(4);
    expect(firstJsonError('<<<<<<< HEAD')).toBe(0);
  });
});
