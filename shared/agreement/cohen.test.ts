import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohensKappa } from './cohen';

/** Expands a contingency table { 'a|b': count } into unit pairs. */
function pairsOf(table: Record<string, number>): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, count] of Object.entries(table)) {
    const [a, b] = key.split('|') as [string, string];
    for (let i = 0; i < count; i++) out.push([a, b]);
  }
  return out;
}

const value = <T>(f: { ok: true; value: T } | { ok: false; reason: string }): T => {
  if (!f.ok) throw new Error(f.reason);
  return f.value;
};

describe('cohensKappa', () => {
  it('gives 0.4 on the textbook 2×2 table (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no)', () => {
    const k = value(cohensKappa(pairsOf({ 'yes|yes': 20, 'yes|no': 5, 'no|yes': 10, 'no|no': 15 })));
    expect(k.observed).toBeCloseTo(0.7, 10);
    expect(k.expected).toBeCloseTo(0.5, 10);
    expect(k.kappa).toBeCloseTo(0.4, 10);
  });

  it('reproduces Krippendorff (2004: 246) as in DKPro Agreement Krippendorff2004Test.testOtherCoefficients', () => {
    const even = { 'a|a': 12, 'a|b': 9, 'a|c': 9, 'b|a': 9, 'b|b': 14, 'b|c': 9, 'c|a': 9, 'c|b': 9, 'c|c': 20 };
    expect(value(cohensKappa(pairsOf(even))).kappa).toBeCloseTo(0.186, 3);
    const skewed = { 'a|a': 12, 'a|b': 18, 'a|c': 18, 'b|b': 14, 'b|c': 18, 'c|c': 20 };
    expect(value(cohensKappa(pairsOf(skewed))).kappa).toBeCloseTo(0.258, 3);
  });

  it('is 1 for full agreement, negative for systematic disagreement, and not computable without units or variation', () => {
    expect(value(cohensKappa([['claim', 'claim'], ['framing', 'framing']])).kappa).toBe(1);
    expect(value(cohensKappa([['claim', 'none'], ['none', 'claim']])).kappa).toBe(-1);
    expect(cohensKappa([])).toEqual({ ok: false, reason: expect.stringContaining('nothing to compare') });
    expect(cohensKappa([['claim', 'claim'], ['claim', 'claim']]).ok).toBe(false);
  });

  const pairs = fc.array(fc.tuple(fc.constantFrom('claim', 'framing', 'attribution', 'none'), fc.constantFrom('claim', 'framing', 'attribution', 'none')), { maxLength: 60 });

  it('is symmetric in the two coders and lies in [-1, 1]', () => {
    fc.assert(
      fc.property(pairs, (ps) => {
        const ab = cohensKappa(ps);
        const ba = cohensKappa(ps.map(([a, b]) => [b, a] as [string, string]));
        expect(ab.ok).toBe(ba.ok);
        if (ab.ok && ba.ok) {
          expect(ab.value.kappa).toBeCloseTo(ba.value.kappa, 12);
          expect(ab.value.kappa).toBeGreaterThanOrEqual(-1 - 1e-12);
          expect(ab.value.kappa).toBeLessThanOrEqual(1 + 1e-12);
        } else if (!ab.ok) expect(Number.isNaN(ab.reason)).toBe(false);
      }),
    );
  });

  it('is 1 for a coder against itself wherever it is defined', () => {
    fc.assert(
      fc.property(pairs, (ps) => {
        const self = cohensKappa(ps.map(([a]) => [a, a] as [string, string]));
        if (self.ok) expect(self.value.kappa).toBe(1);
      }),
    );
  });
});
