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
  const index = new Map<string, number>();
  for (const [x, y] of pairs) {
    if (!index.has(x)) index.set(x, index.size);
    if (!index.has(y)) index.set(y, index.size);
  }
  const k = index.size;
  const table = new Array<number>(k * k).fill(0);
  for (const [x, y] of pairs) table[index.get(x)! * k + index.get(y)!]! += 1;
  return cohensKappaOfTable(table, k);
}

/**
 * Cohen's κ from a k × k contingency table, row-major: `table[i * k + j]`
 * units coder A put in value i and coder B in value j.
 */
export function cohensKappaOfTable(table: ArrayLike<number>, k: number): Figure<CohenKappa> {
  let n = 0;
  let agree = 0;
  const rows = new Array<number>(k).fill(0);
  const cols = new Array<number>(k).fill(0);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const c = table[i * k + j]!;
      n += c;
      rows[i]! += c;
      cols[j]! += c;
      if (i === j) agree += c;
    }
  }
  if (n === 0) return notComputable(REASONS.noUnits);
  let expected = 0;
  for (let i = 0; i < k; i++) expected += (rows[i]! / n) * (cols[i]! / n);
  const observed = agree / n;
  if (expected >= 1) return notComputable(REASONS.noVariation);
  return figure({ kappa: (observed - expected) / (1 - expected), observed, expected, units: n });
}
