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

/** One coder's unit lengths and gap lengths of one category, both sorted ascending. */
interface CoderLengths {
  units: number[];
  gaps: number[];
  /** Σ over the gaps from index k on: their lengths, for placements of a unit. */
  gapSuffix: Float64Array;
  /** Σ (2l³ − 3l² + l) / 3 and Σ l(l − 1) over the units. */
  cubic: number;
  squared: number;
}

/** What αu of any subset of coders needs for one category: pair disagreements and each coder's lengths. */
interface CategoryParts {
  coders: CoderLengths[];
  /** observed[r1 * R + r2], r1 < r2: Σ of segment distances between the two coders. */
  observed: Float64Array;
  /** Lazily filled placements[r * R + s]: Σ over r's units of l² · (ways to place it in s's gaps); NaN until computed. */
  placements: Float64Array;
}

function lengthsOf(segments: Segment[][][], r: number): CoderLengths {
  const units: number[] = [];
  const gaps: number[] = [];
  for (const perCoder of segments) for (const s of perCoder[r]!) (s.unit ? units : gaps).push(s.end - s.start);
  units.sort((x, y) => x - y);
  gaps.sort((x, y) => x - y);
  const gapSuffix = new Float64Array(gaps.length + 1);
  for (let k = gaps.length - 1; k >= 0; k--) gapSuffix[k] = gapSuffix[k + 1]! + gaps[k]!;
  let cubic = 0;
  let squared = 0;
  for (const l of units) {
    cubic += (2 * l ** 3 - 3 * l ** 2 + l) / 3;
    squared += l * (l - 1);
  }
  return { units, gaps, gapSuffix, cubic, squared };
}

function partsOf(segments: Segment[][][], coders: number): CategoryParts {
  const observed = new Float64Array(coders * coders);
  const squares = new Float64Array(coders);
  const empty = new Uint8Array(coders);
  for (const perCoder of segments) {
    // A coder with no unit here is one gap holding all of the other's units:
    // the pair costs the other's squared unit lengths, no sweep needed.
    for (let r = 0; r < coders; r++) {
      let sq = 0;
      let units = 0;
      for (const seg of perCoder[r]!) {
        if (!seg.unit) continue;
        units += 1;
        sq += (seg.end - seg.start) ** 2;
      }
      squares[r] = sq;
      empty[r] = units === 0 ? 1 : 0;
    }
    for (let r1 = 0; r1 < coders; r1++) {
      for (let r2 = r1 + 1; r2 < coders; r2++) {
        const at = r1 * coders + r2;
        if (empty[r1]) observed[at]! += squares[r2]!;
        else if (empty[r2]) observed[at]! += squares[r1]!;
        else observed[at]! += pairDisagreement(perCoder[r1]!, perCoder[r2]!);
      }
    }
  }
  return {
    coders: Array.from({ length: coders }, (_, r) => lengthsOf(segments, r)),
    observed,
    placements: new Float64Array(coders * coders).fill(Number.NaN),
  };
}

/** Σ over r's units of l² · Σ over s's gaps at least l long of (gap − l + 1): one merge of two sorted lists. */
function placements(parts: CategoryParts, r: number, s: number, coders: number): number {
  const cached = parts.placements[r * coders + s]!;
  if (!Number.isNaN(cached)) return cached;
  const { units } = parts.coders[r]!;
  const { gaps, gapSuffix } = parts.coders[s]!;
  let k = 0;
  let sum = 0;
  for (const l of units) {
    while (k < gaps.length && gaps[k]! < l) k += 1;
    const fitting = gaps.length - k;
    sum += l * l * (gapSuffix[k]! - fitting * (l - 1));
  }
  parts.placements[r * coders + s] = sum;
  return sum;
}

function categoryAlpha(parts: CategoryParts, subset: readonly number[], length: number, coders: number): Figure<UnitizedCategoryAlpha> {
  const m = subset.length;
  let observedSum = 0;
  let units = 0;
  let cubic = 0;
  let squared = 0;
  let placed = 0;
  for (const r of subset) {
    const c = parts.coders[r]!;
    units += c.units.length;
    cubic += c.cubic;
    squared += c.squared;
    for (const s of subset) {
      placed += placements(parts, r, s, coders);
      if (r < s) observedSum += parts.observed[r * coders + s]!;
    }
  }
  if (units === 0) return notComputable(REASONS.noUnits);
  const observed = (2 * observedSum) / (m * (m - 1) * length * length);
  // Expected disagreement: every unit against every place it could have been
  // put by chance, in any coder's gaps long enough to hold it.
  const expectedSum = (units - 1) * cubic + placed;
  const expected = ((2 / length) * expectedSum) / (m * length * (m * length - 1) - squared);
  if (!(expected > 0)) return notComputable(REASONS.noVariation);
  return figure({ alpha: 1 - observed / expected, observed, expected, units });
}

/** αu of any subset of a study's coders, sharing the work between subsets (the pairwise matrix). */
export interface UnitizedStudy {
  /** αu over the given annotators (default: all the study's annotators). */
  alpha(annotators?: readonly string[]): Figure<UnitizedAlpha>;
}

/**
 * Prepares Krippendorff's unitizing α (αu) for nominal categories, as DKPro
 * Agreement's `KrippendorffAlphaUnitizingAgreement` (used by INCEpTION)
 * computes it: per category, D_o over the coders' unit/gap segments and D_e
 * over all placements of each unit in the gaps; overall αu = 1 − mean D_o /
 * mean D_e over the categories that occur.
 *
 * Several articles form one continuum laid end to end (length = the sum of
 * their lengths); a gap never crosses an article boundary. Every listed
 * annotator is taken to have coded every continuum given; one annotator's
 * overlapping units of one category are merged into one.
 */
export function unitizedStudy(annotators: readonly string[], continua: readonly Continuum[]): UnitizedStudy {
  const coders = annotators.length;
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
  const categories = [...grouped.keys()].sort();
  const parts = new Map(
    categories.map((category) => {
      const segments = grouped.get(category)!.map((perCoder, ci) => perCoder.map((units) => segmentsOf(units, continua[ci]!.length)));
      return [category, partsOf(segments, coders)] as const;
    }),
  );
  return {
    alpha(subsetNames = annotators) {
      const subset = [...new Set(subsetNames)].map((a) => coderIndex.get(a)).filter((r) => r !== undefined);
      if (subset.length < 2) return notComputable(REASONS.oneAnnotator);
      if (length === 0) return notComputable(REASONS.nobodyTagged);
      const byCategory: Record<string, Figure<UnitizedCategoryAlpha>> = {};
      let observed = 0;
      let expected = 0;
      let counted = 0;
      for (const category of categories) {
        const f = categoryAlpha(parts.get(category)!, subset, length, coders);
        if (!f.ok && f.reason === REASONS.noUnits) continue;
        byCategory[category] = f;
        if (f.ok) {
          observed += f.value.observed;
          expected += f.value.expected;
          counted += 1;
        }
      }
      if (Object.keys(byCategory).length === 0) return notComputable(REASONS.nobodyTagged);
      if (counted === 0 || expected === 0) return notComputable(REASONS.noVariation);
      observed /= counted;
      expected /= counted;
      return figure({ alpha: 1 - observed / expected, observed, expected, byCategory });
    },
  };
}

/** Krippendorff's unitizing α (αu) of the given annotators; see `unitizedStudy`. */
export function unitizedAlpha(annotators: readonly string[], continua: readonly Continuum[]): Figure<UnitizedAlpha> {
  if (annotators.length < 2) return notComputable(REASONS.oneAnnotator);
  return unitizedStudy(annotators, continua).alpha();
}
