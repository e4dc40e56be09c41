import { describe, expect, it } from 'vitest';
import { PersistentMap } from './persistent-map';

describe('PersistentMap', () => {
  it('sets, gets and deletes without changing earlier versions', () => {
    const empty = PersistentMap.empty<number>();
    const one = empty.set('a', 1);
    const two = one.set('b', 2);
    const changed = two.set('a', 10);
    const gone = changed.delete('b');
    expect([empty.size, one.size, two.size, changed.size, gone.size]).toEqual([0, 1, 2, 2, 1]);
    expect(one.get('a')).toBe(1);
    expect(one.has('b')).toBe(false);
    expect(two.get('a')).toBe(1);
    expect(changed.get('a')).toBe(10);
    expect(gone.get('b')).toBeUndefined();
    expect(two.get('b')).toBe(2);
  });

  it('returns the same map when deleting a missing key', () => {
    const map = PersistentMap.from([['a', 1]]);
    expect(map.delete('zzz')).toBe(map);
    expect(PersistentMap.empty().delete('a').size).toBe(0);
  });

  it('tells a stored undefined from a missing key', () => {
    const map = PersistentMap.empty<number | undefined>().set('u', undefined);
    expect(map.has('u')).toBe(true);
    expect(map.size).toBe(1);
    expect(map.set('u', 3).size).toBe(1);
  });

  it('agrees with a native Map over many random operations', () => {
    let seed = 42;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    let map = PersistentMap.empty<number>();
    const ref = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      const key = `k${rand(1500)}`;
      if (rand(3) === 0) {
        map = map.delete(key);
        ref.delete(key);
      } else {
        map = map.set(key, i);
        ref.set(key, i);
      }
    }
    expect(map.size).toBe(ref.size);
    for (const [k, v] of ref) expect(map.get(k)).toBe(v);
    expect(map.keys().sort()).toEqual([...ref.keys()].sort());
    expect(map.get('absent')).toBeUndefined();
  });
});
