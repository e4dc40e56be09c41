/**
 * Benchmark: suggestions and whole-study alignment on a synthetic study of
 * 200 articles x ~40 sentences, made from the seed articles by shuffling and
 * paraphrasing their sentences (synonym swaps, clause order swaps, dropped
 * clauses), 8 articles per outlet. Times:
 * - reading the word vectors (shared/suggest/vectors/words.wv),
 * - building the index (words and meaning),
 * - one span's suggestions (median and p95 over 100 random spans),
 * - aligning the whole study with the inverted index (alignStudy) and with
 *   brute-force all-pairs cosine (alignBruteForce), in the same run, and
 *   checks that both give the same pairs.
 * Goals: one span < 50 ms, whole alignment < 2 s.
 *
 * Run: npx tsx tools/bench/suggest.ts   (writes bench-results/suggest.json)
 */
import { readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { splitSentences } from '../../shared/compare/sentences';
import { alignBruteForce, alignStudy, buildIndex, NO_CLOSE_MATCH, parseWordVectors, suggest, type IndexArticle, type WordVectors } from '../../shared/suggest';
import { seedBlocks } from '../../shared/suggest/eval/seeds-labelled';
import { seededRandom as random } from '../../shared/random';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTICLES = 200;
const SENTENCES_PER_ARTICLE = 40;
const PER_OUTLET = 8;
const SPANS = 100;
/** The app's default alignment cut: the suggestions' "no close match" threshold. */
const ALIGN = { minScore: NO_CLOSE_MATCH, perSentence: 1 };
const GOALS = { spanMs: 50, alignMs: 2000 };

/** Words an outlet might use instead (both directions are tried). */
const SWAPS: string[][] = [
  ['fighters', 'militants', 'gunmen'],
  ['talks', 'negotiations', 'discussions'],
  ['deadlock', 'impasse', 'stalemate'],
  ['ceasefire', 'truce'],
  ['reconstruction', 'rebuilding'],
  ['disarmament', 'demilitarization'],
  ['hostages', 'captives'],
  ['bodies', 'remains'],
  ['Washington', 'the United States', 'the US'],
  ['Israel', 'Tel Aviv', 'Jerusalem'],
  ['said', 'stated', 'told reporters'],
  ['agreement', 'deal', 'accord'],
  ['plan', 'proposal'],
  ['refuses', 'rejects'],
  ['weapons', 'arms'],
  ['troops', 'soldiers', 'forces'],
  ['phase', 'stage'],
  ['official', 'source'],
  ['officials', 'sources'],
  ['difficult', 'hard'],
  ['concerned', 'worried'],
];
const SWAP_OF = new Map<string, string[]>();
for (const group of SWAPS) for (const w of group) SWAP_OF.set(w, group.filter((x) => x !== w));

function paraphrase(sentence: string, rnd: () => number): string {
  let s = sentence;
  // Synonym swaps, word by word.
  s = s.replace(/\b(?:the United States|the US|Tel Aviv|told reporters|[A-Za-z]+)\b/g, (w) => {
    const alts = SWAP_OF.get(w);
    return alts && rnd() < 0.5 ? alts[Math.floor(rnd() * alts.length)]! : w;
  });
  const clauses = s.replace(/[.!?]+["\u201D]?$/, '').split(/,\s+/);
  // Drop a middle clause.
  if (clauses.length > 2 && rnd() < 0.3) clauses.splice(1 + Math.floor(rnd() * (clauses.length - 2)), 1);
  // Swap the first two clauses.
  if (clauses.length > 1 && rnd() < 0.3) {
    const [a, b] = [clauses[0]!, clauses[1]!];
    clauses[0] = b.charAt(0).toUpperCase() + b.slice(1);
    clauses[1] = a.charAt(0).toLowerCase() + a.slice(1);
  }
  return `${clauses.join(', ')}.`;
}

async function seedSentences(): Promise<string[]> {
  const dir = path.join(ROOT, 'seeds');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const out: string[] = [];
  for (const f of files) {
    const text = await readFile(path.join(dir, f), 'utf8');
    for (const b of seedBlocks(text)) {
      if (b.boilerplate) continue;
      for (const s of splitSentences(text.slice(b.start, b.end))) if (s.text.split(/\s+/).length >= 6) out.push(s.text);
    }
  }
  return out;
}

/** The synthetic study: paragraphs of 2-4 paraphrased sentences, plus one boilerplate line per article. */
export function makeStudy(pool: readonly string[], rnd: () => number): IndexArticle[] {
  const articles: IndexArticle[] = [];
  for (let a = 0; a < ARTICLES; a++) {
    const paragraphs: string[] = [];
    let left = SENTENCES_PER_ARTICLE;
    while (left > 0) {
      const n = Math.min(left, 2 + Math.floor(rnd() * 3));
      const sentences: string[] = [];
      for (let k = 0; k < n; k++) sentences.push(paraphrase(pool[Math.floor(rnd() * pool.length)]!, rnd));
      paragraphs.push(sentences.join(' '));
      left -= n;
    }
    paragraphs.splice(Math.floor(rnd() * paragraphs.length), 0, 'Read more: sign up for our newsletter on the Gaza ceasefire talks');
    const text = paragraphs.join('\n\n');
    let at = 0;
    const blocks = paragraphs.map((p) => {
      const block = { start: at, end: at + p.length, boilerplate: p.startsWith('Read more:') ? 'promo' : null };
      at += p.length + 2;
      return block;
    });
    articles.push({ id: `a${String(a).padStart(3, '0')}`, outletId: `outlet${Math.floor(a / PER_OUTLET)}`, text, blocks });
  }
  return articles;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

export interface SuggestBenchResult {
  articles: number;
  sentences: number;
  vocabulary: number;
  vectorsMs: number;
  buildMs: number;
  span: { runs: number; medianMs: number; p95Ms: number; maxMs: number };
  align: { options: typeof ALIGN; indexMs: number; bruteForceMs: number; speedup: number; pairs: number; identical: boolean };
  goals: typeof GOALS;
  met: { span: boolean; align: boolean };
}

/** Runs the benchmark, prints the figures and writes bench-results/suggest.json. */
export async function main(): Promise<SuggestBenchResult> {
  const rnd = random(20251220);
  const study = makeStudy(await seedSentences(), rnd);

  const loaded = time(() => {
    const parsed = parseWordVectors(new Uint8Array(readFileSync(path.join(ROOT, 'shared', 'suggest', 'vectors', 'words.wv'))));
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.vectors;
  });
  const vectors: WordVectors = loaded.value;
  buildIndex(study.slice(0, 10), { vectors }); // warm up the tokeniser and stemmer caches' code paths
  const built = time(() => buildIndex(study, { vectors }));
  const index = built.value;

  // One span: a random run of words inside a random sentence.
  const spans = Array.from({ length: SPANS }, () => {
    const s = index.sentences[Math.floor(rnd() * index.sentences.length)]!;
    const words = [...s.text.matchAll(/\S+/g)];
    const from = Math.floor(rnd() * Math.max(1, words.length - 4));
    const to = Math.min(words.length - 1, from + 4 + Math.floor(rnd() * 12));
    return { articleId: s.articleId, start: s.start + words[from]!.index!, end: s.start + words[to]!.index! + words[to]![0].length };
  });
  for (const span of spans.slice(0, 5)) suggest(index, span, 3);
  const spanMs = spans.map((span) => time(() => suggest(index, span, 3)).ms).sort((a, b) => a - b);

  alignStudy(index, ALIGN); // warm-up
  const ours = time(() => alignStudy(index, ALIGN));
  const brute = time(() => alignBruteForce(index, ALIGN));
  const identical = JSON.stringify(ours.value) === JSON.stringify(brute.value);

  const result: SuggestBenchResult = {
    articles: study.length,
    sentences: index.sentences.length,
    vocabulary: index.vocab.size,
    vectorsMs: round(loaded.ms),
    buildMs: round(built.ms),
    span: { runs: SPANS, medianMs: round(percentile(spanMs, 50)), p95Ms: round(percentile(spanMs, 95)), maxMs: round(spanMs[spanMs.length - 1]!) },
    align: {
      options: ALIGN,
      indexMs: round(ours.ms),
      bruteForceMs: round(brute.ms),
      speedup: round(brute.ms / ours.ms),
      pairs: ours.value.length,
      identical,
    },
    goals: GOALS,
    met: { span: percentile(spanMs, 95) < GOALS.spanMs, align: ours.ms < GOALS.alignMs },
  };

  console.table({
    'read word vectors': { ms: result.vectorsMs, goal: '' },
    'build index': { ms: result.buildMs, goal: '' },
    'one span, median': { ms: result.span.medianMs, goal: `< ${GOALS.spanMs}` },
    'one span, p95': { ms: result.span.p95Ms, goal: `< ${GOALS.spanMs}` },
    'align, inverted index': { ms: result.align.indexMs, goal: `< ${GOALS.alignMs}` },
    'align, brute force': { ms: result.align.bruteForceMs, goal: '' },
  });
  console.log(
    `${result.articles} articles, ${result.sentences} sentences, ${result.vocabulary} terms; ` +
      `alignment ${result.align.speedup}x faster than brute force, ${result.align.pairs} pairs, ` +
      `${identical ? 'identical to' : 'DIFFERENT FROM'} brute force`,
  );
  const file = path.join(ROOT, 'bench-results', 'suggest.json');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify({ date: new Date().toISOString(), cpus: os.cpus().length, loadavg: os.loadavg(), ...result }, null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
  if (!identical) process.exitCode = 1;
  return result;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
