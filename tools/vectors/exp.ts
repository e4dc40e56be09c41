import { readFileSync, writeFileSync } from 'node:fs';
import { buildIndex, KIND_NUMBER } from '../../shared/suggest/build';
import { DenseQuery } from '../../shared/suggest/score';
import { meaningCosine } from '../../shared/suggest/meaning';
import { parseWordVectors } from '../../shared/suggest/vectors';
import { evalTexts } from '../../shared/suggest/eval/adapters';
import { parseEvalSet } from '../../shared/suggest/eval/format';
import { evalQueries } from '../../shared/suggest/eval/score-set';

const parsed = parseWordVectors(new Uint8Array(readFileSync(process.argv[2] ?? '/tmp/words100k.wv')));
if (!parsed.ok) throw new Error(parsed.error);
const rows: any[] = [];
const V = parsed.vectors;
function soft(a: any, b: any): number[] {
  const wa = words(a), wb = words(b);
  const dir = (x: any[], y: any[]) => { let num = 0, den = 0; for (const u of x) { let best = 0; for (const v of y) { let c = 0; if (u.t === v.t) c = 1; else if (u.v && v.v) { let d = 0; for (let k = 0; k < 100; k++) d += u.v[k] * v.v[k]; c = d; } if (c > best) best = c; } den += u.w; num += u.w * best; } return den ? num / den : 0; };
  const p = dir(wa, wb), r = dir(wb, wa);
  return [p, r];
}
let curIdx: any;
function words(s: any) { return s.words.map((w: string, k: number) => ({ t: s.wordTerms[k], w: curIdx.idf[s.wordTerms[k]], v: curIdx.kinds[s.wordTerms[k]] === KIND_NUMBER ? undefined : V.get(w.toLowerCase()) })); }
for (const f of ['jajarkot-earthquake-2023.json', 'ludian-earthquake-2014.json']) {
  const set = parseEvalSet(f, JSON.parse(readFileSync('shared/suggest/eval/data/' + f, 'utf8')));
  if (!set.ok) throw new Error(set.error);
  const texts = evalTexts(set.set);
  const index = buildIndex([...texts.values()].map((t) => t.article), { vectors: parsed.vectors });
  const sid = (a: string, i: number) => index.articles.get(a)!.sentences.find((s) => index.sentences[s]!.start === texts.get(a)!.spans[i]!.start)!;
  const dense = new DenseQuery(index);
  curIdx = index;
  for (const q of evalQueries(set.set)) {
    const s = sid(q.source.article, q.source.sentence);
    const src = index.sentences[s]!;
    dense.load(src);
    const qm = index.meaning!.vectors.subarray(s * 100, s * 100 + 100);
    const cands = index.articles.get(q.targetArticleId)!.sentences.map((t) => {
      const x = index.sentences[t]!;
      const idx = texts.get(q.targetArticleId)!.spans.findIndex((sp) => sp.start === x.start);
      let sharedWords = 0, sharedNums = 0;
      const set2 = new Set(x.terms);
      for (const term of src.terms) if (set2.has(term)) { if (index.kinds[term] === KIND_NUMBER) sharedNums++; else sharedWords++; }
      return { idx, soft: soft(src, x), bm: dense.score(src.norm, x), emb: meaningCosine(index.meaning!, qm, t), sharedWords, sharedNums, len: x.terms.length };
    });
    rows.push({ set: f.slice(0, 3), relevant: q.relevant, cands });
  }
}
writeFileSync('/tmp/exp/rows.json', JSON.stringify(rows));
console.log(rows.length);
