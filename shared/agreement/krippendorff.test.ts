import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from './krippendorff';

const value = <T>(f: { ok: true; value: T } | { ok: false; reason: string }): T => {
  if (!f.ok) throw new Error(f.reason);
  return f.value;
};

/** Rows are coders, columns units; '.' is a missing value. */
function unitsOf(rows: string[]): (string | null)[][] {
  const cells = rows.map((r) => r.split(' '));
  return cells[0]!.map((_, u) => cells.map((row) => (row[u] === '.' ? null : row[u]!)));
}

describe('krippendorffAlpha (nominal)', () => {
  it('gives 0.743 on "Computing Krippendorff\u2019s Alpha-Reliability": 4 coders × 12 units with missing values', () => {
    // Also Krippendorff (2004: 230); DKPro Agreement Krippendorff2004Test.testMultipleRatersMissingValues.
    const units = unitsOf([
      '1 2 3 3 2 1 4 1 2 . . .',
      '1 2 3 3 2 2 4 1 2 5 . .',
      '. 3 3 3 2 3 4 2 2 5 1 3',
      '1 2 3 3 2 4 4 1 2 5 1 .',
    ]);
    const a = value(krippendorffAlpha(units));
    expect(a.pairable).toBe(40);
    expect(a.observed).toBeCloseTo(0.2, 3);
    expect(a.expected).toBeCloseTo(0.779, 3);
    expect(a.alpha).toBeCloseTo(0.743, 3);
  });

  it('reproduces Krippendorff (2004: 224, 227): α = 0.095 and 0.734 for two coders', () => {
    expect(value(krippendorffAlpha(unitsOf(['1 1 0 0 0 0 0 0 0 0', '0 1 1 0 0 1 0 1 0 0']))).alpha).toBeCloseTo(0.095, 3);
    expect(value(krippendorffAlpha(unitsOf(['a a b b b b b c c c c c', 'a b b b b b c c c c c c']))).alpha).toBeCloseTo(0.734, 3);
  });

  it('handles full agreement, no overlap between coders and a missing annotator', () => {
    expect(value(krippendorffAlpha(unitsOf(['a b c', 'a b c']))).alpha).toBe(1);
    // Two coders who never coded the same unit: nothing is pairable.
    expect(krippendorffAlpha(unitsOf(['a . b .', '. a . b']))).toEqual({ ok: false, reason: 'No unit was coded by two or more annotators' });
    expect(krippendorffAlpha(unitsOf(['a b c']))).toEqual({ ok: false, reason: 'Agreement needs at least two annotators' });
    // A third coder who coded nothing changes nothing.
    expect(krippendorffAlpha(unitsOf(['a b a b', 'a b b b', '. . . .']))).toEqual(krippendorffAlpha(unitsOf(['a b a b', 'a b b b'])));
    expect(krippendorffAlpha(unitsOf(['a a', 'a a'])).ok).toBe(false);
  });

  const table = fc.array(fc.array(fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }), { minLength: 3, maxLength: 3 }), { maxLength: 25 });

  it('is symmetric in coders, at most 1, and 1 for a coder paired with itself where defined', () => {
    fc.assert(
      fc.property(table, (units) => {
        const a = krippendorffAlpha(units);
        const shuffled = krippendorffAlpha(units.map(([x, y, z]) => [z!, x!, y!]));
        expect(a.ok).toBe(shuffled.ok);
        if (a.ok && shuffled.ok) {
          expect(a.value.alpha).toBeCloseTo(shuffled.value.alpha, 12);
          expect(a.value.alpha).toBeLessThanOrEqual(1 + 1e-12);
          expect(a.value.alpha).toBeGreaterThanOrEqual(-1 - 1e-12);
        }
        const self = krippendorffAlpha(units.map(([x]) => [x!, x!]));
        if (self.ok) expect(self.value.alpha).toBeCloseTo(1, 12);
      }),
    );
  });
});
