import { describe, expect, it } from 'vitest';
import { referentCoverage, referentTerms, termVariants } from './terms';
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
      { term: 'Zionist regime', counts: [2, 0], total: 2, family: 'zionist' },
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
      { term: 'Zionist regime', counts: [2], total: 2, family: 'zionist' },
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

describe('referent phrases inside longer spans', () => {
  it.each([
    ['Israel', ['Israel']],
    ['the Zionist regime', ['the Zionist regime']],
    ['The Zionist regime refuses to move forward with the next phase of the agreement', ['Zionist regime']],
    ['Tel Aviv refuses to move forward without receiving the two remaining bodies', ['Tel Aviv']],
    ['the terrorists are still hiding in the tunnels under Rafah today', ['terrorists']],
    ['a long sentence that names nobody and nothing of interest at all', []],
  ] as const)('%s -> %j', (span, terms) => {
    expect(referentTerms(span)).toEqual(terms);
  });

  it('does not make each sentence-length span its own term', () => {
    const table = termVariants(
      [
        'The Zionist regime refuses to move forward with the next phase of the agreement',
        'Israel refuses to move forward with the next phase without the two bodies',
      ],
      [{ id: 'a', outletName: 'A', text: A }, { id: 'b', outletName: 'B', text: B }],
    );
    expect(table.rows.map((r) => [r.term, r.total])).toEqual([['Zionist regime', 2], ['Israel', 3]]);
  });
});

describe('inflections and variant families', () => {
  const text = 'Two terrorists fled. The terrorist\u2019s car was found. The terror group denied it; a terrorist organization is banned.';
  it('counts inflections of a variant in its row', () => {
    const table = termVariants(['terrorist'], [{ id: 'a', outletName: 'A', text }]);
    // Alone, "terrorist" also counts the one inside "terrorist organization".
    expect(table.rows).toEqual([{ term: 'terrorist', counts: [3], total: 3, family: 'terror' }]);
    for (const o of table.occurrences) expect(['terrorists', 'terrorist']).toContain(text.slice(o.start, o.end));
  });
  it('puts "terrorist" and "terror group" in one family', () => {
    const table = termVariants(['terrorists', 'terror group', 'terrorist organization', 'Israel'], [{ id: 'a', outletName: 'A', text }]);
    expect(table.rows.map((r) => [r.term, r.total, r.family])).toEqual([
      ['terrorists', 2, 'terror'], ['terror group', 1, 'terror'], ['terrorist organization', 1, 'terror'], ['Israel', 0, undefined],
    ]);
  });
});

describe('coverage from the term table', () => {
  it('counts an outlet as covering the referent when the table counts it there', () => {
    const table = termVariants(['Israel'], [
      { id: 'a', outletName: 'Pakistan News Network', text: A },
      { id: 'b', outletName: 'The Levant Files', text: B },
      { id: 'c', outletName: 'Other', text: 'Nothing about it here.' },
    ]);
    expect(referentCoverage(table)).toEqual([
      { articleId: 'a', outletName: 'Pakistan News Network', count: 0, covers: false },
      { articleId: 'b', outletName: 'The Levant Files', count: 3, covers: true },
      { articleId: 'c', outletName: 'Other', count: 0, covers: false },
    ]);
  });
});
