import { type Figure, REASONS, figure, notComputable } from './figure';

/** Fleiss' κ with the parts it is made of. */
export interface FleissKappa {
  kappa: number;
  /** Mean share of agreeing rater pairs per subject (P̄). */
  observed: number;
  /** Chance agreement from the pooled category shares (P̄e). */
  expected: number;
  subjects: number;
  raters: number;
}

/**
 * Fleiss' κ (1971) from a subjects × categories table of counts: `counts[i][j]`
 * raters put subject i in category j. Every subject needs the same number of
 * raters (at least two); the raters themselves may differ between subjects.
 */
export function fleissKappa(counts: ReadonlyArray<ArrayLike<number>>): Figure<FleissKappa> {
  const subjects = counts.length;
  if (subjects === 0) return notComputable(REASONS.noUnits);
  let raters = 0;
  for (let j = 0; j < counts[0]!.length; j++) raters += counts[0]![j]!;
  if (raters < 2) return notComputable(REASONS.oneAnnotator);
  const totals: number[] = [];
  let sumPi = 0;
  for (const row of counts) {
    let n = 0;
    let squares = 0;
    for (let j = 0; j < row.length; j++) {
      const c = row[j]!;
      n += c;
      squares += c * c;
      totals[j] = (totals[j] ?? 0) + c;
    }
    if (n !== raters) {
      return notComputable(`Fleiss' κ needs the same number of raters for every unit (${raters} and ${n} found)`);
    }
    sumPi += (squares - raters) / (raters * (raters - 1));
  }
  const observed = sumPi / subjects;
  let expected = 0;
  for (const t of totals) expected += ((t ?? 0) / (subjects * raters)) ** 2;
  if (expected >= 1) return notComputable(REASONS.noVariation);
  return figure({ kappa: (observed - expected) / (1 - expected), observed, expected, subjects, raters });
}

/**
 * Fleiss' κ from raw ratings, one array of values per unit (one value per
 * rater; every unit rated by the same number of raters).
 */
export function fleissKappaOfRatings(units: ReadonlyArray<ReadonlyArray<string>>): Figure<FleissKappa> {
  const index = new Map<string, number>();
  for (const unit of units) for (const v of unit) if (!index.has(v)) index.set(v, index.size);
  const counts = units.map((unit) => {
    const row = new Array<number>(index.size).fill(0);
    for (const v of unit) row[index.get(v)!]! += 1;
    return row;
  });
  return fleissKappa(counts);
}
