import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ContinuumUnit, segmentDistance, unitizedAlpha } from './unitized';

const value = <T>(f: { ok: true; value: T } | { ok: false; reason: string }): T => {
  if (!f.ok) throw new Error(f.reason);
  return f.value;
};

/** A unit as DKPro writes it: offset, length, coder index, category. */
const u = (offset: number, length: number, coder: number, category: string): ContinuumUnit => ({
  annotator: `r${coder}`,
  start: offset,
  end: offset + length,
  category,
});
const seg = (offset: number, length: number, category: string | null) => ({ start: offset, end: offset + length, unit: category !== null });
/** DKPro's tests assert within an absolute tolerance; so do these. */
const near = (actual: number, expected: number, tolerance: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
const coders = (n: number) => Array.from({ length: n }, (_, i) => `r${i}`);

describe('segmentDistance', () => {
  it('matches DKPro Agreement UnitizingAgreementTest.testDistanceMetric and Krippendorff2004Test.testDistanceMetric1/2', () => {
    expect(segmentDistance(seg(0, 1, null), seg(0, 2, null))).toBe(0);
    expect(segmentDistance(seg(1, 8, 'A'), seg(0, 2, null))).toBe(0);
    expect(segmentDistance(seg(1, 8, 'A'), seg(2, 1, 'A'))).toBe(37);
    expect(segmentDistance(seg(1, 8, 'A'), seg(3, 1, null))).toBe(0);
    expect(segmentDistance(seg(1, 8, 'A'), seg(4, 1, 'A'))).toBe(25);
    expect(segmentDistance(seg(1, 8, 'A'), seg(6, 1, 'A'))).toBe(29);
    expect(segmentDistance(seg(2, 3, null), seg(2, 2, 'X')) + segmentDistance(seg(5, 6, 'X'), seg(4, 7, null))).toBe(40);
    expect(segmentDistance(seg(5, 6, 'X'), seg(4, 2, 'X'))).toBe(26);
    expect(segmentDistance(seg(5, 6, 'X'), seg(7, 2, 'X'))).toBe(8);
    expect(segmentDistance(seg(225, 70, 'c'), seg(220, 80, 'c'))).toBe(50);
    expect(segmentDistance(seg(370, 30, 'c'), seg(355, 20, 'c'))).toBe(850);
    expect(segmentDistance(seg(400, 50, null), seg(400, 20, 'c'))).toBe(400);
  });
});

describe('unitizedAlpha', () => {
  it('gives αu = 0.8591 on Krippendorff (2004: 254) (DKPro Agreement unitizing Krippendorff2004Test.testAgreement/testCategoryAgreement)', () => {
    // The continuum runs from 150 for 300 characters; shift it to start at 0.
    const units = [u(225, 70, 0, 'c'), u(370, 30, 0, 'c'), u(220, 80, 1, 'c'), u(355, 20, 1, 'c'), u(400, 20, 1, 'c'),
      u(180, 60, 0, 'k'), u(300, 50, 0, 'k'), u(180, 60, 1, 'k'), u(300, 50, 1, 'k')]
      .map((x) => ({ ...x, start: x.start - 150, end: x.end - 150 }));
    const a = value(unitizedAlpha(coders(2), [{ length: 300, units }]));
    near(a.alpha, 0.8591, 0.0005);
    const c = value(a.byCategory.c!);
    near(c.observed, 0.0144, 0.0001);
    near(c.expected, 0.0532, 0.0001);
    near(c.alpha, 0.7286, 0.0001);
    const k = value(a.byCategory.k!);
    expect(k.observed).toBe(0);
    near(k.expected, 0.049, 0.0001);
    expect(k.alpha).toBe(1);
  });

  it('gives αu(A) = −0.7003 on DKPro Agreement UnitizingAgreementTest.testAgreement', () => {
    const units = [u(1, 8, 0, 'A'), u(2, 1, 1, 'A'), u(4, 1, 1, 'A'), u(6, 1, 1, 'A')];
    const a = value(value(unitizedAlpha(coders(2), [{ length: 10, units }])).byCategory.A!);
    near(a.observed, 0.91, 0.0001);
    near(a.expected, 0.5351, 0.0001);
    near(a.alpha, -0.7003, 0.0001);
  });

  it('reproduces Krippendorff (1995: 57) per category (DKPro Agreement Krippendorff1995Test.testAgreement)', () => {
    const example = (stretch: number) => {
      const s = (x: number) => Math.trunc(x * stretch);
      const raw: [number, number, number, string][] = [
        [2, 8, 0, 'A'], [14, 6, 0, 'A'], [4, 4, 1, 'A'], [15, 2, 1, 'A'],
        [0, 18, 0, 'B'], [0, 2, 1, 'B'], [2, 1, 1, 'B'], [3, 1, 1, 'B'], [4, 1, 1, 'B'], [5, 1, 1, 'B'], [6, 3, 1, 'B'], [9, 1, 1, 'B'],
        [2, 6, 0, 'C'], [10, 2, 0, 'C'], [14, 4, 0, 'C'], [20, 2, 0, 'C'], [0, 2, 1, 'C'], [4, 4, 1, 'C'], [10, 4, 1, 'C'], [16, 2, 1, 'C'], [20, 2, 1, 'C'],
        [0, 2, 0, 'D'], [2, 8, 0, 'D'], [10, 4, 0, 'D'], [14, 6, 0, 'D'], [20, 4, 0, 'D'], [0, 4, 1, 'D'], [4, 4, 1, 'D'], [8, 7, 1, 'D'], [15, 2, 1, 'D'], [17, 7, 1, 'D'],
      ];
      return unitizedAlpha(coders(2), [{ length: s(24), units: raw.map(([o, l, r, c]) => u(s(o), s(l), r, c)) }]);
    };
    const one = value(example(1)).byCategory;
    near(value(one.A!).observed, 0.03125, 0.00001);
    near(value(one.B!).observed, 2.26736, 0.00001);
    near(value(one.C!).observed, 0.02777, 0.00001);
    near(value(one.D!).observed, 0.38715, 0.00001);
    const big = value(example(1200000 / 24)).byCategory;
    const expected = { A: [0.0699, 0.553], B: [1.17731, -0.926], C: [0.08642, 0.679], D: [0.41445, 0.066] } as const;
    for (const [category, [de, alpha]] of Object.entries(expected)) {
      const f = value(big[category]!);
      expect(Math.abs(f.expected - de), category).toBeLessThan(0.005);
      expect(Math.abs(f.alpha - alpha), category).toBeLessThan(0.02);
    }
  });

  it('gives 0 for a single unit among three coders (DKPro UnitizingAgreementTest.testSingleAnnotationUnit)', () => {
    expect(value(unitizedAlpha(coders(3), [{ length: 20, units: [u(0, 1, 0, 'X')] }])).alpha).toBeCloseTo(0, 12);
  });

  it('says why when it cannot be computed', () => {
    expect(unitizedAlpha(coders(3), [{ length: 20, units: [] }])).toEqual({ ok: false, reason: 'Nobody tagged this article' });
    expect(unitizedAlpha(['r0'], [{ length: 20, units: [u(0, 1, 0, 'X')] }])).toEqual({ ok: false, reason: 'Agreement needs at least two annotators' });
  });

  it('is 1 for identical unitizations, and spans with no overlap give αu below 0', () => {
    const same = [u(2, 5, 0, 'claim'), u(2, 5, 1, 'claim'), u(10, 3, 0, 'framing'), u(10, 3, 1, 'framing')];
    expect(value(unitizedAlpha(coders(2), [{ length: 30, units: same }])).alpha).toBe(1);
    const apart = [u(2, 5, 0, 'claim'), u(20, 5, 1, 'claim')];
    expect(value(unitizedAlpha(coders(2), [{ length: 30, units: apart }])).alpha).toBeLessThan(0);
  });

  it('treats several articles as one continuum whose gaps stop at article ends', () => {
    const a = { length: 10, units: [u(2, 3, 0, 'claim'), u(2, 3, 1, 'claim')] };
    const b = { length: 10, units: [u(4, 3, 0, 'claim'), u(5, 3, 1, 'claim')] };
    const joined = { length: 20, units: [...a.units, ...b.units.map((x) => ({ ...x, start: x.start + 10, end: x.end + 10 }))] };
    const split = value(unitizedAlpha(coders(2), [a, b]));
    const whole = value(unitizedAlpha(coders(2), [joined]));
    expect(split.observed).toBeCloseTo(whole.observed, 12);
  });

  const unit = fc.record({ coder: fc.integer({ min: 0, max: 2 }), start: fc.integer({ min: 0, max: 40 }), len: fc.integer({ min: 1, max: 10 }), category: fc.constantFrom('claim', 'framing') });

  it('is symmetric in annotators, at most 1, and 1 for a coder against a copy of itself', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (raw) => {
        const units = raw.map((x) => u(x.start, x.len, x.coder, x.category));
        const a = unitizedAlpha(coders(3), [{ length: 50, units }]);
        const reordered = unitizedAlpha(['r2', 'r0', 'r1'], [{ length: 50, units }]);
        expect(a.ok).toBe(reordered.ok);
        if (a.ok && reordered.ok) {
          expect(a.value.alpha).toBeCloseTo(reordered.value.alpha, 9);
          expect(a.value.alpha).toBeLessThanOrEqual(1 + 1e-12);
        }
        const mine = units.filter((x) => x.annotator === 'r0');
        const self = unitizedAlpha(['r0', 'copy'], [{ length: 50, units: [...mine, ...mine.map((x) => ({ ...x, annotator: 'copy' }))] }]);
        if (self.ok) expect(self.value.alpha).toBeCloseTo(1, 12);
      }),
    );
  });
});
