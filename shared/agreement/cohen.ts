import { type Figure, REASONS, figure, notComputable } from './figure';

/** Cohen's κ with the parts it is made of. */
export interface CohenKappa {
  kappa: number;
  /** Share of units on which the two coders agree. */
  observed: number;
  /** Agreement expected by chance from each coder's own marginal distribution. */
  expected: number;
  units: number;
}

/**
 * Cohen's κ (1960) for two coders over nominal values: one `[valueOfCoderA,
 * valueOfCoderB]` pair per unit. κ = (p_o − p_e) / (1 − p_e), where p_e uses
 * each coder's own marginals (unlike Scott's π / Fleiss' κ, which pool them).
 */
export function cohensKappa(pairs: ReadonlyArray<readonly [string, string]>): Figure<CohenKappa> {
  const n = pairs.length;
  if (n === 0) return notComputable(REASONS.noUnits);
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let agree = 0;
  for (const [x, y] of pairs) {
    if (x === y) agree += 1;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  let expected = 0;
  for (const [value, count] of a) expected += (count / n) * ((b.get(value) ?? 0) / n);
  const observed = agree / n;
  if (expected >= 1) return notComputable(REASONS.noVariation);
  return figure({ kappa: (observed - expected) / (1 - expected), observed, expected, units: n });
}
