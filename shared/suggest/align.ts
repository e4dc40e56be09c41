import { KIND_ENTITY, KIND_NUMBER, type SuggestIndex } from './build';
import { DenseQuery, ENTITY_BONUS, MAX_ENTITIES, MAX_NUMBERS, NUMBER_BONUS } from './score';

/**
 * Whole-study alignment: for every sentence, its best cross-outlet partners
 * scoring at least `minScore`. `alignStudy` uses the inverted index with a
 * MaxScore-style cut: for each sentence it leaves out its most common terms
 * for as long as a partner sharing only those terms provably cannot reach
 * `minScore` (by Cauchy-Schwarz, such a partner's cosine is at most the norm
 * of the left-out part over the sentence's norm; plus the most bonus those
 * terms could give). Candidates come from the remaining, rarer terms and are
 * then scored exactly. The result is therefore the same as the brute-force
 * all-pairs `alignBruteForce`, which the benchmark checks.
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

export const DEFAULT_MIN_SCORE = 0.2;
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

/** Cross-outlet sentence pairs through the inverted index (exact: same result as alignBruteForce). */
export function alignStudy(index: SuggestIndex, options: AlignOptions = {}): AlignedPair[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const k = options.perSentence ?? DEFAULT_PER_SENTENCE;
  const n = index.sentences.length;
  const dense = new DenseQuery(index);
  const seen = new Uint8Array(n);
  const best: { j: number; score: number }[][] = Array.from({ length: n }, () => []);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const si = index.sentences[i]!;
    if (si.norm === 0) continue;
    // Terms from most to least common; leave out common ones while the bound stays below minScore.
    order.length = 0;
    for (let m = 0; m < si.terms.length; m++) order.push(m);
    order.sort((x, y) => index.df[si.terms[y]!]! - index.df[si.terms[x]!]!);
    let leftSq = 0;
    let leftNumbers = 0;
    let leftEntities = 0;
    let cut = 0;
    for (; cut < order.length; cut++) {
      const m = order[cut]!;
      const t = si.terms[m]!;
      const w = si.weights[m]!;
      const kind = index.kinds[t];
      const numbers = leftNumbers + (kind === KIND_NUMBER ? 1 : 0);
      const entities = leftEntities + (kind === KIND_ENTITY ? 1 : 0);
      const bound = Math.sqrt(leftSq + w * w) / si.norm + NUMBER_BONUS * Math.min(MAX_NUMBERS, numbers) + ENTITY_BONUS * Math.min(MAX_ENTITIES, entities);
      if (bound >= minScore) break;
      leftSq += w * w;
      leftNumbers = numbers;
      leftEntities = entities;
    }
    // Candidates: sentences of other outlets that share a term not left out.
    const candidates: number[] = [];
    for (let c = cut; c < order.length; c++) {
      const p = index.postings[si.terms[order[c]!]!]!;
      for (let m = 0; m < p.sentences.length; m++) {
        const j = p.sentences[m]!;
        if (seen[j] || j === i) continue;
        seen[j] = 1;
        candidates.push(j);
      }
    }
    dense.load(si);
    for (const j of candidates) {
      seen[j] = 0;
      const sj = index.sentences[j]!;
      if (sj.outletId === si.outletId) continue;
      const score = dense.score(si.norm, sj);
      if (score >= minScore) pushTop(best[i]!, j, score, k);
    }
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
      const score = dense.score(si.norm, sj);
      if (score < minScore) continue;
      pushTop(best[i]!, j, score, k);
      pushTop(best[j]!, i, score, k);
    }
  }
  dense.clear();
  return collect(index, best);
}
