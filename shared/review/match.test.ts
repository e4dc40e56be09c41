import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchSpans, matchSummary } from './match';
import type { ReviewSpan } from './span';

let n = 0;
const span = (annotator: string, start: number, end: number, category = 'claim', label?: string, articleId = 'art-1'): ReviewSpan => ({
  id: `s${++n}`, articleId, annotator, category, start, end, ...(label === undefined ? {} : { label }),
});

describe('matchSpans', () => {
  it('tells same spans, overlapping spans with their boundary deltas, and spans only one annotator tagged apart', () => {
    const spans = [
      span('me', 0, 10), span('alice', 0, 10),
      span('me', 20, 40, 'framing', 'loaded term'), span('alice', 18, 44, 'framing', 'morality'),
      span('alice', 60, 70, 'attribution'),
    ];
    const [same, overlapping, only] = matchSpans(spans, ['me', 'alice']);
    expect(same).toMatchObject({ kind: 'same-span', categoryAgrees: true, labelAgrees: true, missing: [] });
    expect(overlapping).toMatchObject({
      kind: 'overlapping', start: 18, end: 44, categoryAgrees: true, labelAgrees: false, reference: 'me',
      boundaries: [{ annotator: 'alice', startDelta: -2, endDelta: 4 }],
    });
    expect(overlapping!.spans.map((s) => s.annotator)).toEqual(['me', 'alice']);
    expect(only).toMatchObject({ kind: 'only-one', missing: ['me'], reference: 'alice' });
    expect(matchSummary(matchSpans(spans, ['me', 'alice']))).toEqual({ 'same-span': 1, overlapping: 1, 'only-one': 1, categoryDiffers: 0, labelDiffers: 1 });
  });

  it('reports a category difference and keeps articles apart', () => {
    const spans = [span('me', 5, 9, 'claim'), span('bob', 5, 9, 'framing'), span('bob', 5, 9, 'claim', undefined, 'art-2')];
    const matches = matchSpans(spans, ['me', 'bob']);
    expect(matches.map((m) => [m.articleId, m.kind, m.categoryAgrees])).toEqual([
      ['art-1', 'same-span', false],
      ['art-2', 'only-one', true],
    ]);
  });

  it('pairs each span with its best partner, never two spans of one annotator in a match', () => {
    // Bob's short span sits inside both of mine; it goes with the one it covers most of.
    const spans = [span('me', 0, 30), span('me', 25, 35), span('bob', 26, 34)];
    const matches = matchSpans(spans, ['me', 'bob']);
    expect(matches).toHaveLength(2);
    const paired = matches.find((m) => m.spans.length === 2)!;
    expect(paired.spans.map((s) => [s.annotator, s.start])).toEqual([['me', 25], ['bob', 26]]);
  });

  it('prefers an exact twin and the same category when several partners overlap', () => {
    const spans = [span('me', 10, 20, 'claim'), span('bob', 10, 20, 'framing'), span('bob', 11, 20, 'claim')];
    const twin = matchSpans(spans, ['me', 'bob']).find((m) => m.spans.length === 2)!;
    expect(twin.kind).toBe('same-span');
    const spans2 = [span('me', 10, 20, 'claim'), span('bob', 10, 19, 'framing'), span('bob', 12, 20, 'claim')];
    const sameCategory = matchSpans(spans2, ['me', 'bob']).find((m) => m.spans.length === 2)!;
    expect(sameCategory.spans[1]!.category).toBe('claim');
  });

  it('leaves out annotators not asked for, and an empty article gives no matches', () => {
    expect(matchSpans([span('carol', 0, 5)], ['me', 'bob'])).toEqual([]);
    expect(matchSpans([], ['me'])).toEqual([]);
  });

  const arbSpans = fc.array(
    fc.record({ annotator: fc.constantFrom('a', 'b', 'c'), start: fc.integer({ min: 0, max: 50 }), len: fc.integer({ min: 1, max: 12 }), category: fc.constantFrom('claim', 'framing') }),
    { maxLength: 25 },
  ).map((xs) => xs.map((x, i) => ({ id: `x${i}`, articleId: 'a1', annotator: x.annotator, category: x.category, start: x.start, end: x.start + x.len })));

  it('keeps every span exactly once, one per annotator per match, all members overlapping, whatever the annotator order', () => {
    fc.assert(
      fc.property(arbSpans, (spans) => {
        const m1 = matchSpans(spans, ['a', 'b', 'c']);
        const m2 = matchSpans(spans, ['c', 'a', 'b']);
        const ids = (ms: typeof m1) => ms.flatMap((m) => m.spans.map((s) => s.id)).sort();
        expect(ids(m1)).toEqual(spans.map((s) => s.id).sort());
        const groups = (ms: typeof m1) => ms.map((m) => m.spans.map((s) => s.id).sort().join(',')).sort();
        expect(groups(m1)).toEqual(groups(m2));
        for (const m of m1) {
          expect(new Set(m.spans.map((s) => s.annotator)).size).toBe(m.spans.length);
          for (const x of m.spans) for (const y of m.spans) expect(x.start < y.end && y.start < x.end).toBe(true);
        }
      }),
    );
  });
});
