import { KIND_NUMBER, KIND_WORD, type IndexedSentence, type SuggestIndex } from './build';
import { similarWords } from './meaning';

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

export function explainMatch(index: SuggestIndex, sentence: IndexedSentence, query: QueryWords, parts: { words: number; meaning: number }, noCloseMatch: boolean): Explained {
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
    const own = query.words.filter((w) => !sharedWords.some((s) => s.toLowerCase() === w.toLowerCase()));
    const pairs = similarWords(own, plain, index.meaning.words, SIMILAR_MIN).slice(0, MAX_SIMILAR);
    if (pairs.length) clauses.push(`similar meaning: ${pairs.map(([a, b]) => `${a} ≈ ${b}`).join(', ')}`);
  }
  if (!sharedWords.length && figures.length) clauses.push('a figure alone is not a match');
  if (!clauses.length) clauses.push(parts.meaning > 0 ? 'no shared words; close in meaning overall' : 'nothing in common');
  const split = index.meaning ? ` (words ${parts.words.toFixed(2)} + meaning ${parts.meaning.toFixed(2)})` : '';
  const lead = noCloseMatch ? 'No close match in this outlet; nearest passage ' : '';
  return { shared, differing, explanation: `${lead}${clauses.join('; ')}${split}` };
}
