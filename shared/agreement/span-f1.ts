import { type ReviewSpan, byArticle, overlapLength } from '../review';
import { type Figure, figure, notComputable } from './figure';

/** `exact`: same offsets and same category. `overlap`: at least one shared character and same category. */
export type SpanMatchMode = 'exact' | 'overlap';

/** Spans on each side and how many were paired one to one. */
export interface SpanCounts {
  matched: number;
  reference: number;
  candidate: number;
}

/** Span F1 with its parts; precision or recall is null when its side has no spans. */
export interface SpanF1 extends SpanCounts {
  precision: number | null;
  recall: number | null;
  f1: number;
}

/** The key two spans must share to match; by default their category. */
export type SpanKey = (span: ReviewSpan) => string | undefined;
const byCategory: SpanKey = (s) => s.category;

function byStart(a: ReviewSpan, b: ReviewSpan): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Pairs spans of two annotators in one article one to one and counts the
 * pairs per key. Overlap mode takes the pairs sharing the larger fraction of
 * their characters first (then position), so swapping the annotators gives
 * the same count. Spans whose key is undefined are left out.
 */
export function articleMatchCounts(
  reference: readonly ReviewSpan[],
  candidate: readonly ReviewSpan[],
  mode: SpanMatchMode,
  key: SpanKey = byCategory,
  into: Map<string, SpanCounts> = new Map(),
): Map<string, SpanCounts> {
  const counts = (k: string) => {
    let c = into.get(k);
    if (!c) into.set(k, (c = { matched: 0, reference: 0, candidate: 0 }));
    return c;
  };
  const ref = reference.filter((s) => key(s) !== undefined);
  const cand = candidate.filter((s) => key(s) !== undefined);
  for (const s of ref) counts(key(s)!).reference += 1;
  for (const s of cand) counts(key(s)!).candidate += 1;
  if (mode === 'exact') {
    const pending = new Map<string, number>();
    for (const s of ref) {
      const k = `${s.start}:${s.end}:${key(s)}`;
      pending.set(k, (pending.get(k) ?? 0) + 1);
    }
    for (const s of cand) {
      const k = `${s.start}:${s.end}:${key(s)}`;
      const left = pending.get(k) ?? 0;
      if (left > 0) {
        pending.set(k, left - 1);
        counts(key(s)!).matched += 1;
      }
    }
    return into;
  }
  const a = [...ref].sort(byStart);
  const b = [...cand].sort(byStart);
  const pairs: { i: number; j: number; share: number; lo: number; hi: number }[] = [];
  let from = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    while (from < b.length && b[from]!.end <= x.start && b[from]!.start < x.start) from += 1;
    for (let j = from; j < b.length && b[j]!.start < x.end; j++) {
      const y = b[j]!;
      if (y.end <= x.start || key(x) !== key(y)) continue;
      const lo = Math.min(x.start, y.start);
      const hi = Math.max(x.end, y.end);
      pairs.push({ i, j, share: overlapLength(x, y) / (hi - lo), lo, hi });
    }
  }
  pairs.sort((p, q) => q.share - p.share || p.lo - q.lo || p.hi - q.hi);
  const usedA = new Uint8Array(a.length);
  const usedB = new Uint8Array(b.length);
  for (const p of pairs) {
    if (usedA[p.i] || usedB[p.j]) continue;
    usedA[p.i] = 1;
    usedB[p.j] = 1;
    counts(key(a[p.i]!)!).matched += 1;
  }
  return into;
}

/** F1 from counts: 2·matched / (reference + candidate), the same whichever side is the reference. */
export function f1OfCounts(c: SpanCounts): Figure<SpanF1> {
  if (c.reference + c.candidate === 0) return notComputable('Neither annotator tagged a span here');
  return figure({
    ...c,
    precision: c.candidate > 0 ? c.matched / c.candidate : null,
    recall: c.reference > 0 ? c.matched / c.reference : null,
    f1: (2 * c.matched) / (c.reference + c.candidate),
  });
}

/** Adds counts into a running total. */
export function addCounts(total: SpanCounts, c: SpanCounts): SpanCounts {
  total.matched += c.matched;
  total.reference += c.reference;
  total.candidate += c.candidate;
  return total;
}

/**
 * Span F1 of `candidate` against `reference` (spans of any articles; spans
 * only match within one article). Precision = matched / candidate spans,
 * recall = matched / reference spans; F1 is symmetric in the two.
 */
export function spanF1(reference: readonly ReviewSpan[], candidate: readonly ReviewSpan[], mode: SpanMatchMode): Figure<SpanF1> {
  const refs = byArticle(reference);
  const cands = byArticle(candidate);
  const total: SpanCounts = { matched: 0, reference: 0, candidate: 0 };
  for (const id of new Set([...refs.keys(), ...cands.keys()])) {
    for (const c of articleMatchCounts(refs.get(id) ?? [], cands.get(id) ?? [], mode).values()) addCounts(total, c);
  }
  return f1OfCounts(total);
}
