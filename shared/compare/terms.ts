import { normalizeForMatch, normalizeWithMap } from '../text/normalize';
import { extractActors } from './actors';
import { TERM_FAMILIES } from './data/term-families';
import type { TermTable } from './types';
import { unitLemma } from './units';

/**
 * Referent variants across outlets: for the words outlets use for one
 * referent ("Israel", "Tel Aviv", "the Zionist regime"), how often each
 * occurs in each article. Matching is on normalised text (case, quotes,
 * dashes, whitespace) at word boundaries; each stretch of text counts once,
 * for the longest variant that covers it ("Zionist regime" is not also
 * counted as "regime"). Boilerplate blocks are skipped when blocks are given.
 *
 * - A span longer than four words is not a term: its referent phrases are
 *   (the family variants it contains, else the actors it names), so a
 *   sentence-length span "The Zionist regime refuses to ..." gives "Zionist regime".
 * - A variant whose last word is written in lower case also matches its
 *   plural or singular ("terrorist" counts "terrorists"); proper names match
 *   as written ("Hamas" never matches "Hama").
 * - Rows carry the family of their variant (data/term-families.ts), so
 *   "terrorist" and "terror group" can be counted together.
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

/** Plural of a lower-case noun ("fighter" -> "fighters", "gunman" -> "gunmen", "entity" -> "entities"). */
function pluralOf(word: string): string {
  if (/man$/.test(word)) return word.slice(0, -3) + 'men';
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(word)) return word + 'es';
  return word + 's';
}

/** The normalised forms a variant matches: itself, and its singular and plural when its last word is written in lower case. */
function formsOf(variant: string): string[] {
  const key = normalizeForMatch(variant);
  const written = variant.trim().split(/\s+/).pop() ?? '';
  if (!key || !/^[a-z]/.test(written)) return key ? [key] : [];
  const words = key.split(' ');
  const last = words.pop()!;
  const singular = unitLemma(last);
  return [...new Set([last, singular, pluralOf(singular)])].map((w) => [...words, w].join(' '));
}

/** One key for a variant and its inflections: the singular when its last word is written in lower case. */
function variantKey(variant: string): string {
  const key = normalizeForMatch(variant);
  const written = variant.trim().split(/\s+/).pop() ?? '';
  if (!key || !/^[a-z]/.test(written)) return key;
  const words = key.split(' ');
  words.push(unitLemma(words.pop()!));
  return words.join(' ');
}

const FAMILY_OF = new Map<string, string>();
for (const f of TERM_FAMILIES) for (const v of f.variants) FAMILY_OF.set(variantKey(v.toLowerCase()), f.name);

/** The family of a referent variant ("terrorists" -> 'terror'), if the family table lists it. */
export function familyOf(variant: string): string | undefined {
  return FAMILY_OF.get(variantKey(variant.toLowerCase()));
}

const FAMILY_VARIANTS = TERM_FAMILIES.flatMap((f) => f.variants).sort((a, b) => b.length - a.length);

/** Offsets in `text` of the given variants (longest first), each stretch of text once. */
function findVariants(text: string, variants: readonly string[]): { start: number; end: number; variant: number }[] {
  const { text: norm, starts, ends } = normalizeWithMap(text);
  const claimed: [number, number][] = [];
  const out: { start: number; end: number; variant: number }[] = [];
  const order = variants.map((_, i) => i).sort((a, b) => normalizeForMatch(variants[b]!).length - normalizeForMatch(variants[a]!).length);
  for (const vi of order) {
    for (const form of formsOf(variants[vi]!)) {
      for (const at of occurrences(norm, form)) {
        const endAt = at + form.length;
        if (claimed.some(([s, e]) => at < e && s < endAt)) continue;
        claimed.push([at, endAt]);
        out.push({ start: starts[at]!, end: ends[endAt - 1]!, variant: vi });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The referent phrases of a member's span: a span of four words or fewer is
 * itself; a longer one gives the family variants it contains, else the
 * actors it names, in the text's own spelling; none when it names neither.
 */
export function referentTerms(span: string): string[] {
  const t = span.trim();
  if (t.split(/\s+/).length <= 4) return t ? [t] : [];
  const family = findVariants(t, FAMILY_VARIANTS).map((f) => t.slice(f.start, f.end));
  const found = family.length ? family : extractActors(t).map((a) => a.text);
  return [...new Set(found)];
}

/**
 * Counts each variant in each article. `referentTerms` are the members' texts
 * (one list per outlet, or one flat list), read through `referentTerms`;
 * duplicates after normalisation and inflection are merged, keeping the first spelling.
 */
export function termVariants(memberTexts: readonly (string | readonly string[])[], articles: readonly TermArticle[]): TermTable {
  const seen = new Map<string, string>();
  for (const t of memberTexts.flat().flatMap(referentTerms)) {
    const key = variantKey(t);
    if (key && !seen.has(key)) seen.set(key, t);
  }
  const terms = [...seen.values()];
  const rows: TermTable['rows'] = terms.map((term) => {
    const family = familyOf(term);
    return { term, counts: articles.map(() => 0), total: 0, ...(family ? { family } : {}) };
  });
  const found: TermTable['occurrences'] = [];
  articles.forEach((article, ai) => {
    const skip = (article.blocks ?? []).filter((b) => b.boilerplate);
    for (const o of findVariants(article.text, terms)) {
      if (skip.some((b) => o.start < b.end && b.start < o.end)) continue;
      rows[o.variant]!.counts[ai]! += 1;
      rows[o.variant]!.total += 1;
      found.push({ row: o.variant, articleId: article.id, start: o.start, end: o.end });
    }
  });
  found.sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start));
  return { articles: articles.map((a) => ({ id: a.id, outletName: a.outletName })), rows, occurrences: found };
}

/** Per article of a term table: how often the referent occurs there, and whether the outlet covers it (at least once). */
export function referentCoverage(table: TermTable): { articleId: string; outletName: string; count: number; covers: boolean }[] {
  return table.articles.map((a, i) => {
    const count = table.rows.reduce((sum, r) => sum + (r.counts[i] ?? 0), 0);
    return { articleId: a.id, outletName: a.outletName, count, covers: count > 0 };
  });
}
