import { describe, expect, it } from 'vitest';
import type { EvalSet, SentenceRef } from './format';
import { evalQueries, scoreConflicts, scoreSuggestions, type EvalSuggestions } from './score-set';

const set: EvalSet = {
  story: 'toy',
  split: 'dev',
  articles: [
    { id: 'a', outlet: 'A', url: 'https://a.example/', publishedAt: null, sentences: ['q0', 'q1', 'q2'] },
    { id: 'b', outlet: 'B', url: 'https://b.example/', publishedAt: null, sentences: ['b0', 'b1', 'b2'] },
  ],
  pairs: [
    { a: { article: 'a', sentence: 0 }, b: { article: 'b', sentence: 1 }, fact: 'f0' },
    { a: { article: 'a', sentence: 1 }, b: { article: 'b', sentence: 2 }, fact: 'f1' },
  ],
  noMatch: [
    { article: 'a', sentence: 2, inArticle: 'b' },
    { article: 'b', sentence: 0, inArticle: 'a' },
  ],
  figures: [],
  conflicts: [
    { fact: 'c0', members: [{ article: 'a', sentence: 0 }, { article: 'b', sentence: 1 }], expected: 'incompatible' },
    { fact: 'c1', members: [{ article: 'a', sentence: 1 }, { article: 'b', sentence: 2 }], expected: 'incompatible' },
    { fact: 'c2', members: [{ article: 'a', sentence: 2 }, { article: 'b', sentence: 0 }], expected: 'same' },
    { fact: 'c3', members: [{ article: 'a', sentence: 0 }, { article: 'b', sentence: 0 }], expected: 'different' },
  ],
};

const key = (r: SentenceRef) => `${r.article}:${r.sentence}`;
const cand = (articleId: string, ...sentences: number[]) => sentences.map((s, i) => ({ articleId, sentences: [s], score: 1 - i / 10 }));

describe('evalQueries', () => {
  it('makes a query each way per pair and one per no-match label', () => {
    const qs = evalQueries(set);
    expect(qs).toHaveLength(6);
    expect(qs.find((q) => key(q.source) === 'b:1')).toMatchObject({ targetArticleId: 'a', relevant: [0] });
    expect(qs.find((q) => key(q.source) === 'a:2')).toMatchObject({ targetArticleId: 'b', relevant: [] });
  });
});

describe('scoreSuggestions', () => {
  // a:0 -> b1 first (hit@1); a:1 -> b2 second (hit@3 only); b:1 -> nothing; b:2 -> a1 first;
  // a:2 (no match) -> b0 offered (wrong); b:0 (no match) -> nothing offered.
  const answers: Record<string, EvalSuggestions> = {
    'a:0': { candidates: cand('b', 1, 0) },
    'a:1': { candidates: cand('b', 0, 2) },
    'b:1': { candidates: [] },
    'b:2': { candidates: cand('a', 1) },
    'a:2': { candidates: cand('b', 0) },
    'b:0': { candidates: [] },
  };

  it('computes recall@k over match queries and precision@1 over queries with an offer', () => {
    const s = scoreSuggestions(set, (q) => answers[key(q)]!);
    expect(s).toMatchObject({ sentences: 6, matchQueries: 4, noMatchQueries: 2, noMatchPrecision: null, noMatchRecall: null });
    expect(s.recallAt1).toBeCloseTo(2 / 4);
    expect(s.recallAt3).toBeCloseTo(3 / 4);
    // Offers on a:0 (right), a:1 (wrong), b:2 (right), a:2 (no match: wrong).
    expect(s.precisionAt1).toBeCloseTo(2 / 4);
    expect(s.precisionAt1Matched).toBeCloseTo(2 / 3);
    expect(s.misses.map((m) => key(m.source))).toEqual(['b:1']);
  });

  it('scores the "no close match" verdict when the suggester gives one', () => {
    const withVerdicts: Record<string, EvalSuggestions> = {
      ...answers,
      'a:2': { candidates: cand('b', 0), noCloseMatch: ['b'] },
      'b:1': { candidates: [], noCloseMatch: ['a'] },
      'b:0': { candidates: [], noCloseMatch: [] },
    };
    const s = scoreSuggestions(set, (q) => withVerdicts[key(q)]!);
    expect(s.noMatchPrecision).toBeCloseTo(1 / 2);
    expect(s.noMatchRecall).toBeCloseTo(1 / 2);
    // The withheld offer on a:2 no longer counts against precision@1.
    expect(s.precisionAt1).toBeCloseTo(2 / 3);
  });
});

describe('scoreConflicts', () => {
  it('fills the confusion table', () => {
    const flaggedFacts = new Set(['a:0|b:1', 'a:2|b:0']);
    const s = scoreConflicts(set, (members) => {
      const flagged = flaggedFacts.has(members.map(key).join('|'));
      return { flagged, messages: flagged ? ['numbers disagree'] : [] };
    });
    expect(s).toMatchObject({ cases: 4, flagged: 1, missed: 1, wronglyFlagged: 1, flaggedOnSame: 1, quiet: 1 });
    expect(s.byExpectation.incompatible).toEqual({ cases: 2, flagged: 1 });
    expect(s.errors.map((e) => e.fact)).toEqual(['c1', 'c2']);
  });
});
