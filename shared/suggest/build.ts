import { splitSentences } from '../compare/sentences';
import { buildMeaning, type MeaningIndex, type WeightedWord } from './meaning';
import { tokenize } from './tokens';
import type { WordVectors } from './vectors';

/**
 * The suggestion index: every sentence of every article's non-boilerplate
 * blocks as a sparse vector of BM25-weighted terms, plus an inverted index
 * from term to the sentences that hold it, so scoring one query touches only
 * sentences that share a term with it.
 *
 * Weights: w(t, s) = idf(t) * tf (k1 + 1) / (tf + k1 (1 - b + b |s| / avg|s|)),
 * idf(t) = ln(1 + (N - df + 0.5) / (df + 0.5)), k1 = 1.2, b = 0.75 (the usual
 * BM25 values). Similarity is the cosine of two such vectors, so scores fall
 * in 0..1 and are comparable across queries; shared numbers and named
 * entities add a small bonus (see score.ts). Given word vectors, each
 * sentence also gets a meaning vector (meaning.ts) for paraphrases.
 */

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** Term kinds, for the bonus: 0 word, 1 number, 2 named entity. */
export const KIND_WORD = 0;
export const KIND_NUMBER = 1;
export const KIND_ENTITY = 2;

export interface IndexArticle {
  id: string;
  outletId: string;
  text: string;
  /** Text blocks with offsets into `text`; boilerplate blocks and headings (type "heading") are left out. No blocks: the whole text is one block. */
  blocks: readonly { start: number; end: number; boilerplate?: unknown; type?: string }[];
}

/** One indexed sentence. `terms` are term ids in ascending order, `weights` their weights. */
export interface IndexedSentence {
  articleId: string;
  outletId: string;
  start: number;
  end: number;
  text: string;
  terms: Int32Array;
  weights: Float64Array;
  norm: number;
  /** The sentence's tokens in order: their words as written and their term ids (to explain a match without re-tokenising). */
  words: string[];
  wordTerms: Int32Array;
}

export interface SuggestIndex {
  sentences: IndexedSentence[];
  /** term -> id */
  vocab: Map<string, number>;
  /** Per term id: how many sentences hold it. */
  df: Int32Array;
  idf: Float64Array;
  /** Per term id: KIND_WORD, KIND_NUMBER or KIND_ENTITY. */
  kinds: Uint8Array;
  /** Per term id: the sentences holding it and the term's weight in each. */
  postings: { sentences: Int32Array; weights: Float64Array }[];
  /** Per term id: its largest weight in any sentence. */
  maxWeight: Float64Array;
  avgLength: number;
  /** Article id -> its text and its sentences' ids. */
  articles: Map<string, { outletId: string; text: string; sentences: number[] }>;
  /** Sentence meanings from word vectors; null when the index was built without vectors (BM25 alone). */
  meaning: MeaningIndex | null;
}

export interface BuildOptions {
  /** Word vectors for meaning beyond shared stems; without them suggestions rank on BM25 alone. */
  vectors?: WordVectors | null;
}

/** The words of a sentence that carry meaning (not numbers), each weighted by its term's idf. */
export function meaningWords(words: readonly string[], wordTerms: ArrayLike<number>, idf: Float64Array, kinds: Uint8Array, weightOf: (k: number) => number = () => 1): WeightedWord[] {
  const out: WeightedWord[] = [];
  for (let k = 0; k < words.length; k++) {
    const t = wordTerms[k]!;
    if (t < 0 || kinds[t] === KIND_NUMBER) continue;
    out.push({ surface: words[k]!, weight: idf[t]! * weightOf(k) });
  }
  return out;
}

/** BM25 term weight. */
export function bm25Weight(tf: number, idf: number, length: number, avgLength: number): number {
  return (idf * tf * (BM25_K1 + 1)) / (tf + BM25_K1 * (1 - BM25_B + (BM25_B * length) / avgLength));
}

