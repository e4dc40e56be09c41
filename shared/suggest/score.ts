import { KIND_ENTITY, KIND_NUMBER, type IndexedSentence, type SuggestIndex } from './build';

/**
 * Sentence similarity, two parts. Words: the cosine of BM25-weighted term vectors, plus a small
 * bonus for each shared number (0.1, at most 2 counted; raised from 0.05 on the dev sets) and each shared
 * named entity (0.02, at most 3 counted). Numbers and names are what make two
 * sentences report the same fact rather than the same topic, but the bonus is
 * kept small so that it reorders close candidates without lifting unrelated ones.
 * A pair whose only shared terms are numbers gets no word part: a bare
 * number ("the four hostages" / "those four countries") is not a match.
 * Meaning: MEANING_WEIGHT times the cosine of the two sentences' meaning
 * vectors (meaning.ts) when positive, so paraphrases that share few words
 * rise. Measured on the dev evaluation sets (tools/vectors, `npm run eval`).
 */

/** Weight of the meaning cosine added to the word score (fit on the dev sets: 0.05-0.15 all help, 0.1 best). */
export const MEANING_WEIGHT = 0.1;

/**
 * Under this score the best passage of an outlet is "no close match in this
 * outlet" rather than a suggestion; alignment keeps no pair under it. Fit on
 * the dev sets (Jajarkot, Ludian) by `npm run eval -- --fit`: the cut with the
 * best F0.5 of the verdict (precision counted twice: a wrong verdict hides the
 * right passage, a weak guess only costs a glance). There: precision 0.787,
 * recall 0.780 of the no-match queries (vs queries whose first passage is
 * right). The F1 best, 0.205, would hide 114 right first passages, not 70.
 */
export const NO_CLOSE_MATCH = 0.145;

/** The final score of a pair: its word score plus the weighted meaning cosine (when positive; at most 1, float sums of unit vectors can pass it). */
export function blendScore(words: number, meaningCos: number): number {
  return Math.round((words + MEANING_WEIGHT * Math.min(1, Math.max(0, meaningCos))) * 1e9) / 1e9;
}

/** Short sentences (headlines, fragments) carry less evidence: the score is scaled by n / (n + SHORT_DAMPING), n the shorter side's distinct terms. */
export const SHORT_DAMPING = 2;
export const NUMBER_BONUS = 0.1;
export const MAX_NUMBERS = 2;
export const ENTITY_BONUS = 0.02;
export const MAX_ENTITIES = 3;

/**
 * The score of a pair from its dot product, norms, shared numbers and
 * entities, each side's count of distinct terms and the count of shared
 * terms that are not numbers (none: 0, a bare number). Never above the cosine
 * plus the bonus (the damping is at most 1), which alignStudy's cut relies on.
 */
export function pairScore(dot: number, normA: number, normB: number, numbers: number, entities: number, termsA: number, termsB: number, content = 1): number {
  if (dot <= 0 || normA === 0 || normB === 0 || content === 0) return 0;
  const shorter = Math.min(termsA, termsB);
  const damping = shorter / (shorter + SHORT_DAMPING);
  const score = damping * (dot / (normA * normB) + NUMBER_BONUS * Math.min(MAX_NUMBERS, numbers) + ENTITY_BONUS * Math.min(MAX_ENTITIES, entities));
  // Rounded so that a pair scores the same whichever side is summed over (float addition is not associative).
  return Math.round(score * 1e9) / 1e9;
}

/**
 * One sentence's vector spread into a dense array over the vocabulary, so a
 * pair costs one pass over the other sentence's terms. Reused across queries:
 * `load` then `clear` touch only the loaded terms.
 */
export class DenseQuery {
  readonly weights: Float64Array;
  private loaded: Int32Array = new Int32Array(0);

  constructor(private readonly index: SuggestIndex) {
    this.weights = new Float64Array(index.vocab.size);
  }

  load(sentence: { terms: Int32Array; weights: Float64Array }): void {
    this.clear();
    const { terms, weights } = sentence;
    for (let k = 0; k < terms.length; k++) this.weights[terms[k]!] = weights[k]!;
    this.loaded = terms;
  }

  clear(): void {
    for (let k = 0; k < this.loaded.length; k++) this.weights[this.loaded[k]!] = 0;
    this.loaded = new Int32Array(0);
  }

  /** Score of the loaded vector (with norm `norm`) against a sentence. */
  score(norm: number, other: IndexedSentence): number {
    const ownTerms = this.loaded.length;
    const { terms, weights } = other;
    const kinds = this.index.kinds;
    let dot = 0;
    let numbers = 0;
    let entities = 0;
    let content = 0;
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k]!;
      const q = this.weights[t]!;
      if (q === 0) continue;
      dot += q * weights[k]!;
      const kind = kinds[t];
      if (kind === KIND_NUMBER) numbers++;
      else {
        content++;
        if (kind === KIND_ENTITY) entities++;
      }
    }
    return pairScore(dot, norm, other.norm, numbers, entities, ownTerms, terms.length, content);
  }
}
