import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fleissKappa, fleissKappaOfRatings } from './fleiss';

const value = <T>(f: { ok: true; value: T } | { ok: false; reason: string }): T => {
  if (!f.ok) throw new Error(f.reason);
  return f.value;
};

describe('fleissKappa', () => {
  it('gives 0.210 on the worked example of 10 subjects × 14 raters × 5 categories (Wikipedia, after Fleiss 1971)', () => {
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    const k = value(fleissKappa(table));
    expect(k.observed).toBeCloseTo(0.378, 3);
    expect(k.expected).toBeCloseTo(0.213, 3);
    expect(k.kappa).toBeCloseTo(0.21, 3);
  });

  it('gives 0.430 on Fleiss (1971: 379), 30 subjects × 6 raters (DKPro Agreement Fleiss1971Test.testAgreement)', () => {
    const ratings = [
      '444444', '222555', '233335', '555555', '222444', '113333', '333355', '113334', '114444', '555555',
      '144444', '124444', '222333', '144444', '224445', '333335', '111455', '111112', '224444', '133555',
      '555555', '244444', '224555', '114444', '144445', '222224', '111155', '224444', '133333', '555555',
    ].map((s) => s.split(''));
    const k = value(fleissKappaOfRatings(ratings));
    expect(k.observed).toBeCloseTo(0.5556, 3);
    expect(k.expected).toBeCloseTo(0.2201, 3);
    expect(k.kappa).toBeCloseTo(0.43, 3);
  });

  it('handles full agreement, no overlap and bad tables by value', () => {
    expect(value(fleissKappaOfRatings([['a', 'a', 'a'], ['b', 'b', 'b']])).kappa).toBe(1);
    // Two raters who never agree on a balanced table: κ = −1.
    expect(value(fleissKappaOfRatings([['a', 'b'], ['b', 'a']])).kappa).toBeCloseTo(-1, 12);
    expect(fleissKappa([])).toMatchObject({ ok: false });
    expect(fleissKappaOfRatings([['a'], ['b']])).toEqual({ ok: false, reason: 'Agreement needs at least two annotators' });
    expect(fleissKappa([[2, 0], [1, 0]])).toMatchObject({ ok: false, reason: expect.stringContaining('same number of raters') });
    expect(fleissKappaOfRatings([['a', 'a'], ['a', 'a']])).toMatchObject({ ok: false });
  });

  it('does not depend on the order of raters and never exceeds 1', () => {
    const unit = fc.array(fc.constantFrom('x', 'y', 'z'), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 30 }), (units) => {
        const a = fleissKappaOfRatings(units);
        const b = fleissKappaOfRatings(units.map((u) => [...u].reverse()));
        expect(a.ok).toBe(b.ok);
        if (a.ok && b.ok) {
          expect(a.value.kappa).toBeCloseTo(b.value.kappa, 12);
          expect(a.value.kappa).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});
