import { describe, expect, it } from 'vitest';
import { assignLanes, lowestFreeLane } from './lanes';

describe('lowestFreeLane', () => {
  it('returns the first gap', () => {
    expect(lowestFreeLane([])).toBe(0);
    expect(lowestFreeLane([0, 1, 3])).toBe(2);
    expect(lowestFreeLane([1, 2])).toBe(0);
  });
});

describe('assignLanes', () => {
  it('gives overlapping ranges different lanes and reuses lanes once a range ends', () => {
    const lanes = assignLanes([
      { id: 'a', start: 0, end: 10 },
      { id: 'b', start: 5, end: 15 },
      { id: 'c', start: 12, end: 20 }, // overlaps b only
      { id: 'd', start: 20, end: 25 }, // touches c, overlaps nothing
    ]);
    expect(lanes.get('a')).toBe(0);
    expect(lanes.get('b')).toBe(1);
    expect(lanes.get('c')).toBe(0);
    expect(lanes.get('d')).toBe(0);
  });

  it('puts the longer of two ranges with the same start in the lower lane', () => {
    const lanes = assignLanes([
      { id: 'short', start: 0, end: 3 },
      { id: 'long', start: 0, end: 30 },
    ]);
    expect(lanes.get('long')).toBe(0);
    expect(lanes.get('short')).toBe(1);
  });

  it('never gives two overlapping ranges the same lane (random check)', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const ranges = Array.from({ length: 300 }, (_, i) => {
      const start = rand(1000);
      return { id: `r${i}`, start, end: start + 1 + rand(60) };
    });
    const lanes = assignLanes(ranges);
    for (const a of ranges) {
      for (const b of ranges) {
        if (a !== b && a.start < b.end && b.start < a.end) expect(lanes.get(a.id)).not.toBe(lanes.get(b.id));
      }
    }
  });
});
