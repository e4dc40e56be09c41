import { KIND_ENTITY, KIND_NUMBER, type SuggestIndex } from './build';
import { sentenceCosine } from './meaning';
import { blendScore, DenseQuery, ENTITY_BONUS, MAX_ENTITIES, MAX_NUMBERS, MEANING_WEIGHT, NO_CLOSE_MATCH, NUMBER_BONUS, SHORT_DAMPING } from './score';

/**
 * Whole-study alignment: for every sentence, its best cross-outlet partners
 * scoring at least `minScore`. `alignStudy` uses the inverted index with a
 * MaxScore-style cut: a partner that shares only a set of the sentence's
 * terms has a cosine of at most the norm of that part of the sentence's
 * vector over its whole norm (Cauchy-Schwarz), plus the most bonus those
 * terms could give, times the most damping. Terms whose bound stays under the
 * bar are never walked; every candidate found is scored exactly. The result
 * is the same as the brute-force all-pairs `alignBruteForce` (tests and the
 * benchmark check this).
 *
 * A pair scores as a suggestion does (score.ts: words plus meaning), with one
 * difference: the pair must share a term that is not a number, so sentences
 * with nothing in common are never walked (the meaning part only reorders and
 * lifts pairs found through their words). The default cut is the suggestions'
 * "no close match" threshold.
 */

export interface AlignOptions {
  /** Lowest score kept (cosine plus bonus). */
  minScore?: number;
  /** Best partners kept per sentence. */
  perSentence?: number;
}

export interface AlignedSide {
  articleId: string;
  start: number;
  end: number;
  text: string;
}

export interface AlignedPair {
  a: AlignedSide;
  b: AlignedSide;
  score: number;
}

export const DEFAULT_MIN_SCORE = NO_CLOSE_MATCH;

/**
 * A pair's alignment score for the brute-force baseline: 0 without a shared
 * content term, else words plus meaning. Returns 0 as well when even the most
 * meaning could not lift the pair to `bar` (it would be dropped anyway).
 */
function pairOf(index: SuggestIndex, dense: DenseQuery, i: number, j: number, bar: number): number {
  const si = index.sentences[i]!;
  const words = dense.score(si.norm, index.sentences[j]!);
  if (words <= 0) return 0;
  if (!index.meaning) return words;
  if (words + MEANING_WEIGHT + 1e-9 < bar) return 0; // 1e-9: blendScore's rounding
  return blendScore(words, sentenceCosine(index.meaning, i, j));
}
export const DEFAULT_PER_SENTENCE = 1;

/** Keeps the best `k` (score desc, then sentence id asc) in a small sorted array. */
function pushTop(list: { j: number; score: number }[], j: number, score: number, k: number): void {
  if (list.length === k) {
    const last = list[k - 1]!;
    if (score < last.score || (score === last.score && j > last.j)) return;
    list.pop();
  }
  let at = list.length;
  while (at > 0 && (list[at - 1]!.score < score || (list[at - 1]!.score === score && list[at - 1]!.j > j))) at--;
  list.splice(at, 0, { j, score });
}

function side(index: SuggestIndex, s: number): AlignedSide {
  const x = index.sentences[s]!;
  return { articleId: x.articleId, start: x.start, end: x.end, text: x.text };
}

/** Turns each sentence's best partners into unique pairs, best first. */
function collect(index: SuggestIndex, best: { j: number; score: number }[][]): AlignedPair[] {
  const pairs = new Map<string, { i: number; j: number; score: number }>();
  best.forEach((list, i) => {
    for (const { j, score } of list) {
      const a = Math.min(i, j);
      const b = Math.max(i, j);
      pairs.set(`${a}:${b}`, { i: a, j: b, score });
    }
  });
  return [...pairs.values()]
    .sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j)
    .map(({ i, j, score }) => ({ a: side(index, i), b: side(index, j), score }));
}

/** Postings read in the first pass of a sentence's search, from its rarest terms up. */
export const FIRST_PASS_POSTINGS = 400;

/**
 * Cross-outlet sentence pairs through the inverted index (exact: same result as alignBruteForce).
 *
 * Each sentence finds its own best partners in two passes. First, candidates
 * from its rarest terms (about FIRST_PASS_POSTINGS postings) are scored
 * exactly; their K-th best score, or minScore, becomes the bar. Then, from the
 * most common term down, terms are set aside while a partner sharing only
 * those terms provably stays under the bar; candidates from the terms still
 * in play that the first pass missed are scored too. Paraphrases share rare
 * words, so the bar rises early and the common words (Israel, Hamas, Gaza) are
 * rarely walked.
 */
