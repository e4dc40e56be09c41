import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReviewSpan } from '../review';
import { spanF1 } from './span-f1';

let n = 0;
const s = (annotator: string, start: number, end: number, category = 'claim', articleId = 'a1'): ReviewSpan => ({ id: `s${++n}`, annotator, articleId, category, start, end });
const value = <T>(f: { ok: true; value: T } | { ok: false; reason: string }): T => {
  if (!f.ok) throw new Error(f.reason);
  return f.value;
};

describe('spanF1', () => {
  const me = [s('me', 0, 10), s('me', 20, 30), s('me', 40, 50, 'framing'), s('me', 60, 70)];
  const bob = [s('bob', 0, 10), s('bob', 22, 30), s('bob', 40, 50, 'claim')];

  it('counts exact matches only for identical offsets and category (hand computed)', () => {
    // One exact match; me has 4 spans, bob 3: P = 1/3, R = 1/4, F1 = 2/7.
    expect(value(spanF1(me, bob, 'exact'))).toEqual({ matched: 1, reference: 4, candidate: 3, precision: 1 / 3, recall: 1 / 4, f1: 2 / 7 });
  });

  it('counts overlapping spans of the same category in overlap mode', () => {
    const f = value(spanF1(me, bob, 'overlap'));
    expect(f.matched).toBe(2);
    expect(f.f1).toBeCloseTo(4 / 7, 12);
  });

  it('is 1 on full agreement, 0 with no overlap, and not computable when nobody tagged anything', () => {
    expect(value(spanF1(me, me.map((x) => ({ ...x, annotator: 'copy' })), 'exact')).f1).toBe(1);
    expect(value(spanF1([s('me', 0, 5)], [s('bob', 5, 9)], 'overlap')).f1).toBe(0);
    expect(value(spanF1([s('me', 0, 5)], [s('bob', 0, 5, 'claim', 'a2')], 'overlap')).f1).toBe(0);
    expect(value(spanF1(me, [], 'overlap'))).toMatchObject({ f1: 0, precision: null, recall: 0 });
    expect(spanF1([], [], 'exact')).toEqual({ ok: false, reason: 'Neither annotator tagged a span here' });
  });

  it('pairs spans one to one: two of bob\u2019s spans inside one of mine match once', () => {
    expect(value(spanF1([s('me', 0, 20)], [s('bob', 0, 5), s('bob', 10, 20)], 'overlap')).matched).toBe(1);
  });

  const arb = (who: string) => fc.array(
    fc.record({ start: fc.integer({ min: 0, max: 40 }), len: fc.integer({ min: 1, max: 8 }), category: fc.constantFrom('claim', 'framing') }),
    { maxLength: 15 },
  ).map((xs) => xs.map((x) => s(who, x.start, x.start + x.len, x.category)));

  it('is symmetric, within [0, 1], and exact never beats overlap', () => {
    fc.assert(
      fc.property(arb('a'), arb('b'), (a, b) => {
        for (const mode of ['exact', 'overlap'] as const) {
          const ab = spanF1(a, b, mode);
          const ba = spanF1(b, a, mode);
          expect(ab.ok).toBe(ba.ok);
          if (ab.ok && ba.ok) {
            expect(ab.value.f1).toBeCloseTo(ba.value.f1, 12);
            expect(ab.value.f1).toBeGreaterThanOrEqual(0);
            expect(ab.value.f1).toBeLessThanOrEqual(1);
          }
        }
        const e = spanF1(a, b, 'exact');
        const o = spanF1(a, b, 'overlap');
        if (e.ok && o.ok) expect(e.value.matched).toBeLessThanOrEqual(o.value.matched);
      }),
    );
  });
});
