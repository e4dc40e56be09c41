import { type Figure, REASONS, figure, notComputable } from './figure';

/** Krippendorff's α with the parts it is made of. */
export interface KrippendorffAlpha {
  alpha: number;
  /** Observed disagreement D_o. */
  observed: number;
  /** Disagreement expected by chance D_e. */
  expected: number;
  /** Pairable values n (values in units that have at least two). */
  pairable: number;
}

/**
 * Krippendorff's α for nominal data with missing values. `units[u][c]` is the
 * value coder c gave unit u, or null when c did not code it. Units with fewer
 * than two values cannot be paired and are left out, as Krippendorff
 * prescribes. α = 1 − D_o / D_e over the coincidence matrix.
 */
export function krippendorffAlpha(units: ReadonlyArray<ReadonlyArray<string | null>>): Figure<KrippendorffAlpha> {
  const marginals = new Map<string, number>();
  let n = 0;
  let disagreeing = 0;
  let coders = 0;
  const counts = new Map<string, number>();
  for (const unit of units) {
    coders = Math.max(coders, unit.length);
    counts.clear();
    let m = 0;
    for (const v of unit) {
      if (v === null) continue;
      m += 1;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    if (m < 2) continue;
    let squares = 0;
    for (const [v, c] of counts) {
      squares += c * c;
      marginals.set(v, (marginals.get(v) ?? 0) + c);
    }
    // Σ_{c≠k} o_ck for this unit: ordered pairs of differing values, each weighted 1/(m−1).
    disagreeing += (m * m - squares) / (m - 1);
    n += m;
  }
  if (coders < 2) return notComputable(REASONS.oneAnnotator);
  if (n === 0) return notComputable('No unit was coded by two or more annotators');
  let squares = 0;
  for (const c of marginals.values()) squares += c * c;
  const observed = disagreeing / n;
  const expected = (n * n - squares) / (n * (n - 1));
  if (expected === 0) return notComputable(REASONS.noVariation);
  return figure({ alpha: 1 - observed / expected, observed, expected, pairable: n });
}

/**
 * Krippendorff's α (nominal) from counts: `counts[u][v]` coders gave unit u
 * value v (missing codings are simply not counted). Same result as
 * `krippendorffAlpha` on the ratings the counts come from; cheaper when many
 * coders share few values.
 */
export function krippendorffAlphaOfCounts(counts: ReadonlyArray<ArrayLike<number>>, coders: number): Figure<KrippendorffAlpha> {
  if (coders < 2) return notComputable(REASONS.oneAnnotator);
  const marginals: number[] = [];
  let n = 0;
  let disagreeing = 0;
  for (const row of counts) {
    let m = 0;
    let squares = 0;
    for (let v = 0; v < row.length; v++) {
      m += row[v]!;
      squares += row[v]! * row[v]!;
    }
    if (m < 2) continue;
    for (let v = 0; v < row.length; v++) marginals[v] = (marginals[v] ?? 0) + row[v]!;
    disagreeing += (m * m - squares) / (m - 1);
    n += m;
  }
  if (n === 0) return notComputable('No unit was coded by two or more annotators');
  let squares = 0;
  for (const c of marginals) squares += (c ?? 0) * (c ?? 0);
  const observed = disagreeing / n;
  const expected = (n * n - squares) / (n * (n - 1));
  if (expected === 0) return notComputable(REASONS.noVariation);
  return figure({ alpha: 1 - observed / expected, observed, expected, pairable: n });
}
