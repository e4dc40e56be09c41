import { type Figure, REASONS, figure, notComputable } from './figure';

/** One coded stretch of a continuum: [start, end) in character offsets. */
export interface ContinuumUnit {
  annotator: string;
  start: number;
  end: number;
  category: string;
}

/** One article's text as a continuum of `length` characters, with everyone's units on it. */
export interface Continuum {
  length: number;
  units: readonly ContinuumUnit[];
}

/** αu for one category, with the disagreements it is made of. */
export interface UnitizedCategoryAlpha {
  alpha: number;
  observed: number;
  expected: number;
  /** Units of this category, after merging one annotator's overlapping units. */
  units: number;
}

/** αu over all categories and per category. */
export interface UnitizedAlpha {
  alpha: number;
  observed: number;
  expected: number;
  byCategory: Record<string, Figure<UnitizedCategoryAlpha>>;
}

interface Segment {
  start: number;
  end: number;
  unit: boolean;
}

/**
 * The squared distance between two segments of one category by two coders
 * (Krippendorff 1995, 2004; DKPro Agreement's unitizing measure):
 * two overlapping units differ by the squares of their start and end
 * differences; a unit lying wholly inside the other coder's gap costs its
 * squared length; everything else (gap against gap, disjoint segments, a
 * unit only partly in a gap) costs nothing.
 */
export function segmentDistance(a: Segment, b: Segment): number {
  if (a.unit && b.unit) {
    if (a.start >= b.end || b.start >= a.end) return 0;
    return (a.start - b.start) ** 2 + (a.end - b.end) ** 2;
  }
  if (a.unit && !b.unit) return b.start <= a.start && a.end <= b.end ? (a.end - a.start) ** 2 : 0;
  if (!a.unit && b.unit) return a.start <= b.start && b.end <= a.end ? (b.end - b.start) ** 2 : 0;
  return 0;
}

/** One coder's units of one category on one continuum as alternating units and gaps covering it. */
function segmentsOf(units: ContinuumUnit[], length: number): Segment[] {
  units.sort((x, y) => x.start - y.start || x.end - y.end);
  const out: Segment[] = [];
  let pos = 0;
  let last: Segment | undefined;
  for (const u of units) {
    const start = Math.max(0, Math.min(u.start, length));
    const end = Math.max(start, Math.min(u.end, length));
    if (end === start) continue;
    // A coder's overlapping units of one category count as one unit: the
    // measure is defined for non-overlapping units only.
    if (last && start < last.end) {
      if (end > last.end) last.end = end;
      pos = last.end;
      continue;
    }
    if (start > pos) out.push({ start: pos, end: start, unit: false });
    last = { start, end, unit: true };
    out.push(last);
    pos = end;
  }
  if (pos < length) out.push({ start: pos, end: length, unit: false });
  return out;
}

/** Σ of distances over every pair of overlapping segments of two coders (one sweep). */
function pairDisagreement(a: readonly Segment[], b: readonly Segment[]): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    sum += segmentDistance(x, y);
    if (x.end < y.end) i += 1;
    else if (y.end < x.end) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return sum;
}

function categoryAlpha(perContinuum: Segment[][][], coders: number, length: number): Figure<UnitizedCategoryAlpha> {
  let observedSum = 0;
  const gaps: number[] = [];
  const unitLengths: number[] = [];
  for (const coderSegments of perContinuum) {
    for (let r1 = 0; r1 < coders; r1++) {
      for (const s of coderSegments[r1]!) (s.unit ? unitLengths : gaps).push(s.end - s.start);
      for (let r2 = r1 + 1; r2 < coders; r2++) observedSum += pairDisagreement(coderSegments[r1]!, coderSegments[r2]!);
    }
  }
  const units = unitLengths.length;
  if (units === 0) return notComputable(REASONS.noUnits);
  const observed = (2 * observedSum) / (coders * (coders - 1) * length * length);
  // Expected disagreement: every unit against every place it could have been
  // put by chance, in any coder's gaps long enough to hold it.
  gaps.sort((x, y) => x - y);
  const suffix = new Float64Array(gaps.length + 1);
  for (let k = gaps.length - 1; k >= 0; k--) suffix[k] = suffix[k + 1]! + gaps[k]!;
  let expectedSum = 0;
  let squaredLengths = 0;
  for (const l of unitLengths) {
    squaredLengths += l * (l - 1);
    let lo = 0;
    let hi = gaps.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (gaps[mid]! < l) lo = mid + 1;
      else hi = mid;
    }
    const fitting = gaps.length - lo;
    const placements = suffix[lo]! - fitting * (l - 1);
    expectedSum += ((units - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l * l * placements;
  }
  const expected = ((2 / length) * expectedSum) / (coders * length * (coders * length - 1) - squaredLengths);
  if (!(expected > 0)) return notComputable(REASONS.noVariation);
  return figure({ alpha: 1 - observed / expected, observed, expected, units });
}

/**
 * Krippendorff's unitizing α (αu) for nominal categories, as DKPro Agreement's
 * `KrippendorffAlphaUnitizingAgreement` (used by INCEpTION) computes it: per
 * category, D_o over the coders' unit/gap segments and D_e over all
 * placements of each unit in the gaps; overall αu = 1 − mean D_o / mean D_e
 * over the categories that occur.
 *
 * Several articles form one continuum laid end to end (length = the sum of
 * their lengths); a gap never crosses an article boundary. Every listed
 * annotator is taken to have coded every continuum given; one annotator's
 * overlapping units of one category are merged into one.
 */
export function unitizedAlpha(annotators: readonly string[], continua: readonly Continuum[]): Figure<UnitizedAlpha> {
  const coders = annotators.length;
  if (coders < 2) return notComputable(REASONS.oneAnnotator);
  const length = continua.reduce((s, c) => s + Math.max(0, c.length), 0);
  const coderIndex = new Map(annotators.map((a, i) => [a, i]));
  // grouped[category][continuum][coder] = units
  const grouped = new Map<string, ContinuumUnit[][][]>();
  continua.forEach((c, ci) => {
    for (const u of c.units) {
      const r = coderIndex.get(u.annotator);
      if (r === undefined) continue;
      let byContinuum = grouped.get(u.category);
      if (!byContinuum) {
        byContinuum = continua.map(() => annotators.map(() => []));
        grouped.set(u.category, byContinuum);
      }
      byContinuum[ci]![r]!.push(u);
    }
  });
  if (grouped.size === 0 || length === 0) return notComputable(REASONS.nobodyTagged);
  const byCategory: Record<string, Figure<UnitizedCategoryAlpha>> = {};
  let observed = 0;
  let expected = 0;
  let counted = 0;
  for (const category of [...grouped.keys()].sort()) {
    const segments = grouped.get(category)!.map((perCoder, ci) => perCoder.map((units) => segmentsOf(units, continua[ci]!.length)));
    const f = categoryAlpha(segments, coders, length);
    byCategory[category] = f;
    if (f.ok) {
      observed += f.value.observed;
      expected += f.value.expected;
      counted += 1;
    }
  }
  if (counted === 0 || expected === 0) return notComputable(REASONS.noUnits);
  observed /= counted;
  expected /= counted;
  return figure({ alpha: 1 - observed / expected, observed, expected, byCategory });
}
