/**
 * Benchmark: saving ONE changed annotation in a study of 100,000 annotations
 * (20 annotators x 5,000) through StudyStore.updateTagSet, versus lowdb's stock
 * JSONFile adapter rewriting the whole data set as one file.
 *
 * Run: npx tsx tools/bench/store.ts   (writes bench-results/store.json;
 * KEEP_BENCH=1 keeps the temp study folder and prints its path)
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { type Annotation, type Article, type Link, SCHEMA_VERSION, type Study, type TagSet, presetCodebook } from '../../shared/model';
import { tagSetFile } from '../../electron/store/study-files';
import { StudyStore } from '../../electron/store/study-store';
import { seededRandom as random } from '../../shared/random';

const ANNOTATORS = 20;
const PER_ANNOTATOR = 5_000;
const LINKS_PER_ANNOTATOR = 200;
const STORE_RUNS = 20;
const STOCK_RUNS = 5;
const WARMUP = 2;
const QUOTE = 60;
const CONTEXT = 32;

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');

/** The seed articles, as study articles with a paragraph per block. */
async function seedArticles(): Promise<Article[]> {
  const dir = path.join(repo, 'seeds');
  const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(
    names.map(async (name, i) => {
      const raw = await fs.readFile(path.join(dir, name), 'utf8');
      const blocks = raw.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
      return {
        schemaVersion: SCHEMA_VERSION,
        id: `seed-${i}`,
        outletId: `outlet-${i}`,
        title: blocks[0]?.slice(0, 80) ?? name,
        importedAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
        sourceFormat: 'text' as const,
        doc: { type: 'doc', content: blocks.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
        text: blocks.join('\n\n'),
      };
    }),
  );
}

const NOTES = [
  'Compare with the wire copy: the figure differs.',
  'Unnamed source; check whether other outlets name them.',
  'Loaded term, not used by the other outlets.',
  'Same claim appears without attribution elsewhere.',
];

function buildTagSet(annotator: string, index: number, articles: Article[], study: Study): TagSet {
  const rand = random(1000 + index);
  const annotations: Annotation[] = [];
  const categories = ['claim', 'framing', 'attribution'] as const;
  for (let n = 0; n < PER_ANNOTATOR; n++) {
    const article = articles[Math.floor(rand() * articles.length)]!;
    const start = Math.floor(rand() * (article.text.length - QUOTE));
    const end = start + QUOTE;
    const category = categories[n % 3]!;
    const labels = study.codebook[category];
    const at = new Date(Date.UTC(2025, 1, 1) + n * 60_000).toISOString();
    annotations.push({
      id: `${index}-${n}`,
      articleId: article.id,
      annotator,
      category,
      label: labels[Math.floor(rand() * labels.length)]!.id,
      note: rand() < 0.3 ? NOTES[n % NOTES.length]! : '',
      createdAt: at,
      updatedAt: at,
      position: { start, end },
      quote: {
        exact: article.text.slice(start, end),
        prefix: article.text.slice(Math.max(0, start - CONTEXT), start),
        suffix: article.text.slice(end, end + CONTEXT),
      },
    });
  }
  const links: Link[] = [];
  for (let n = 0; n < LINKS_PER_ANNOTATOR; n++) {
    // Two or three distinct annotations of this annotator.
    const first = Math.floor(rand() * annotations.length);
    const size = 2 + (n % 2);
    const members = Array.from({ length: size }, (_, m) => annotations[(first + m * 7) % annotations.length]!.id);
    links.push({
      id: `link-${index}-${n}`,
      annotator,
      label: `Comparison ${n}`,
      kind: n % 2 ? 'same-claim' : 'same-referent',
      members,
      note: '',
      createdAt: annotations[0]!.createdAt,
      updatedAt: annotations[0]!.createdAt,
    });
  }
  return { schemaVersion: SCHEMA_VERSION, annotator, annotations, links };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)]!;
}

const ms = (n: number) => Math.round(n * 10) / 10;

