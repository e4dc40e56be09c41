import type { ConflictExpectation, EvalSet, SentenceRef } from './format';

/**
 * Scores a suggester and a conflict checker against one evaluation set.
 * Pure: the functions under test are passed in (see adapters.ts for the
 * current shared/suggest and shared/compare behind them).
 *
 * A query is a labelled sentence and one other article. It is a match query
 * when the labels pair the sentence with sentences of that article (any of
 * them is a hit), a no-match query when the labels say the article does not
 * report the sentence's facts.
 * - recall@k: share of match queries with a relevant sentence among the first
 *   k candidates offered in that article;
 * - precision@1: share of queries (match and no-match) whose first candidate
 *   in that article, when one is offered, is relevant; a candidate offered on
 *   a no-match query is wrong by the labels;
 * - precision@1 (matched): the same over match queries only;
 * - no-match precision / recall: of the queries where the suggester says "no
 *   close match in this outlet", the share labelled no-match, and of the
 *   no-match queries, the share it says so for (null when it never says so).
 */

/** One suggested sentence of another article, by the indexes of the labelled sentences it covers. */
export interface EvalCandidate {
  articleId: string;
  sentences: number[];
  score: number;
}

export interface EvalSuggestions {
  /** Ranked best first; several per article. */
  candidates: EvalCandidate[];
  /** Articles where the suggester says there is no close match (optional: absent when it gives no such verdict). */
  noCloseMatch?: readonly string[];
}

export type EvalSuggest = (query: SentenceRef) => EvalSuggestions;

export interface EvalQuery {
  source: SentenceRef;
  targetArticleId: string;
  /** Relevant sentence indexes in the target; empty for a no-match query. */
  relevant: number[];
  fact: string;
}

/** The queries of a set: one per labelled sentence and other article that the labels speak about. */
export function evalQueries(set: EvalSet): EvalQuery[] {
  const byKey = new Map<string, EvalQuery>();
  const add = (source: SentenceRef, target: SentenceRef | null, targetArticleId: string, fact: string) => {
    const key = `${source.article}:${source.sentence}>${targetArticleId}`;
    const q = byKey.get(key) ?? { source, targetArticleId, relevant: [], fact };
    if (target && !q.relevant.includes(target.sentence)) q.relevant.push(target.sentence);
    byKey.set(key, q);
  };
  for (const p of set.pairs) {
    add(p.a, p.b, p.b.article, p.fact);
    add(p.b, p.a, p.a.article, p.fact);
  }
  for (const n of set.noMatch) add({ article: n.article, sentence: n.sentence }, null, n.inArticle, 'no match');
  return [...byKey.values()];
}

export interface SuggestionScores {
  /** Distinct labelled query sentences. */
  sentences: number;
  matchQueries: number;
  noMatchQueries: number;
  recallAt1: number;
  recallAt3: number;
  precisionAt1: number;
  precisionAt1Matched: number;
  noMatchPrecision: number | null;
  noMatchRecall: number | null;
  /** Match queries whose relevant sentence was not in the first 3. */
  misses: { source: SentenceRef; targetArticleId: string; fact: string }[];
}

const ratio = (n: number, d: number): number => (d ? n / d : 0);

