import { normalizeForMatch, normalizeWithMap } from '../text/normalize';
import type { TermTable } from './types';

/**
 * Referent variants across outlets: for the words outlets use for one
 * referent ("Israel", "Tel Aviv", "the Zionist regime"), how often each
 * occurs in each article. Matching is on normalised text (case, quotes,
 * dashes, whitespace) at word boundaries; each stretch of text counts once,
 * for the longest variant that covers it ("Zionist regime" is not also
 * counted as "regime"). Boilerplate blocks are skipped when blocks are given.
 */

export interface TermArticle {
  id: string;
  outletName: string;
  text: string;
  blocks?: readonly { start: number; end: number; boilerplate?: unknown }[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function occurrences(norm: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let at = norm.indexOf(needle); at >= 0; at = norm.indexOf(needle, at + 1)) {
    const before = norm[at - 1];
    const after = norm[at + needle.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) out.push(at);
  }
  return out;
}

/**
 * Counts each variant in each article. `referentTerms` are the members' texts
 * (one list per outlet, or one flat list); duplicates after normalisation are
 * merged, keeping the first spelling.
 */
export function termVariants(referentTerms: readonly (string | readonly string[])[], articles: readonly TermArticle[]): TermTable {
  const seen = new Map<string, string>();
  for (const t of referentTerms.flat()) {
    const key = normalizeForMatch(t);
    if (key && !seen.has(key)) seen.set(key, t.trim());
  }
  const variants = [...seen].map(([key, term]) => ({ key, term }));
  // Longest first, so a long variant claims its text before a shorter one inside it.
  const order = variants.map((_, i) => i).sort((a, b) => variants[b]!.key.length - variants[a]!.key.length);
  const rows = variants.map((v) => ({ term: v.term, counts: articles.map(() => 0), total: 0 }));
  const found: TermTable['occurrences'] = [];
  articles.forEach((article, ai) => {
    const { text: norm, starts, ends } = normalizeWithMap(article.text);
    const skip = (article.blocks ?? []).filter((b) => b.boilerplate);
    const claimed: [number, number][] = [];
    for (const vi of order) {
      const v = variants[vi]!;
      for (const at of occurrences(norm, v.key)) {
        const endAt = at + v.key.length;
        if (claimed.some(([s, e]) => at < e && s < endAt)) continue;
        const start = starts[at]!;
        const end = ends[endAt - 1]!;
        if (skip.some((b) => start < b.end && b.start < end)) continue;
        claimed.push([at, endAt]);
        rows[vi]!.counts[ai]! += 1;
        rows[vi]!.total += 1;
        found.push({ row: vi, articleId: article.id, start, end });
      }
    }
  });
  found.sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start));
  return { articles: articles.map((a) => ({ id: a.id, outletName: a.outletName })), rows, occurrences: found };
}