export function alignStudy(index: SuggestIndex, options: AlignOptions = {}): AlignedPair[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const k = options.perSentence ?? DEFAULT_PER_SENTENCE;
  const n = index.sentences.length;
  const dense = new DenseQuery(index);
  const scored = new Uint8Array(n);
  const touched: number[] = [];
  const best: { j: number; score: number }[][] = Array.from({ length: n }, () => []);
  const order: number[] = [];
  const inFirst = new Uint8Array(index.sentences.reduce((most, x) => Math.max(most, x.terms.length), 0));
  const meaning = index.meaning;
  const meaningMost = meaning ? MEANING_WEIGHT : 0;
  const pending: { j: number; words: number }[] = [];
  for (let i = 0; i < n; i++) {
    const si = index.sentences[i]!;
    if (si.norm === 0) continue;
    const list = best[i]!;
    dense.load(si);
    // Candidates are gathered with their word score, then scored in full best words first: once
    // even the most meaning cannot lift the next one to the bar, the rest are dropped unscored.
    const visit = (t: number) => {
      const p = index.postings[t]!.sentences;
      for (let m = 0; m < p.length; m++) {
        const j = p[m]!;
        if (scored[j] || j === i) continue;
        scored[j] = 1;
        touched.push(j);
        const sj = index.sentences[j]!;
        if (sj.outletId === si.outletId) continue;
        const words = dense.score(si.norm, sj);
        if (words > 0) pending.push({ j, words });
      }
    };
    const flush = () => {
      pending.sort((a, b) => b.words - a.words || a.j - b.j);
      for (const { j, words } of pending) {
        const bar = list.length === k ? Math.max(minScore, list[k - 1]!.score) : minScore;
        if (words + meaningMost + 1e-9 < bar) break; // 1e-9: blendScore's rounding
        const score = meaning ? blendScore(words, sentenceCosine(meaning, i, j)) : words;
        if (score >= minScore) pushTop(list, j, score, k);
      }
      pending.length = 0;
    };
    // Pass 1: rarest terms first.
    order.length = 0;
    for (let m = 0; m < si.terms.length; m++) order.push(m);
    order.sort((x, y) => index.df[si.terms[x]!]! - index.df[si.terms[y]!]! || x - y);
    let read = 0;
    let first = 0;
    while (first < order.length && (first === 0 || read + index.df[si.terms[order[first]!]!]! <= FIRST_PASS_POSTINGS)) {
      read += index.df[si.terms[order[first]!]!]!;
      visit(si.terms[order[first]!]!);
      inFirst[order[first]!] = 1;
      first++;
    }
    flush();
    // The bar, and the common terms that cannot lift a partner over it.
    const bar = list.length === k ? Math.max(minScore, list[k - 1]!.score) : minScore;
    const damping = si.terms.length / (si.terms.length + SHORT_DAMPING);
    let leftSq = 0;
    let leftNumbers = 0;
    let leftEntities = 0;
    let keep = 0; // order[0 .. keep) stay in play
    for (let c = order.length - 1; c >= 0; c--) {
      const m = order[c]!;
      const t = si.terms[m]!;
      const w = si.weights[m]!;
      const kind = index.kinds[t];
      const numbers = leftNumbers + (kind === KIND_NUMBER ? 1 : 0);
      const entities = leftEntities + (kind === KIND_ENTITY ? 1 : 0);
      const bound = damping * (Math.sqrt(leftSq + w * w) / si.norm + NUMBER_BONUS * Math.min(MAX_NUMBERS, numbers) + ENTITY_BONUS * Math.min(MAX_ENTITIES, entities)) + meaningMost;
      if (bound >= bar) {
        keep = c + 1;
        break;
      }
      leftSq += w * w;
      leftNumbers = numbers;
      leftEntities = entities;
    }
    // Pass 2: terms still in play that pass 1 did not read.
    for (let c = 0; c < keep; c++) if (!inFirst[order[c]!]) visit(si.terms[order[c]!]!);
    flush();
    for (let c = 0; c < order.length; c++) inFirst[order[c]!] = 0;
    for (const j of touched) scored[j] = 0;
    touched.length = 0;
  }
  dense.clear();
  return collect(index, best);
}

/** The same alignment by scoring every cross-outlet pair: the baseline the benchmark compares against. */
export function alignBruteForce(index: SuggestIndex, options: AlignOptions = {}): AlignedPair[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const k = options.perSentence ?? DEFAULT_PER_SENTENCE;
  const n = index.sentences.length;
  const dense = new DenseQuery(index);
  const best: { j: number; score: number }[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const si = index.sentences[i]!;
    if (si.norm === 0) continue;
    dense.load(si);
    for (let j = i + 1; j < n; j++) {
      const sj = index.sentences[j]!;
      if (sj.outletId === si.outletId) continue;
      const score = pairOf(index, dense, i, j, minScore);
      if (score <= 0 || score < minScore) continue;
      pushTop(best[i]!, j, score, k);
      pushTop(best[j]!, i, score, k);
    }
  }
  dense.clear();
  return collect(index, best);
}
