import { StudyError } from '../errors';
import { bm25Weight, KIND_ENTITY, KIND_NUMBER, type IndexedSentence, type SuggestIndex } from './build';
import { pairScore } from './score';
import { tokenize } from './tokens';

/**
 * Suggestions for a selected span: the sentences in other articles that most
 * likely report the same fact, top K per other article. The query is the
 * span's terms plus, at a third of the weight, the rest of its sentence, so a
 * short selection still finds its context. Only sentences sharing a term with
 * the query are scored (the inverted index); the source article and
 * boilerplate (never indexed) are never suggested.
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
}

export interface QueryVector {
  terms: Int32Array;
  weights: Float64Array;
  norm: number;
  /** Query term ids, for explaining matches. */
  termSet: Set<number>;
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
  let length = 0;
  for (const tok of tokenize(article.text.slice(from, to))) {
    const id = index.vocab.get(tok.term);
    const at = from + tok.start;
    const inSpan = at >= span.start && from + tok.end <= span.end;
    length += inSpan ? 1 : CONTEXT_WEIGHT;
    if (id === undefined) continue;
    tf.set(id, (tf.get(id) ?? 0) + (inSpan ? 1 : CONTEXT_WEIGHT));
  }
  const ids = [...tf.keys()].sort((a, b) => a - b);
  const weights = new Float64Array(ids.length);
  let sq = 0;
  ids.forEach((t, k) => {
    const w = bm25Weight(tf.get(t)!, index.idf[t]!, Math.max(1, length), index.avgLength);
    weights[k] = w;
    sq += w * w;
  });
  return { terms: Int32Array.from(ids), weights, norm: Math.sqrt(sq), termSet: new Set(ids) };
}

function explain(sentence: IndexedSentence, termSet: Set<number>): { shared: string[]; differing: string[] } {
  const shared: string[] = [];
  const differing: string[] = [];
  const seen = new Set<string>();
  sentence.words.forEach((word, k) => {
    const key = word.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    (termSet.has(sentence.wordTerms[k]!) ? shared : differing).push(word);
  });
  return { shared, differing };
}

/** The top `top` sentences per other article for a span, articles ordered by their best score. */
export function suggest(index: SuggestIndex, span: SuggestSpan, top = 3): Suggestion[] {
  const q = queryVector(index, span);
  const n = index.sentences.length;
  const dot = new Float64Array(n);
  const numbers = new Uint8Array(n);
  const entities = new Uint8Array(n);
  const touched: number[] = [];
  for (let k = 0; k < q.terms.length; k++) {
    const t = q.terms[k]!;
    const w = q.weights[k]!;
    const kind = index.kinds[t];
    const p = index.postings[t]!;
    for (let m = 0; m < p.sentences.length; m++) {
      const s = p.sentences[m]!;
      if (dot[s] === 0) touched.push(s);
      dot[s]! += w * p.weights[m]!;
      if (kind === KIND_NUMBER) numbers[s]!++;
      else if (kind === KIND_ENTITY) entities[s]!++;
    }
  }
  const perArticle = new Map<string, { s: number; score: number }[]>();
  for (const s of touched) {
    const sentence = index.sentences[s]!;
    if (sentence.articleId === span.articleId) continue;
    const score = pairScore(dot[s]!, q.norm, sentence.norm, numbers[s]!, entities[s]!, q.terms.length, sentence.terms.length);
    if (score <= 0) continue;
    const list = perArticle.get(sentence.articleId) ?? [];
    list.push({ s, score });
    perArticle.set(sentence.articleId, list);
  }
  const groups = [...perArticle.values()].map((list) => list.sort((a, b) => b.score - a.score || a.s - b.s).slice(0, top));
  groups.sort((a, b) => b[0]!.score - a[0]!.score || a[0]!.s - b[0]!.s);
  return groups.flat().map(({ s, score }) => {
    const sentence = index.sentences[s]!;
    return { articleId: sentence.articleId, start: sentence.start, end: sentence.end, text: sentence.text, score, ...explain(sentence, q.termSet) };
  });
}