export function scoreSuggestions(set: EvalSet, suggestFn: EvalSuggest): SuggestionScores {
  const queries = evalQueries(set);
  const cache = new Map<string, EvalSuggestions>();
  let match = 0, noMatch = 0, r1 = 0, r3 = 0, shown = 0, shownRight = 0, shownMatched = 0, shownMatchedRight = 0;
  let verdicts = 0, verdictsRight = 0, anyVerdicts = false;
  const misses: SuggestionScores['misses'] = [];
  for (const q of queries) {
    const key = `${q.source.article}:${q.source.sentence}`;
    const result = cache.get(key) ?? suggestFn(q.source);
    cache.set(key, result);
    if (result.noCloseMatch) anyVerdicts = true;
    const saysNone = result.noCloseMatch?.includes(q.targetArticleId) ?? false;
    const found = saysNone ? [] : result.candidates.filter((c) => c.articleId === q.targetArticleId);
    const hit = (k: number) => found.slice(0, k).some((c) => c.sentences.some((s) => q.relevant.includes(s)));
    if (saysNone) {
      verdicts++;
      if (q.relevant.length === 0) verdictsRight++;
    }
    if (found.length) {
      shown++;
      if (hit(1)) shownRight++;
    }
    if (q.relevant.length === 0) {
      noMatch++;
      continue;
    }
    match++;
    if (found.length) {
      shownMatched++;
      if (hit(1)) shownMatchedRight++;
    }
    if (hit(1)) r1++;
    if (hit(3)) r3++;
    else misses.push({ source: q.source, targetArticleId: q.targetArticleId, fact: q.fact });
  }
  const noMatchCaught = anyVerdicts ? queries.filter((q) => q.relevant.length === 0 && cache.get(`${q.source.article}:${q.source.sentence}`)?.noCloseMatch?.includes(q.targetArticleId)).length : 0;
  return {
    sentences: cache.size,
    matchQueries: match,
    noMatchQueries: noMatch,
    recallAt1: ratio(r1, match),
    recallAt3: ratio(r3, match),
    precisionAt1: ratio(shownRight, shown),
    precisionAt1Matched: ratio(shownMatchedRight, shownMatched),
    noMatchPrecision: anyVerdicts && verdicts ? verdictsRight / verdicts : null,
    noMatchRecall: anyVerdicts ? ratio(noMatchCaught, noMatch) : null,
    misses,
  };
}

/** Whether a checker flags the members of one labelled conflict as disagreeing. */
export type EvalConflictCheck = (members: readonly SentenceRef[]) => { flagged: boolean; messages: string[] };

export interface ConflictScores {
  cases: number;
  /** Expected incompatible and flagged. */
  flagged: number;
  /** Expected incompatible, not flagged. */
  missed: number;
  /** Expected same or different, flagged. */
  wronglyFlagged: number;
  /** Of those, expected the same reading: an "incompatible" verdict on a compatible pair at its plainest. */
  flaggedOnSame: number;
  /** Expected same or different, not flagged. */
  quiet: number;
  byExpectation: Record<ConflictExpectation, { cases: number; flagged: number }>;
  errors: { fact: string; expected: ConflictExpectation; messages: string[] }[];
}

export function scoreConflicts(set: EvalSet, check: EvalConflictCheck): ConflictScores {
  const scores: ConflictScores = {
    cases: 0, flagged: 0, missed: 0, wronglyFlagged: 0, flaggedOnSame: 0, quiet: 0,
    byExpectation: { incompatible: { cases: 0, flagged: 0 }, different: { cases: 0, flagged: 0 }, same: { cases: 0, flagged: 0 } },
    errors: [],
  };
  for (const c of set.conflicts) {
    const { flagged, messages } = check(c.members);
    scores.cases++;
    scores.byExpectation[c.expected].cases++;
    if (flagged) scores.byExpectation[c.expected].flagged++;
    if (c.expected === 'incompatible') {
      if (flagged) scores.flagged++;
      else {
        scores.missed++;
        scores.errors.push({ fact: c.fact, expected: c.expected, messages });
      }
    } else if (flagged) {
      scores.wronglyFlagged++;
      if (c.expected === 'same') scores.flaggedOnSame++;
      scores.errors.push({ fact: c.fact, expected: c.expected, messages });
    } else scores.quiet++;
  }
  return scores;
}

export interface SetScores {
  story: string;
  split: EvalSet['split'];
  articles: number;
  pairs: number;
  figures: number;
  suggestions: SuggestionScores;
  conflicts: ConflictScores;
}

export function scoreSet(set: EvalSet, suggestFn: EvalSuggest, check: EvalConflictCheck): SetScores {
  return {
    story: set.story,
    split: set.split,
    articles: set.articles.length,
    pairs: set.pairs.length,
    figures: set.figures.length,
    suggestions: scoreSuggestions(set, suggestFn),
    conflicts: scoreConflicts(set, check),
  };
}
