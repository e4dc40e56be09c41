import { KIND_NUMBER, KIND_WORD, type IndexedSentence, type SuggestIndex } from './build';
import type { WordVectors } from './vectors';

/**
 * A suggestion's score in words: the terms it shares with the span (numbers
 * apart, as "same figure"), the word pairs of close meaning that are not the
 * same term ("troops ≈ forces"), and how the score splits between words and
 * meaning. E.g. "shares: international force, form; same figure: 92; similar
 * meaning: troops ≈ forces (words 0.21 + meaning 0.06)".
 */

/** Word pairs listed as "similar meaning" at most, and the least word-vector cosine for one. */
export const MAX_SIMILAR = 3;
export const SIMILAR_MIN = 0.6;

export interface Explained {
  /** Words of the suggested sentence whose terms the query shares (as written there). */
  shared: string[];
  /** Content words of the suggested sentence that the query lacks. */
  differing: string[];
  explanation: string;
}

/** The query side: its term ids and its plain words (not numbers, not names) as written. */
export interface QueryWords {
  termSet: Set<number>;
  words: string[];
}

/**
 * The query's plain words close in meaning to a word, cached per query: a
 * span's suggestions in a large study share most of their words, so each
 * distinct word is compared with the query once.
 */
export class SimilarToQuery {
  private readonly query: { word: string; key: string; v: Float32Array }[];
  private readonly cache = new Map<string, { q: number; c: number }[]>();

  constructor(private readonly vectors: WordVectors, words: readonly string[], private readonly min = SIMILAR_MIN) {
    this.query = words.flatMap((word) => {
      const v = vectors.get(word.toLowerCase());
      return v ? [{ word, key: word.toLowerCase(), v }] : [];
    });
  }

  /** Query words (by index) with their cosine to `word`, at least `min`. */
  near(word: string): { q: number; c: number }[] {
    const key = word.toLowerCase();
    let hit = this.cache.get(key);
    if (hit) return hit;
    hit = [];
    const v = this.vectors.get(key);
    if (v) {
      this.query.forEach((x, q) => {
        if (x.key === key) return;
        let c = 0;
        for (let d = 0; d < v.length; d++) c += x.v[d]! * v[d]!;
        if (c >= this.min) hit!.push({ q, c });
      });
    }
    this.cache.set(key, hit);
    return hit;
  }

  /** Closest pairs (query word, word) by cosine, each word used once, best first, leaving out query words in `skip`. */
  pairs(words: readonly string[], skip: ReadonlySet<string>): [string, string][] {
    const all: { q: number; y: string; c: number }[] = [];
    for (const y of words) for (const { q, c } of this.near(y)) if (!skip.has(this.query[q]!.key)) all.push({ q, y, c });
    all.sort((a, b) => b.c - a.c);
    const usedQ = new Set<number>();
    const usedY = new Set<string>();
    const out: [string, string][] = [];
    for (const p of all) {
      if (usedQ.has(p.q) || usedY.has(p.y)) continue;
      usedQ.add(p.q);
      usedY.add(p.y);
      out.push([this.query[p.q]!.word, p.y]);
    }
    return out;
  }
}

export function explainMatch(index: SuggestIndex, sentence: IndexedSentence, query: QueryWords, parts: { words: number; meaning: number }, noCloseMatch: boolean, similar?: SimilarToQuery): Explained {
  const shared: string[] = [];
  const differing: string[] = [];
  const plain: string[] = [];
  const sharedWords: string[] = [];
  const figures: string[] = [];
  const seen = new Set<string>();
  sentence.words.forEach((word, k) => {
    const key = word.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    const term = sentence.wordTerms[k]!;
    if (query.termSet.has(term)) {
      shared.push(word);
      (index.kinds[term] === KIND_NUMBER ? figures : sharedWords).push(word);
    } else {
      differing.push(word);
      if (index.kinds[term] === KIND_WORD) plain.push(word);
    }
  });
  const clauses: string[] = [];
  if (sharedWords.length) clauses.push(`shares: ${sharedWords.join(', ')}`);
  if (figures.length) clauses.push(`same figure: ${figures.join(', ')}`);
  if (index.meaning) {
    // Names are left out: "Washington ≈ officials" says nothing.
    const near = similar ?? new SimilarToQuery(index.meaning.words, query.words);
    const pairs = near.pairs(plain, new Set(sharedWords.map((w) => w.toLowerCase()))).slice(0, MAX_SIMILAR);
    if (pairs.length) clauses.push(`similar meaning: ${pairs.map(([a, b]) => `${a} ≈ ${b}`).join(', ')}`);
  }
  if (!sharedWords.length && figures.length) clauses.push('a figure alone is not a match');
  if (!clauses.length) clauses.push(parts.meaning > 0 ? 'no shared words; close in meaning overall' : 'nothing in common');
  const split = index.meaning ? ` (words ${parts.words.toFixed(2)} + meaning ${parts.meaning.toFixed(2)})` : '';
  const lead = noCloseMatch ? 'No close match in this outlet; nearest passage ' : '';
  return { shared, differing, explanation: `${lead}${clauses.join('; ')}${split}` };
}
