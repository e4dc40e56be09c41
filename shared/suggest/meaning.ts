import type { WordVectors } from './vectors';

/**
 * Sentence meaning from word vectors: each sentence is the idf-weighted sum of
 * its content words' unit vectors, minus the study's mean sentence vector
 * (what every sentence of the story shares: the topic), scaled to unit
 * length. The cosine of two such vectors says how close their meanings are
 * beyond the words they share: "troops" and "forces", "recruiting" and
 * "assembling" sit near each other. Numbers carry no meaning here.
 */

export interface MeaningIndex {
  words: WordVectors;
  dims: number;
  /** Per sentence: its centred unit vector (dims floats), all zero when none of its words has a vector. */
  vectors: Float32Array;
  /** The study's mean sentence vector, subtracted from every sentence and query. */
  mean: Float32Array;
}

/** A weighted word: its surface (any case, may be several words) and its weight. */
export interface WeightedWord {
  surface: string;
  weight: number;
}

/** Lower-case words of a surface that may have a vector ("International Force" -> international, force). */
export function vectorWords(surface: string): string[] {
  return surface.toLowerCase().replace(/['\u2019]s$/, '').split(/[^a-z'-]+/).filter((w) => w.length > 1);
}

/** The idf-weighted sum of the words' vectors, unit length; null when no word has a vector. */
export function rawMeaning(words: readonly WeightedWord[], vectors: WordVectors): Float32Array | null {
  const sum = new Float32Array(vectors.dims);
  let found = false;
  for (const { surface, weight } of words) {
    if (weight <= 0) continue;
    for (const w of vectorWords(surface)) {
      const v = vectors.get(w);
      if (!v) continue;
      found = true;
      for (let d = 0; d < sum.length; d++) sum[d]! += weight * v[d]!;
    }
  }
  return found ? unit(sum) : null;
}

function unit(v: Float32Array): Float32Array {
  let sq = 0;
  for (let d = 0; d < v.length; d++) sq += v[d]! * v[d]!;
  if (sq === 0) return v;
  const s = 1 / Math.sqrt(sq);
  for (let d = 0; d < v.length; d++) v[d]! *= s;
  return v;
}

/** Centres a raw meaning on the study mean and scales it to unit length (in place). */
export function centre(raw: Float32Array, mean: Float32Array): Float32Array {
  for (let d = 0; d < raw.length; d++) raw[d]! -= mean[d]!;
  return unit(raw);
}

/** The meaning index of a study's sentences, each given as its weighted words. */
export function buildMeaning(sentences: readonly (readonly WeightedWord[])[], words: WordVectors): MeaningIndex {
  const dims = words.dims;
  const raws = sentences.map((s) => rawMeaning(s, words));
  const mean = new Float32Array(dims);
  let n = 0;
  for (const r of raws) {
    if (!r) continue;
    n++;
    for (let d = 0; d < dims; d++) mean[d]! += r[d]!;
  }
  if (n) for (let d = 0; d < dims; d++) mean[d]! /= n;
  const vectors = new Float32Array(sentences.length * dims);
  raws.forEach((r, i) => {
    if (r) vectors.set(centre(r, mean), i * dims);
  });
  return { words, dims, vectors, mean };
}

/** The centred unit meaning of a query (zero vector when none of its words has a vector). */
export function queryMeaning(meaning: MeaningIndex, words: readonly WeightedWord[]): Float32Array {
  const raw = rawMeaning(words, meaning.words);
  return raw ? centre(raw, meaning.mean) : new Float32Array(meaning.dims);
}

/** Cosine of a query meaning with sentence `s` of the index (0 when either has none). */
export function meaningCosine(meaning: MeaningIndex, query: Float32Array, s: number): number {
  const v = meaning.vectors;
  const at = s * meaning.dims;
  let dot = 0;
  for (let d = 0; d < meaning.dims; d++) dot += query[d]! * v[at + d]!;
  return dot;
}

/** Closest word pairs of two word lists by vector cosine (at least `min`), each word used once, best first: "troops ≈ forces". */
export function similarWords(a: readonly string[], b: readonly string[], vectors: WordVectors, min = 0.6): [string, string][] {
  const withVectors = (words: readonly string[]) =>
    words.flatMap((w) => {
      const v = vectors.get(w.toLowerCase());
      return v ? [{ w, key: w.toLowerCase(), v }] : [];
    });
  const as = withVectors(a);
  const bs = withVectors(b);
  const pairs: { x: string; y: string; c: number }[] = [];
  for (const x of as) {
    for (const y of bs) {
      if (x.key === y.key) continue;
      let c = 0;
      for (let d = 0; d < x.v.length; d++) c += x.v[d]! * y.v[d]!;
      if (c >= min) pairs.push({ x: x.w, y: y.w, c });
    }
  }
  pairs.sort((p, q) => q.c - p.c);
  const usedA = new Set<string>();
  const usedB = new Set<string>();
  const out: [string, string][] = [];
  for (const p of pairs) {
    if (usedA.has(p.x) || usedB.has(p.y)) continue;
    usedA.add(p.x);
    usedB.add(p.y);
    out.push([p.x, p.y]);
  }
  return out;
}

/** Cosine of the meanings of sentences `i` and `j` of the index. */
export function sentenceCosine(meaning: MeaningIndex, i: number, j: number): number {
  const v = meaning.vectors;
  const a = i * meaning.dims;
  const b = j * meaning.dims;
  let dot = 0;
  for (let d = 0; d < meaning.dims; d++) dot += v[a + d]! * v[b + d]!;
  return dot;
}
