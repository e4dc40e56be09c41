import { describe, expect, it } from 'vitest';
import type { TermTable } from '../../shared/compare/types';
import { describeRow, heatLevel, maxCount, termGroups } from './term-heat';

describe('heatLevel', () => {
  it('keeps zero unshaded and scales the rest to four steps', () => {
    expect([0, 1, 2, 3, 4, 8].map((n) => heatLevel(n, 8))).toEqual([0, 1, 1, 2, 2, 4]);
    expect(heatLevel(3, 0)).toBe(0);
  });
});

describe('term table helpers', () => {
  const table: TermTable = {
    articles: [
      { id: 'a', outletName: 'Okaz' },
      { id: 'b', outletName: 'Parapolitika' },
    ],
    rows: [
      { term: 'Zionist regime', counts: [4, 0], total: 4 },
      { term: 'Israel', counts: [1, 6], total: 7 },
    ],
    occurrences: [],
  };
  it('finds the largest count and words a row', () => {
    expect(maxCount(table)).toBe(6);
    expect(describeRow(table, 0)).toBe('Okaz 4, Parapolitika 0');
  });
});

describe('termGroups', () => {
  it('groups the names of one family together, summing their counts, in first-appearance order', () => {
    const table: TermTable = {
      articles: [
        { id: 'a', outletName: 'Okaz' },
        { id: 'b', outletName: 'Parapolitika' },
      ],
      rows: [
        { term: 'terrorist', counts: [2, 0], total: 2, family: 'terror' },
        { term: 'Hamas', counts: [1, 5], total: 6 },
        { term: 'terror group', counts: [1, 0], total: 1, family: 'terror' },
        { term: 'Israel', counts: [0, 3], total: 3 },
      ],
      occurrences: [],
    };
    expect(termGroups(table)).toEqual([
      { family: 'terror', rows: [0, 2], counts: [3, 0], total: 3 },
      { family: null, rows: [1], counts: [1, 5], total: 6 },
      { family: null, rows: [3], counts: [0, 3], total: 3 },
    ]);
  });
});
