import { type ReviewSpan, byArticle, overlapLength, overlappingPairs } from './span';

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
function matchArticle(spans: readonly ReviewSpan[], annotators: readonly string[]): SpanMatch[] {
  const rank = new Map(annotators.map((a, i) => [a, i]));
  const coder = spans.map((s) => rank.get(s.annotator)!);
  const pairs = overlappingPairs(spans, (x, y) => x.annotator !== y.annotator);
  const score = new Float64Array(pairs.length);
  pairs.forEach(([a, b], p) => {
    const x = spans[a]!;
    const y = spans[b]!;
    const jaccard = overlapLength(x, y) / (Math.max(x.end, y.end) - Math.min(x.start, y.start));
    score[p] =
      (x.start === y.start && x.end === y.end ? 8 : 0) + (x.category === y.category ? 4 : 0) + 2 * jaccard + (x.label === y.label ? 1e-12 : 0);
  });
  const order = Array.from(pairs.keys()).sort((p, q) => score[q]! - score[p]!);
  // Union of groups; all spans of a group overlap each other exactly when the
  // latest start lies before the earliest end (intervals on a line).
  const groupOf = Int32Array.from(spans.keys());
  const members = spans.map((_, i) => [i]);
  const coders = spans.map((_, i) => new Set([coder[i]!]));
  const maxStart = spans.map((s) => s.start);
  const minEnd = spans.map((s) => s.end);
  for (const p of order) {
    const [a, b] = pairs[p]!;
    const ga = groupOf[a]!;
    const gb = groupOf[b]!;
    if (ga === gb) continue;
    if (Math.max(maxStart[ga]!, maxStart[gb]!) >= Math.min(minEnd[ga]!, minEnd[gb]!)) continue;
    const [keep, drop] = members[ga]!.length >= members[gb]!.length ? [ga, gb] : [gb, ga];
    const kept = coders[keep]!;
    if ([...coders[drop]!].some((c) => kept.has(c))) continue;
    for (const i of members[drop]!) {
      groupOf[i] = keep;
      members[keep]!.push(i);
      kept.add(coder[i]!);
    }
    members[drop] = [];
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
