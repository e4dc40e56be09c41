import type { TextQuoteSelector } from '../model';
import { findQuoteAll, type TextRange } from '../text';

/**
 * Finding where an imported annotation belongs in an article whose text may
 * differ from the one it was made on, in four steps, each only when the one
 * before failed: the stored offsets (when the text there is still the
 * quote), the exact quote, the quote after normalisation (shared/text's
 * normaliser: NFKC, quotes, dashes, case, whitespace), and last an
 * approximate match scored by edit distance, bounded to a fifth of the
 * quote's length. Among several candidates the one whose surroundings best
 * match the selector's prefix and suffix wins, then the one nearest the old
 * offsets.
 */

export type AnchorMethod = 'position' | 'exact' | 'normalised' | 'fuzzy';

export interface Anchored extends TextRange {
  method: AnchorMethod;
}

/** Fewest edits allowed for a fuzzy match of a quote of this length (a fifth, at least one). */
export function fuzzyBudget(length: number): number {
  return Math.max(1, Math.floor(length / 5));
}

/** Quotes longer than this are matched fuzzily on their first and last parts only, keeping the search bounded. */
const FUZZY_MAX_QUOTE = 400;

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** How well the text around a range matches the selector's context, from 0 (not at all) to 1. */
function contextScore(text: string, range: TextRange, quote: TextQuoteSelector): number {
  const total = quote.prefix.length + quote.suffix.length;
  if (total === 0) return 0;
  const before = text.slice(Math.max(0, range.start - quote.prefix.length), range.start);
  const after = text.slice(range.end, range.end + quote.suffix.length);
  return (commonSuffix(before, quote.prefix) + commonPrefix(after, quote.suffix)) / total;
}

function best(text: string, candidates: readonly (TextRange & { cost?: number })[], quote: TextQuoteSelector, near: number | undefined, budget = 1): TextRange | undefined {
  let winner: TextRange | undefined;
  let winnerScore = Infinity;
  for (const c of candidates) {
    const distance = near === undefined ? 0 : Math.abs(c.start - near) / (text.length + 1);
    const score = (c.cost ?? 0) / budget - contextScore(text, c, quote) + distance * 1e-3;
    if (score < winnerScore) {
      winnerScore = score;
      winner = { start: c.start, end: c.end };
    }
  }
  return winner;
}

/**
 * Approximate matches of `pattern` in `text` with at most `budget` edits
 * (Sellers' algorithm: edit distance where the match may start anywhere),
 * each with its cost; only the cheapest end of each run of neighbouring ends.
 */
export function approximateMatches(text: string, pattern: string, budget: number): (TextRange & { cost: number })[] {
  const m = pattern.length;
  if (m === 0) return [];
  let cost = new Int32Array(m + 1);
  let start = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) cost[i] = i;
  let nextCost = new Int32Array(m + 1);
  let nextStart = new Int32Array(m + 1);
  const found: (TextRange & { cost: number })[] = [];
  for (let j = 1; j <= text.length; j++) {
    const ch = text[j - 1];
    nextCost[0] = 0;
    nextStart[0] = j;
    for (let i = 1; i <= m; i++) {
      const substitute = cost[i - 1]! + (pattern[i - 1] === ch ? 0 : 1);
      const skipText = cost[i]! + 1;
      const skipPattern = nextCost[i - 1]! + 1;
      if (substitute <= skipText && substitute <= skipPattern) {
        nextCost[i] = substitute;
        nextStart[i] = start[i - 1]!;
      } else if (skipText <= skipPattern) {
        nextCost[i] = skipText;
        nextStart[i] = start[i]!;
      } else {
        nextCost[i] = skipPattern;
        nextStart[i] = nextStart[i - 1]!;
      }
    }
    [cost, nextCost] = [nextCost, cost];
    [start, nextStart] = [nextStart, start];
    const c = cost[m]!;
    if (c <= budget) {
      const last = found[found.length - 1];
      const hit = { start: start[m]!, end: j, cost: c };
      if (last && hit.start <= last.end) {
        if (c < last.cost) found[found.length - 1] = hit;
      } else found.push(hit);
    }
  }
  return found;
}

function fuzzy(text: string, quote: TextQuoteSelector, near: number | undefined): TextRange | undefined {
  const exact = quote.exact;
  if (exact.length <= FUZZY_MAX_QUOTE) {
    const budget = fuzzyBudget(exact.length);
    return best(text, approximateMatches(text, exact, budget), quote, near, budget);
  }
  // A long quote: anchor its head and tail separately and accept them when they frame a span of about the right length.
  const part = FUZZY_MAX_QUOTE / 2;
  const budget = fuzzyBudget(part);
  const head = best(text, approximateMatches(text, exact.slice(0, part), budget), { exact: '', prefix: quote.prefix, suffix: '' }, near, budget);
  if (!head) return undefined;
  const tail = best(text.slice(head.end), approximateMatches(text.slice(head.end), exact.slice(-part), budget), { exact: '', prefix: '', suffix: quote.suffix }, undefined, budget);
  if (!tail) return undefined;
  const range = { start: head.start, end: head.end + tail.end };
  const length = range.end - range.start;
  return Math.abs(length - exact.length) <= fuzzyBudget(exact.length) ? range : undefined;
}

/** Where the quote (with optional old offsets) sits in `text`, and how it was found; undefined when it cannot be placed. */
export function reanchor(text: string, quote: TextQuoteSelector, position?: TextRange): Anchored | undefined {
  if (quote.exact.length === 0) return undefined;
  if (position && position.end <= text.length && text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: 'position' };
  }
  const near = position?.start;
  const exact: TextRange[] = [];
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) exact.push({ start: at, end: at + quote.exact.length });
  const exactHit = best(text, exact, quote, near);
  if (exactHit) return { ...exactHit, method: 'exact' };
  const normalisedHit = best(text, findQuoteAll(text, quote.exact), quote, near);
  if (normalisedHit) return { ...normalisedHit, method: 'normalised' };
  const fuzzyHit = fuzzy(text, quote, near);
  return fuzzyHit && fuzzyHit.end > fuzzyHit.start ? { ...fuzzyHit, method: 'fuzzy' } : undefined;
}
