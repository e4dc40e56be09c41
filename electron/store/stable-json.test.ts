import { describe, expect, it } from 'vitest';
import { stableStringify } from './stable-json';

describe('stableStringify', () => {
  it('sorts keys at every depth, inside arrays too', () => {
    const text = stableStringify({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } });
    expect(text).toBe(
      '{\n  "a": {\n    "c": null,\n    "d": [\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n',
    );
  });

  it('gives the same bytes whatever order the keys were inserted in', () => {
    const one = { name: 'x', schemaVersion: 1, outlets: [{ id: 'a', name: 'A' }] };
    const two = { outlets: [{ name: 'A', id: 'a' }], schemaVersion: 1, name: 'x' };
    expect(stableStringify(two)).toBe(stableStringify(one));
  });

  it('keeps array order, drops undefined fields and ends with one newline', () => {
    const text = stableStringify({ list: [3, 1, 2], gone: undefined });
    expect(JSON.parse(text)).toEqual({ list: [3, 1, 2] });
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('writes dates through toJSON', () => {
    expect(stableStringify({ at: new Date('2025-01-02T03:04:05.000Z') })).toBe('{\n  "at": "2025-01-02T03:04:05.000Z"\n}\n');
  });

  it('refuses a value with no JSON form', () => {
    expect(() => stableStringify(undefined)).toThrow(TypeError);
  });
});
