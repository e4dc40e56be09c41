import { type ReviewSpan, byArticle, overlapLength, overlappingPairs, overlaps } from './span';

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

interface Candidate {
  a: number;
  b: number;
  exact: boolean;
  jaccard: number;
  sameCategory: boolean;
  sameLabel: boolean;
}

function better(x: Candidate, y: Candidate): number {
  return (
    Number(y.exact) - Number(x.exact) ||
    Number(y.sameCategory) - Number(x.sameCategory) ||
    y.jaccard - x.jaccard ||
    Number(y.sameLabel) - Number(x.sameLabel)
  );
}

/**
 * Groups one article's spans into matches. Definition: a match holds at most
 * one span per annotator and every two of its spans overlap. Matches are
 * built from the best pairs first (identical offsets, then same category,
 * then the larger share of overlap — characters shared / characters
 * covered), so the result does not depend on the order annotators are
 * listed in. A span that overlaps nobody else's is a match of its own.
 */
function matchArticle(spans: readonly ReviewSpan[], annotators: readonly string[]): SpanMatch[] {
  const rank = new Map(annotators.map((a, i) => [a, i]));
  const candidates: Candidate[] = overlappingPairs(spans, (x, y) => x.annotator !== y.annotator).map(([a, b]) => {
    const x = spans[a]!;
    const y = spans[b]!;
    const shared = overlapLength(x, y);
    return {
      a,
      b,
      exact: x.start === y.start && x.end === y.end,
      jaccard: shared / (Math.max(x.end, y.end) - Math.min(x.start, y.start)),
      sameCategory: x.category === y.category,
      sameLabel: x.label === y.label,
    };
  });
  candidates.sort(better);
  const groupOf = spans.map((_, i) => i);
  const members = spans.map((_, i) => [i]);
  for (const { a, b } of candidates) {
    const ga = groupOf[a]!;
    const gb = groupOf[b]!;
    if (ga === gb) continue;
    const ma = members[ga]!;
    const mb = members[gb]!;
    const clash = ma.some((i) => mb.some((j) => spans[i]!.annotator === spans[j]!.annotator || !overlaps(spans[i]!, spans[j]!)));
    if (clash) continue;
    const [keep, drop] = ma.length >= mb.length ? [ga, gb] : [gb, ga];
    for (const i of members[drop]!) {
      groupOf[i] = keep;
      members[keep]!.push(i);
    }
    members[drop] = [];
  }
  const matches: SpanMatch[] = [];
  for (const group of members) {
    if (group.length === 0) continue;
    const ms = group.map((i) => spans[i]!).sort((x, y) => rank.get(x.annotator)! - rank.get(y.annotator)!);
    const ref = ms[0]!;
    const present = new Set(ms.map((s) => s.annotator));
    matches.push({
      articleId: ref.articleId,
      kind: ms.length === 1 ? 'only-one' : ms.every((s) => s.start === ref.start && s.end === ref.end) ? 'same-span' : 'overlapping',
      spans: ms,
      start: Math.min(...ms.map((s) => s.start)),
      end: Math.max(...ms.map((s) => s.end)),
      missing: annotators.filter((a) => !present.has(a)),
      categoryAgrees: ms.every((s) => s.category === ref.category),
      labelAgrees: ms.every((s) => s.category === ref.category && s.label === ref.label),
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
