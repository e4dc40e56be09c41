import { describe, expect, it } from 'vitest';
import { cloneJson } from './clone-json';
import { deepFreeze } from './deep-freeze';

describe('cloneJson', () => {
  it('copies every level, so changing the copy leaves the source alone', () => {
    const source = { a: [{ b: 1 }, 2, 'x', null, true], c: { d: { e: 'f' } } };
    const copy = cloneJson(source);
    expect(copy).toEqual(source);
    copy.a.push(3);
    (copy.a[0] as { b: number }).b = 9;
    copy.c.d.e = 'changed';
    expect(source).toEqual({ a: [{ b: 1 }, 2, 'x', null, true], c: { d: { e: 'f' } } });
  });

  it('gives an editable copy of a frozen value', () => {
    const frozen = deepFreeze({ list: [{ n: 1 }] });
    const copy = cloneJson(frozen);
    copy.list[0]!.n = 2;
    copy.list.push({ n: 3 });
    expect(copy.list).toEqual([{ n: 2 }, { n: 3 }]);
    expect(frozen.list).toEqual([{ n: 1 }]);
  });
});
