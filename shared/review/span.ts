import type { Annotation } from '../model';

/** What review and agreement need of an annotation: who tagged which offsets as what. */
export interface ReviewSpan {
  id: string;
  articleId: string;
  annotator: string;
  category: string;
  label?: string;
  /** Offsets into the article's canonical text, [start, end). */
  start: number;
  end: number;
}

/** The review view of a stored annotation. */
export function spanOf(annotation: Annotation): ReviewSpan {
  const span: ReviewSpan = {
    id: annotation.id,
    articleId: annotation.articleId,
    annotator: annotation.annotator,
    category: annotation.category,
    start: annotation.position.start,
    end: annotation.position.end,
  };
  if (annotation.label !== undefined) span.label = annotation.label;
  return span;
}

/** Whether two spans share at least one character. */
export function overlaps(a: ReviewSpan, b: ReviewSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Characters two spans share. */
export function overlapLength(a: ReviewSpan, b: ReviewSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Spans grouped by article, articles in id order. */
export function byArticle<T extends { articleId: string }>(spans: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const s of spans) {
    const g = groups.get(s.articleId);
    if (g) g.push(s);
    else groups.set(s.articleId, [s]);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Every pair of overlapping spans (one article) that `accept` keeps, found by
 * sorting on start and sweeping, so the cost follows the overlaps, not n².
 * Pairs are index pairs into `spans`.
 */
export function overlappingPairs(spans: readonly ReviewSpan[], accept: (a: ReviewSpan, b: ReviewSpan) => boolean): [number, number][] {
  const order = spans.map((_, i) => i).sort((i, j) => spans[i]!.start - spans[j]!.start || spans[i]!.end - spans[j]!.end);
  const pairs: [number, number][] = [];
  const active: number[] = [];
  for (const i of order) {
    const s = spans[i]!;
    let kept = 0;
    for (const k of active) {
      if (spans[k]!.end <= s.start) continue;
      active[kept++] = k;
      if (accept(spans[k]!, s)) pairs.push([k, i]);
    }
    active.length = kept;
    active.push(i);
  }
  return pairs;
}
