import { describe, expect, it } from 'vitest';
import { termVariants } from './terms';
import { TermTableSchema } from './types';

const A = 'The Zionist regime refused. Haaretz said the zionist  regime and Tel Aviv stalled. Israeli officials agreed.';
const B = 'Israel refused. Israel\u2019s refusal stands; Tel-Aviv is unmoved.\n\nRead more: Israel news';

describe('termVariants', () => {
  it('counts each variant per article with normalised matching at word boundaries', () => {
    const table = termVariants([['Zionist regime', 'Tel Aviv'], ['Israel']], [
      { id: 'a', outletName: 'Pakistan News Network', text: A },
      { id: 'b', outletName: 'The Levant Files', text: B },
    ]);
    expect(TermTableSchema.parse(table)).toEqual(table);
    expect(table.articles).toEqual([{ id: 'a', outletName: 'Pakistan News Network' }, { id: 'b', outletName: 'The Levant Files' }]);
    expect(table.rows).toEqual([
      { term: 'Zionist regime', counts: [2, 0], total: 2 },
      { term: 'Tel Aviv', counts: [1, 0], total: 1 },
      // "Israeli" is not "Israel"; "Israel’s" is.
      { term: 'Israel', counts: [0, 3], total: 3 },
    ]);
    for (const o of table.occurrences) {
      const text = o.articleId === 'a' ? A : B;
      expect(text.slice(o.start, o.end).toLowerCase().replace(/\s+/g, ' ')).toBe(table.rows[o.row]!.term.toLowerCase());
    }
  });

  it('merges duplicate variants and counts overlapping ones once, for the longest', () => {
    const table = termVariants(['regime', 'Zionist regime', 'zionist REGIME'], [{ id: 'a', outletName: 'A', text: A }]);
    expect(table.rows).toEqual([
      { term: 'regime', counts: [0], total: 0 },
      { term: 'Zionist regime', counts: [2], total: 2 },
    ]);
  });

  it('skips boilerplate blocks', () => {
    const promo = B.indexOf('Read more');
    const table = termVariants(['Israel'], [{
      id: 'b', outletName: 'B', text: B,
      blocks: [{ start: 0, end: promo - 2, boilerplate: null }, { start: promo, end: B.length, boilerplate: 'promo' }],
    }]);
    expect(table.rows[0]!.counts).toEqual([2]);
  });
});
