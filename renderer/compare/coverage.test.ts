import { describe, expect, it } from 'vitest';
import type { Annotation, Category, Link } from '../../shared/model';
import { coverageMatrix, outletTotals } from './coverage';

const outlets = [
  { id: 'o-okaz', name: 'Okaz' },
  { id: 'o-para', name: 'Parapolitika' },
  { id: 'o-levant', name: 'The Levant Files' },
  { id: 'o-empty', name: 'An outlet with no articles' },
];
const articles = [
  { id: 'a-okaz', outletId: 'o-okaz' },
  { id: 'a-para', outletId: 'o-para' },
  { id: 'a-levant', outletId: 'o-levant' },
  { id: 'a-levant-2', outletId: 'o-levant' },
];

function ann(id: string, articleId: string, category: Category = 'claim'): Annotation {
  return {
    id,
    articleId,
    annotator: 'Ana',
    category,
    note: '',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    position: { start: 0, end: 5 },
    quote: { exact: 'words', prefix: '', suffix: '' },
  };
}

function link(id: string, members: string[]): Link {
  return { id, annotator: 'Ana', label: id, kind: 'same-claim', members, note: '', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
}

describe('coverageMatrix', () => {
  const annotations = [
    ann('f1', 'a-okaz'),
    ann('f2', 'a-para'),
    ann('f3', 'a-levant', 'framing'),
    ann('f4', 'a-levant-2', 'framing'),
    ann('f5', 'a-levant-2', 'claim'),
    ann('b1', 'a-okaz', 'attribution'),
    ann('b2', 'a-levant', 'attribution'),
  ];

  it('columns are the outlets that have articles, by name', () => {
    const m = coverageMatrix([], annotations, articles, outlets);
    expect(m.outlets.map((o) => o.name)).toEqual(['Okaz', 'Parapolitika', 'The Levant Files']);
    expect(m.rows).toEqual([]);
  });

  it('fills cells with counts and the main category, and names the outlets that omit a fact', () => {
    const m = coverageMatrix([link('biden', ['b1', 'b2']), link('fighters', ['f1', 'f2', 'f3', 'f4', 'f5'])], annotations, articles, outlets);
    // Best covered first.
    expect(m.rows.map((r) => r.link.id)).toEqual(['fighters', 'biden']);
    const [fighters, biden] = m.rows;
    expect(fighters!.cells).toEqual([
      { outletId: 'o-okaz', count: 1, basis: 'members', category: 'claim' },
      { outletId: 'o-para', count: 1, basis: 'members', category: 'claim' },
      // Two articles of one outlet add up; framing outnumbers claim.
      { outletId: 'o-levant', count: 3, basis: 'members', category: 'framing' },
    ]);
    expect(fighters!.covered).toBe(3);
    expect(fighters!.omittedBy).toEqual([]);
    expect(biden!.cells.map((c) => c.count)).toEqual([1, 0, 1]);
    expect(biden!.omittedBy).toEqual(['o-para']);
    expect(outletTotals(m)).toEqual([2, 1, 2]);
  });

  it('counts members it cannot find instead of placing them', () => {
    const m = coverageMatrix([link('l', ['f1', 'gone'])], annotations, articles, outlets);
    expect(m.rows[0]!.unknownMembers).toBe(1);
    expect(m.rows[0]!.covered).toBe(1);
  });

  it('breaks category ties in claim, framing, attribution order', () => {
    const m = coverageMatrix([link('l', ['b2', 'f3', 'f1'])], annotations, articles, outlets);
    expect(m.rows[0]!.cells[2]).toEqual({ outletId: 'o-levant', count: 2, basis: 'members', category: 'framing' });
  });

  it('counts a referent as covered where its term table counts it, even with no span in the link', () => {
    const israel: Link = { ...link('israel', ['f1', 'f2']), kind: 'same-referent' };
    const table = {
      articles: [
        { id: 'a-okaz', outletName: 'Okaz' },
        { id: 'a-para', outletName: 'Parapolitika' },
        { id: 'a-levant', outletName: 'The Levant Files' },
        { id: 'a-levant-2', outletName: 'The Levant Files' },
      ],
      rows: [
        { term: 'Zionist regime', counts: [4, 0, 0, 0], total: 4 },
        { term: 'Israel', counts: [0, 3, 12, 1], total: 16 },
      ],
      occurrences: [],
    };
    const withTable = coverageMatrix([israel], annotations, articles, outlets, { israel: table });
    expect(withTable.rows[0]!.cells.map((c) => [c.count, c.basis])).toEqual([
      [4, 'mentions'],
      [3, 'mentions'],
      [13, 'mentions'],
    ]);
    expect(withTable.rows[0]!.omittedBy).toEqual([]);
    // Before the table arrives, the members count.
    const without = coverageMatrix([israel], annotations, articles, outlets);
    expect(without.rows[0]!.omittedBy).toEqual(['o-levant']);
    expect(without.rows[0]!.cells[0]!.basis).toBe('members');
  });

  it('ignores a term table given for a link that is not a referent', () => {
    const fact = link('fact', ['f1']);
    const table = { articles: [{ id: 'a-para', outletName: 'Parapolitika' }], rows: [{ term: 'x', counts: [5], total: 5 }], occurrences: [] };
    expect(coverageMatrix([fact], annotations, articles, outlets, { fact: table }).rows[0]!.omittedBy).toEqual(['o-para', 'o-levant']);
  });
});
