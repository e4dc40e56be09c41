import type { TextQuoteSelector } from '../model';
import type { TextRange } from '../text';

/**
 * Reading W3C selectors out of loosely shaped JSON (JSON-LD allows a single
 * object or an array almost everywhere). Shared by the W3C and Hypothesis
 * readers; a RangeSelector (DOM XPath) cannot be resolved without the page,
 * so only its quote and position partners are used.
 */

export type JsonObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value or list as a list (JSON-LD's "one or many"). */
export function many(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

export const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The first selector of a type, looking into refinedBy chains too. */
function selectorsOf(selectors: unknown): JsonObject[] {
  const out: JsonObject[] = [];
  for (const s of many(selectors)) {
    if (!isObject(s)) continue;
    out.push(s);
    out.push(...selectorsOf(s.refinedBy));
  }
  return out;
}

export interface ReadSelectors {
  quote?: TextQuoteSelector;
  position?: TextRange;
}

/** The quote and position selectors of a target, when present and well formed. */
export function readSelectors(selectors: unknown): ReadSelectors {
  const all = selectorsOf(selectors);
  const out: ReadSelectors = {};
  const q = all.find((s) => s.type === 'TextQuoteSelector');
  if (q && typeof q.exact === 'string' && q.exact.length > 0) {
    out.quote = { exact: q.exact, prefix: text(q.prefix) ?? '', suffix: text(q.suffix) ?? '' };
  }
  const p = all.find((s) => s.type === 'TextPositionSelector');
  if (p && Number.isInteger(p.start) && Number.isInteger(p.end) && (p.start as number) >= 0 && (p.end as number) > (p.start as number)) {
    out.position = { start: p.start as number, end: p.end as number };
  }
  return out;
}