/** Builds the index over the sentences of the articles' non-boilerplate blocks. */
export function buildIndex(articles: readonly IndexArticle[], options: BuildOptions = {}): SuggestIndex {
  const vocab = new Map<string, number>();
  const kindsList: number[] = [];
  const raw: {
    articleId: string; outletId: string; start: number; end: number; text: string;
    counts: Map<number, number>; length: number; words: string[]; wordTerms: number[];
  }[] = [];
  const articleMap = new Map<string, { outletId: string; text: string; sentences: number[] }>();

  for (const article of articles) {
    const entry = { outletId: article.outletId, text: article.text, sentences: [] as number[] };
    articleMap.set(article.id, entry);
    const blocks = article.blocks.length ? article.blocks : [{ start: 0, end: article.text.length, boilerplate: null }];
    for (const block of blocks) {
      if (block.boilerplate || block.type === 'heading') continue;
      for (const s of splitSentences(article.text.slice(block.start, block.end))) {
        const counts = new Map<number, number>();
        const words: string[] = [];
        const wordTerms: number[] = [];
        let length = 0;
        for (const tok of tokenize(s.text)) {
          let id = vocab.get(tok.term);
          if (id === undefined) {
            id = vocab.size;
            vocab.set(tok.term, id);
            kindsList.push(tok.kind === 'number' ? KIND_NUMBER : tok.kind === 'entity' ? KIND_ENTITY : KIND_WORD);
          } else if (tok.kind === 'entity' && kindsList[id] === KIND_WORD) {
            kindsList[id] = KIND_ENTITY;
          }
          counts.set(id, (counts.get(id) ?? 0) + 1);
          words.push(tok.surface);
          wordTerms.push(id);
          length++;
        }
        if (counts.size === 0) continue;
        entry.sentences.push(raw.length);
        raw.push({ articleId: article.id, outletId: article.outletId, start: block.start + s.start, end: block.start + s.end, text: s.text, counts, length, words, wordTerms });
      }
    }
  }

  const n = raw.length;
  const v = vocab.size;
  const df = new Int32Array(v);
  for (const r of raw) for (const id of r.counts.keys()) df[id]!++;
  const idf = new Float64Array(v);
  for (let t = 0; t < v; t++) idf[t] = Math.log(1 + (n - df[t]! + 0.5) / (df[t]! + 0.5));
  const avgLength = n ? raw.reduce((sum, r) => sum + r.length, 0) / n : 1;

  const postings = Array.from({ length: v }, (_, t) => ({ sentences: new Int32Array(df[t]!), weights: new Float64Array(df[t]!) }));
  const fill = new Int32Array(v);
  const maxWeight = new Float64Array(v);
  const sentences: IndexedSentence[] = raw.map((r, si) => {
    const ids = [...r.counts.keys()].sort((a, b) => a - b);
    const terms = Int32Array.from(ids);
    const weights = new Float64Array(ids.length);
    let sq = 0;
    ids.forEach((t, k) => {
      const w = bm25Weight(r.counts.get(t)!, idf[t]!, r.length, avgLength);
      weights[k] = w;
      sq += w * w;
      const p = postings[t]!;
      p.sentences[fill[t]!] = si;
      p.weights[fill[t]!] = w;
      fill[t]!++;
      if (w > maxWeight[t]!) maxWeight[t] = w;
    });
    return {
      articleId: r.articleId, outletId: r.outletId, start: r.start, end: r.end, text: r.text,
      terms, weights, norm: Math.sqrt(sq), words: r.words, wordTerms: Int32Array.from(r.wordTerms),
    };
  });

  const kinds = Uint8Array.from(kindsList);
  const meaning = options.vectors ? buildMeaning(sentences.map((s) => meaningWords(s.words, s.wordTerms, idf, kinds)), options.vectors) : null;
  return { sentences, vocab, df, idf, kinds, postings, maxWeight, avgLength, articles: articleMap, meaning };
}
