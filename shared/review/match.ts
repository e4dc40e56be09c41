import { type ReviewSpan, byArticle } from './span';

/** How the spans of a match relate: identical offsets, overlapping, or tagged by one annotator only. */
export type MatchKind = 'same-span' | 'overlapping' | 'only-one';

/** One annotator's boundary difference against the match's reference span. */
export interface BoundaryDelta {
  annotator: string;
  /** This span's start minus the reference's start (negative: starts earlier). */
  startDelta: number;
  /** This span's end minus the reference's end (positive: ends later). */
  endDelta: number;
}

/** Spans of several annotators taken to mark the same stretch of one article. */
export interface SpanMatch {
  articleId: string;
  kind: MatchKind;
  /** At most one span per annotator, in the order of the annotators asked for. */
  spans: ReviewSpan[];
  /** Extent of the union of the spans. */
  start: number;
  end: number;
  /** Annotators asked for who have no span in this match. */
  missing: string[];
  /** Whether every span has the same category, and the same label. */
  categoryAgrees: boolean;
  labelAgrees: boolean;
  /** The first listed annotator with a span here; boundary deltas are measured from their span. */
  reference: string;
  boundaries: BoundaryDelta[];
}

/**
 * Groups one article's spans into matches. Definition: a match holds at most
 * one span per annotator and every two of its spans overlap. Matches are
 * built from the best pairs first (identical offsets, then same category,
 * then the larger share of overlap — characters shared / characters
 * covered — then same label), so the result does not depend on the order
 * annotators are listed in. A span that overlaps nobody else's is a match of
 * its own.
 */
const PAIR_BITS = 2 ** 18;

/** Candidate pair buffers, reused from article to article so large studies do not churn the garbage collector. */
interface Scratch {
  pa: Int32Array;
  pb: Int32Array;
  score: Float64Array;
  keys: Float64Array;
}
const newScratch = (size: number): Scratch => ({
  pa: new Int32Array(size),
  pb: new Int32Array(size),
  score: new Float64Array(size),
  keys: new Float64Array(size),
});
let scratch = newScratch(4096);
function growScratch(old: Scratch): Scratch {
  const next = newScratch(old.score.length * 2);
  next.pa.set(old.pa);
  next.pb.set(old.pb);
  next.score.set(old.score);
  return next;
}

/** Pair indexes by descending score, ties in index order. Scores are integers below 2^34. */
function bestFirst(score: Float64Array, count: number): ArrayLike<number> {
  if (count >= PAIR_BITS) return Uint32Array.from({ length: count }, (_, p) => p).sort((p, q) => score[q]! - score[p]! || p - q);
  // Pack (inverted score, index) into one exact double and let the engine sort numbers.
  const keys = scratch.keys.subarray(0, count);
  for (let p = 0; p < count; p++) keys[p] = (2 ** 34 - score[p]!) * PAIR_BITS + p;
  keys.sort();
  const order = new Uint32Array(count);
  for (let p = 0; p < count; p++) order[p] = keys[p]! % PAIR_BITS;
  return order;
}