/** Runs the benchmark, prints a table and writes bench-results/store.json; returns the results. */
export async function main(): Promise<Record<string, unknown>> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-store-'));
  try {
    const articles = await seedArticles();
    const study: Study = {
      schemaVersion: SCHEMA_VERSION,
      name: 'Benchmark study',
      createdAt: '2025-01-01T00:00:00.000Z',
      outlets: articles.map((a, i) => ({ id: a.outletId, name: `Outlet ${i}` })),
      codebook: presetCodebook(),
    };
    const names = Array.from({ length: ANNOTATORS }, (_, i) => `Annotator ${String(i + 1).padStart(2, '0')}`);
    const tagSets = names.map((name, i) => buildTagSet(name, i, articles, study));

    // --- StudyStore: one file per annotator, only the changed one is written.
    const dir = path.join(work, 'bench.study');
    let t = performance.now();
    const created = await StudyStore.create(dir, study);
    for (const article of articles) await created.addArticle(article);
    for (const tagSet of tagSets) {
      await created.updateTagSet(tagSet.annotator, (draft) => {
        draft.annotations = tagSet.annotations;
        draft.links = tagSet.links;
      });
    }
    await created.close();
    const buildMs = performance.now() - t;

    t = performance.now();
    const store = await StudyStore.open(dir);
    const openMs = performance.now() - t;
    const annotationCount = store.tagSets().reduce((n, s) => n + s.annotations.length, 0);

    const storeTimes: number[] = [];
    for (let run = 0; run < WARMUP + STORE_RUNS; run++) {
      const name = names[run % ANNOTATORS]!;
      const k = (run * 997) % PER_ANNOTATOR;
      const start = performance.now();
      await store.updateTagSet(name, (draft) => {
        const a = draft.annotations[k]!;
        a.note = `edited in run ${run}`;
        a.updatedAt = new Date().toISOString();
      });
      if (run >= WARMUP) storeTimes.push(performance.now() - start);
    }
    const tagSetBytes = (await fs.stat(path.join(dir, ...tagSetFile(names[0]!).split('/')))).size;
    await store.close();

    // --- lowdb stock JSONFile: the same data as one file, rewritten whole on every change.
    const whole = path.join(work, 'whole.json');
    interface Whole {
      project: Study;
      articles: Article[];
      tagSets: TagSet[];
    }
    const db = new Low<Whole>(new JSONFile<Whole>(whole), { project: study, articles, tagSets });
    const stockTimes: number[] = [];
    for (let run = 0; run < 1 + STOCK_RUNS; run++) {
      const j = run % ANNOTATORS;
      const k = (run * 997) % PER_ANNOTATOR;
      const start = performance.now();
      const set = db.data.tagSets[j]!;
      const annotations = set.annotations.slice();
      annotations[k] = { ...annotations[k]!, note: `edited in run ${run}`, updatedAt: new Date().toISOString() };
      db.data.tagSets[j] = { ...set, annotations };
      await db.write();
      if (run >= 1) stockTimes.push(performance.now() - start);
    }
    const wholeBytes = (await fs.stat(whole)).size;

    const storeMedian = median(storeTimes);
    const stockMedian = median(stockTimes);
    const results = {
      date: new Date().toISOString(),
      machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, loadAverage1m: Math.round(os.loadavg()[0]! * 10) / 10 },
      dataSet: { annotators: ANNOTATORS, annotations: annotationCount, linksPerAnnotator: LINKS_PER_ANNOTATOR, articles: articles.length },
      studyStore: {
        what: 'StudyStore.updateTagSet: change one annotation (clone + zod validation of the 5,000-annotation tag set, backup (hard link), temp write + fsync + rename + dir fsync)',
        runs: STORE_RUNS,
        medianMs: ms(storeMedian),
        p95Ms: ms(percentile(storeTimes, 95)),
        minMs: ms(Math.min(...storeTimes)),
        maxMs: ms(Math.max(...storeTimes)),
        fileBytes: tagSetBytes,
        openMs: ms(openMs),
        buildMs: ms(buildMs),
      },
      lowdbJSONFile: {
        what: "lowdb JSONFile + db.write(): whole data set as one file (steno temp + rename, no fsync)",
        runs: STOCK_RUNS,
        medianMs: ms(stockMedian),
        minMs: ms(Math.min(...stockTimes)),
        maxMs: ms(Math.max(...stockTimes)),
        fileBytes: wholeBytes,
      },
      ratio: Math.round((stockMedian / storeMedian) * 10) / 10,
    };

    const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
    console.log(`Store benchmark: ${annotationCount.toLocaleString('en')} annotations, ${ANNOTATORS} annotators, ${articles.length} articles`);
    console.table({
      'StudyStore.updateTagSet (1 annotation)': {
        median_ms: results.studyStore.medianMs,
        p95_ms: results.studyStore.p95Ms,
        runs: STORE_RUNS,
        file_written: mb(tagSetBytes),
      },
      'lowdb JSONFile db.write() (whole set)': {
        median_ms: results.lowdbJSONFile.medianMs,
        p95_ms: '-',
        runs: STOCK_RUNS,
        file_written: mb(wholeBytes),
      },
    });
    console.log(`Ratio (JSONFile median / StudyStore median): ${results.ratio}x`);
    console.log(`Open study (load + validate all files): ${results.studyStore.openMs} ms; build: ${results.studyStore.buildMs} ms`);

    const out = path.join(repo, 'bench-results');
    await fs.mkdir(out, { recursive: true });
    await fs.writeFile(path.join(out, 'store.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`Wrote ${path.relative(process.cwd(), path.join(out, 'store.json')) || 'bench-results/store.json'}`);
    return results;
  } finally {
    if (!process.env.KEEP_BENCH) await fs.rm(work, { recursive: true, force: true }); else console.log(work);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
