import type { SuggestIndex } from './build';
import { suggest, type SuggestSpan } from './suggest';

/**
 * Quality of suggestions against labelled pairs: for a source span and a
 * target article, the target sentences that report the same fact.
 * - precision@1: of the queries that got any suggestion in the target article (a
 *   "no close match" verdict is none), the share whose first one is relevant
 * - recall@k: share of queries with a relevant sentence among the first k suggestions
 *   in the target article. A query lists every acceptable sentence (a fact can
 *   sit in a headline and again in the body) and one found is enough, so with
 *   one relevant sentence per query this is the usual recall@k.
 */

export interface LabelledQuery {
  /** Names the fact, for reports. */
  fact: string;
  source: SuggestSpan;
  targetArticleId: string;
  /** Where the relevant text sits in the target article; a suggestion is relevant if its sentence overlaps one. */
  relevant: { start: number; end: number }[];
}

export interface SuggestionMetrics {
  queries: number;
  precisionAt1: number;
  recallAt1: number;
  recallAt3: number;
  /** Queries whose relevant sentence was not in the top 3. */
  misses: { fact: string; source: SuggestSpan; targetArticleId: string }[];
}

function hitAt(found: { start: number; end: number }[], relevant: { start: number; end: number }[], k: number): number {
  return found.slice(0, k).some((s) => relevant.some((r) => s.start < r.end && r.start < s.end)) ? 1 : 0;
}

/** Scores suggestions against labelled queries. */
export function suggestionMetrics(index: SuggestIndex, queries: readonly LabelledQuery[]): SuggestionMetrics {
  let answered = 0;
  let r1 = 0;
  let r3 = 0;
  const misses: SuggestionMetrics['misses'] = [];
  for (const q of queries) {
    const found = suggest(index, q.source, 3).filter((s) => s.articleId === q.targetArticleId && !s.noCloseMatch);
    if (found.length) answered++;
    r1 += hitAt(found, q.relevant, 1);
    const at3 = hitAt(found, q.relevant, 3);
    r3 += at3;
    if (at3 === 0) misses.push({ fact: q.fact, source: q.source, targetArticleId: q.targetArticleId });
  }
  const n = queries.length || 1;
  return { queries: queries.length, precisionAt1: answered ? r1 / answered : 0, recallAt1: r1 / n, recallAt3: r3 / n, misses };
}