function matchArticle(spans: readonly ReviewSpan[], annotators: readonly string[]): SpanMatch[] {
  const rank = new Map(annotators.map((a, i) => [a, i]));
  const n = spans.length;
  const coder = Int32Array.from(spans, (s) => rank.get(s.annotator)!);
  // Candidate pairs: overlapping spans of different annotators, by a sweep over starts.
  const byStart = Array.from(spans.keys()).sort((i, j) => spans[i]!.start - spans[j]!.start || spans[i]!.end - spans[j]!.end);
  let count = 0;
  const active: number[] = [];
  for (const i of byStart) {
    const y = spans[i]!;
    let kept = 0;
    for (const k of active) {
      const x = spans[k]!;
      if (x.end <= y.start) continue;
      active[kept++] = k;
      if (coder[k] === coder[i]) continue;
      if (count === scratch.score.length) scratch = growScratch(scratch);
      const { pa, pb, score } = scratch;
      const jaccard = (Math.min(x.end, y.end) - y.start) / (Math.max(x.end, y.end) - x.start);
      pa[count] = k;
      pb[count] = i;
      // Identical offsets, then same category, then overlap share, then same label.
      score[count] =
        Math.floor(((x.start === y.start && x.end === y.end ? 8 : 0) + (x.category === y.category ? 4 : 0) + 2 * jaccard) * 2 ** 29) * 2 +
        (x.label === y.label ? 1 : 0);
      count += 1;
    }
    active.length = kept;
    active.push(i);
  }
  const { pa, pb } = scratch;
  const order = bestFirst(scratch.score, count);
  // Union of groups; all spans of a group overlap each other exactly when the
  // latest start lies before the earliest end (intervals on a line). Each
  // group's annotators are a bit set.
  const words = Math.ceil(annotators.length / 32);
  const mask = new Uint32Array(n * words);
  const groupOf = Int32Array.from(spans.keys());
  const members = spans.map((_, i) => [i]);
  const maxStart = Float64Array.from(spans, (s) => s.start);
  const minEnd = Float64Array.from(spans, (s) => s.end);
  for (let i = 0; i < n; i++) mask[i * words + (coder[i]! >>> 5)] = 1 << (coder[i]! & 31);
  for (let o = 0; o < order.length; o++) {
    const p = order[o]!;
    const ga = groupOf[pa[p]!]!;
    const gb = groupOf[pb[p]!]!;
    if (ga === gb) continue;
    if (Math.max(maxStart[ga]!, maxStart[gb]!) >= Math.min(minEnd[ga]!, minEnd[gb]!)) continue;
    let clash = false;
    for (let w = 0; w < words && !clash; w++) clash = (mask[ga * words + w]! & mask[gb * words + w]!) !== 0;
    if (clash) continue;
    const [keep, drop] = members[ga]!.length >= members[gb]!.length ? [ga, gb] : [gb, ga];
    for (const i of members[drop]!) {
      groupOf[i] = keep;
      members[keep]!.push(i);
    }
    members[drop] = [];
    for (let w = 0; w < words; w++) mask[keep * words + w]! |= mask[drop * words + w]!;
    maxStart[keep] = Math.max(maxStart[keep]!, maxStart[drop]!);
    minEnd[keep] = Math.min(minEnd[keep]!, minEnd[drop]!);
  }
  const matches: SpanMatch[] = [];
  for (const group of members) {
    if (group.length === 0) continue;
    const ms = group.map((i) => spans[i]!).sort((x, y) => rank.get(x.annotator)! - rank.get(y.annotator)!);
    const ref = ms[0]!;
    let start = ref.start;
    let end = ref.end;
    let same = true;
    let categoryAgrees = true;
    let labelAgrees = true;
    for (const s of ms) {
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
      if (s.start !== ref.start || s.end !== ref.end) same = false;
      if (s.category !== ref.category) categoryAgrees = false;
      if (s.category !== ref.category || s.label !== ref.label) labelAgrees = false;
    }
    matches.push({
      articleId: ref.articleId,
      kind: ms.length === 1 ? 'only-one' : same ? 'same-span' : 'overlapping',
      spans: ms,
      start,
      end,
      missing: ms.length === annotators.length ? [] : annotators.filter((a) => !ms.some((s) => s.annotator === a)),
      categoryAgrees,
      labelAgrees,
      reference: ref.annotator,
      boundaries: ms.slice(1).map((s) => ({ annotator: s.annotator, startDelta: s.start - ref.start, endDelta: s.end - ref.end })),
    });
  }
  return matches.sort((x, y) => x.start - y.start || x.end - y.end || x.spans[0]!.id.localeCompare(y.spans[0]!.id));
}

/**
 * Matches across the chosen annotators, article by article (articles in id
 * order, matches in text order). Spans of other annotators are left out.
 */
export function matchSpans(spans: readonly ReviewSpan[], annotators: readonly string[]): SpanMatch[] {
  const chosen = new Set(annotators);
  const out: SpanMatch[] = [];
  for (const group of byArticle(spans.filter((s) => chosen.has(s.annotator))).values()) out.push(...matchArticle(group, annotators));
  return out;
}

/** Counts for a summary line: how many matches of each kind, and how many disagree on category or label. */
export function matchSummary(matches: readonly SpanMatch[]): Record<MatchKind | 'categoryDiffers' | 'labelDiffers', number> {
  const out = { 'same-span': 0, overlapping: 0, 'only-one': 0, categoryDiffers: 0, labelDiffers: 0 };
  for (const m of matches) {
    out[m.kind] += 1;
    if (!m.categoryAgrees) out.categoryDiffers += 1;
    else if (!m.labelAgrees) out.labelDiffers += 1;
  }
  return out;
}
