import { StudyError } from '../errors';
import { bm25Weight, KIND_ENTITY, KIND_NUMBER, KIND_WORD, type SuggestIndex } from './build';
import { explainMatch, SimilarToQuery } from './explain';
import { meaningCosine, queryMeaning, type WeightedWord } from './meaning';
import { blendScore, NO_CLOSE_MATCH, pairScore } from './score';
import { tokenize } from './tokens';

/**
 * Suggestions for a selected span: the sentences in other articles that most
 * likely report the same fact. The query is the span's terms plus, at a third
 * of the weight, the rest of its sentence, so a short selection still finds
 * its context. Each sentence of the other articles scores its words (BM25
 * cosine over shared terms, never on a bare number) plus its meaning (word
 * vectors, when the index has them): see score.ts. Per article the best `top`
 * are kept; when an article's best falls under the threshold, that article
 * gets one entry marked `noCloseMatch` (its nearest passage, for reference)
 * instead. The list is sorted by score across articles. The source article,
 * headings and boilerplate (never indexed) are never suggested; an article
 * absent from the list has nothing in common with the span.
 */

/** Weight of the span's sentence context relative to the span itself. */
export const CONTEXT_WEIGHT = 0.3;

export interface SuggestSpan {
  articleId: string;
  start: number;
  end: number;
}

export interface Suggestion {
  articleId: string;
  start: number;
  end: number;
  text: string;
  score: number;
  /** Words of the suggested sentence whose terms the query shares (as written there). */
  shared: string[];
  /** Content words of the suggested sentence that the query lacks. */
  differing: string[];
  /** The score in words: "shares: international force, form; same figure: 92; similar meaning: troops ≈ forces (words 0.21 + meaning 0.06)". */
  explanation: string;
  /** True on the one entry of an article whose best passage scores under the threshold: "no close match in this outlet". */
  noCloseMatch: boolean;
}

export interface SuggestOptions {
  /** Best passages kept per article (3). */
  top?: number;
  /** Score under which an article's best passage is "no close match" (NO_CLOSE_MATCH). */
  threshold?: number;
}

export interface QueryVector {
  terms: Int32Array;
  weights: Float64Array;
  norm: number;
  /** Query term ids, for explaining matches. */
  termSet: Set<number>;
  /** Content words (not numbers) with their weight, for meaning. */
  words: WeightedWord[];
  /** Plain words (not numbers, not names) as written, for explanations. */
  plain: string[];
}

/** The query vector for a span of an indexed article. */
export function queryVector(index: SuggestIndex, span: SuggestSpan): QueryVector {
  const article = index.articles.get(span.articleId);
  if (!article) throw new StudyError('not-found', `Article ${span.articleId} is not in the suggestion index; rebuild it after importing.`, { field: 'articleId' });
  if (!(span.start >= 0 && span.start < span.end && span.end <= article.text.length)) {
    throw new StudyError('bad-input', `The span ${span.start}-${span.end} is outside article ${span.articleId} (length ${article.text.length}).`, { field: 'start' });
  }
  // The context: the indexed sentences that overlap the span.
  const context = article.sentences.map((i) => index.sentences[i]!).filter((s) => s.start < span.end && span.start < s.end);
  const from = Math.min(span.start, ...context.map((s) => s.start));
  const to = Math.max(span.end, ...context.map((s) => s.end));
  const tf = new Map<number, number>();
  const words: WeightedWord[] = [];
  const plain: string[] = [];
  let length = 0;
  for (const tok of tokenize(article.text.slice(from, to))) {
    const id = index.vocab.get(tok.term);
    const at = from + tok.start;
    const inSpan = at >= span.start && from + tok.end <= span.end;
    const weight = inSpan ? 1 : CONTEXT_WEIGHT;
    length += weight;
    if (id === undefined) continue;
    tf.set(id, (tf.get(id) ?? 0) + weight);
    if (index.kinds[id] !== KIND_NUMBER) words.push({ surface: tok.surface, weight: weight * index.idf[id]! });
    if (index.kinds[id] === KIND_WORD && inSpan) plain.push(tok.surface);
  }
  const ids = [...tf.keys()].sort((a, b) => a - b);
  const weights = new Float64Array(ids.length);
  let sq = 0;
  ids.forEach((t, k) => {
    const w = bm25Weight(tf.get(t)!, index.idf[t]!, Math.max(1, length), index.avgLength);
    weights[k] = w;
    sq += w * w;
  });
  return { terms: Int32Array.from(ids), weights, norm: Math.sqrt(sq), termSet: new Set(ids), words, plain };
}

/** Suggestions for a span, sorted by score across articles (see the module comment). */
export function suggest(index: SuggestIndex, span: SuggestSpan, topOrOptions: number | SuggestOptions = {}): Suggestion[] {
  const options = typeof topOrOptions === 'number' ? { top: topOrOptions } : topOrOptions;
  const top = options.top ?? 3;
  const threshold = options.threshold ?? NO_CLOSE_MATCH;
  const q = queryVector(index, span);
  const n = index.sentences.length;
  const dot = new Float64Array(n);
  const numbers = new Uint8Array(n);
  const entities = new Uint8Array(n);
  const content = new Uint8Array(n);
  for (let k = 0; k < q.terms.length; k++) {
    const t = q.terms[k]!;
    const w = q.weights[k]!;
    const kind = index.kinds[t];
    const p = index.postings[t]!;
    for (let m = 0; m < p.sentences.length; m++) {
      const s = p.sentences[m]!;
      dot[s]! += w * p.weights[m]!;
      if (kind === KIND_NUMBER) numbers[s]!++;
      else {
        content[s]!++;
        if (kind === KIND_ENTITY) entities[s]!++;
      }
    }
  }
  const meaning = index.meaning;
  const qm = meaning ? queryMeaning(meaning, q.words) : null;
  // Per article, its best `top` so far (score desc, then sentence id asc).
  const perArticle = new Map<string, { s: number; score: number; words: number; meaning: number }[]>();
  for (let s = 0; s < n; s++) {
    const sentence = index.sentences[s]!;
    if (sentence.articleId === span.articleId) continue;
    const words = dot[s] ? pairScore(dot[s]!, q.norm, sentence.norm, numbers[s]!, entities[s]!, q.terms.length, sentence.terms.length, content[s]!) : 0;
    const cos = meaning && qm ? meaningCosine(meaning, qm, s) : 0;
    const score = blendScore(words, cos);
    if (score <= 0) continue;
    let list = perArticle.get(sentence.articleId);
    if (!list) perArticle.set(sentence.articleId, (list = []));
    if (list.length === top && list[top - 1]!.score >= score) continue;
    let at = list.length;
    while (at > 0 && list[at - 1]!.score < score) at--;
    list.splice(at, 0, { s, score, words, meaning: score - words });
    if (list.length > top) list.pop();
  }
  const out: Suggestion[] = [];
  const similar = meaning ? new SimilarToQuery(meaning.words, q.plain) : undefined;
  for (const list of perArticle.values()) {
    const weak = list[0]!.score < threshold;
    for (const c of list.slice(0, weak ? 1 : top)) {
      const sentence = index.sentences[c.s]!;
      const explained = explainMatch(index, sentence, { termSet: q.termSet, words: q.plain }, c, weak, similar);
      out.push({ articleId: sentence.articleId, start: sentence.start, end: sentence.end, text: sentence.text, score: c.score, ...explained, noCloseMatch: weak });
    }
  }
  return out.sort((a, b) => b.score - a.score || a.articleId.localeCompare(b.articleId) || a.start - b.start);
}
