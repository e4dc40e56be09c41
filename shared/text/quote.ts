import type { TextQuoteSelector } from '../model';
import { normalizeForMatch, normalizeWithMap } from './normalize';

/** How much context a quote selector keeps either side of the exact text. */
export const QUOTE_CONTEXT = 32;

export interface TextRange {
  start: number;
  end: number;
}

/** Every place the quote occurs in the text, matched after normalisation, as offsets into the original. */
export function findQuoteAll(text: string, quote: string): TextRange[] {
  const needle = normalizeForMatch(quote);
  if (needle.length === 0) return [];
  const hay = normalizeWithMap(text);
  const found: TextRange[] = [];
  let from = 0;
  for (;;) {
    const at = hay.text.indexOf(needle, from);
    if (at < 0) break;
    found.push({ start: hay.starts[at]!, end: hay.ends[at + needle.length - 1]! });
    from = at + 1;
  }
  return found;
}

/** The n-th (1-based) occurrence of a quote, or undefined. */
export function findQuote(text: string, quote: string, occurrence = 1): TextRange | undefined {
  return findQuoteAll(text, quote)[occurrence - 1];
}

/** The quote selector for a range: exact text plus context either side. */
export function quoteSelector(text: string, range: TextRange): TextQuoteSelector {
  return {
    exact: text.slice(range.start, range.end),
    prefix: text.slice(Math.max(0, range.start - QUOTE_CONTEXT), range.start),
    suffix: text.slice(range.end, range.end + QUOTE_CONTEXT),
  };
}

/**
 * Where an annotation sits in a text: its stored position when the text there
 * still equals the quote, else the occurrence of the quote whose context best
 * matches, else undefined (orphaned).
 */
export function anchor(text: string, position: TextRange, quote: TextQuoteSelector): TextRange | undefined {
  if (text.slice(position.start, position.end) === quote.exact) return position;
  const candidates = findQuoteAll(text, quote.exact);
  if (candidates.length === 0) return undefined;
  let best = candidates[0]!;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const prefix = text.slice(Math.max(0, c.start - quote.prefix.length), c.start);
    const suffix = text.slice(c.end, c.end + quote.suffix.length);
    const score =
      commonSuffix(prefix, quote.prefix) + commonPrefix(suffix, quote.suffix) - Math.abs(c.start - position.start) / 1e6;
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/** Characters two strings share from the start. */
export function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Characters two strings share at the end. */
export function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
