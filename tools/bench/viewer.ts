/**
 * Viewer benchmark driver: builds renderer/bench with Vite, serves it on
 * 127.0.0.1, runs it in headless Chromium and reports the figures against the
 * goals (open < 1 s, add/remove p95 < 16 ms). Run: npx tsx tools/bench/viewer.ts
 */
import { createReadStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { z } from 'zod';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PAGE = 'viewer-bench.html';
const GOALS = { openMs: 1000, opP95Ms: 16 };

const OpStats = z.object({ n: z.number(), medianMs: z.number(), p95Ms: z.number(), maxMs: z.number(), scriptMedianMs: z.number() });
const OpenStats = z.object({ totalMs: z.number(), scriptMs: z.number(), layoutMs: z.number() });
/** What the page leaves in window.__benchResult; parsed because it crosses from the page. */
const BenchResult = z.object({
  article: z.object({ words: z.number(), blocks: z.number(), chars: z.number() }),
  highlights: z.object({ count: z.number(), shown: z.number(), crossBlock: z.number(), overlapping: z.number(), spans: z.number() }),
  open: OpenStats,
  reopen: OpenStats,
  domNodes: z.number(),
  ours: z.object({ add: OpStats, remove: OpStats }),
  naive: z.object({ open: OpenStats, add: OpStats, remove: OpStats }),
  ratio: z.object({ addMedian: z.number(), addP95: z.number(), removeMedian: z.number(), removeP95: z.number() }),
  cspViolations: z.array(z.string()),
  userAgent: z.string(),
});
export type BenchResult = z.infer<typeof BenchResult>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

/** Builds the benchmark page into `outDir` with Vite (esbuild/oxc handle the TypeScript). */
async function buildPage(outDir: string): Promise<void> {
  const root = path.join(ROOT, 'renderer', 'bench');
  await build({
    root,
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, rolldownOptions: { input: path.join(root, PAGE) } },
  });
}

/** A static file server for `dir` on 127.0.0.1 and a random port. */
async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(dir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    stat(file)
      .then((s) => {
        if (!s.isFile()) throw new Error('not a file');
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(res);
      })
      .catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/${PAGE}` };
}

/** Opens the page in headless Chromium and waits for its result. */
async function runInChromium(url: string): Promise<BenchResult> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    const handle = await page.waitForFunction(() => Reflect.get(window, '__benchResult') as unknown, undefined, { timeout: 300_000, polling: 500 });
    const raw: unknown = await handle.jsonValue();
    const failed = z.object({ error: z.string() }).safeParse(raw);
    if (failed.success) throw new Error(`The benchmark page failed: ${failed.data.error}`);
    if (errors.length) throw new Error(`The benchmark page reported errors: ${errors.join('; ')}`);
    return BenchResult.parse(raw);
  } finally {
    await browser.close();
  }
}

const ms = (n: number): string => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const verdict = (value: number, goal: number): string => (value < goal ? 'met' : 'MISSED');

/** The results as a plain-text table. */
export function formatResult(r: BenchResult): string {
  const rows: [string, string, string][] = [
    ['article', `${r.article.words.toLocaleString('en')} words, ${r.article.blocks} blocks`, ''],
    ['highlights', `${r.highlights.count} (${r.highlights.crossBlock} cross-block, ${r.highlights.overlapping} overlapping)`, `${r.highlights.spans} spans`],
    ['open (setArticle → paint)', ms(r.open.totalMs), `goal < ${GOALS.openMs} ms: ${verdict(r.open.totalMs, GOALS.openMs)}`],
    // ProseMirror reads the DOM selection at the end of setArticle, which forces layout there.
    ['  setArticle / layout after it', `${ms(r.open.scriptMs)} / ${ms(r.open.layoutMs)}`, `same article again: ${ms(r.reopen.totalMs)}`],
    ['DOM nodes', String(r.domNodes), ''],
    ['add one: median / p95', `${ms(r.ours.add.medianMs)} / ${ms(r.ours.add.p95Ms)}`, `goal p95 < ${GOALS.opP95Ms} ms: ${verdict(r.ours.add.p95Ms, GOALS.opP95Ms)}`],
    ['remove one: median / p95', `${ms(r.ours.remove.medianMs)} / ${ms(r.ours.remove.p95Ms)}`, `goal p95 < ${GOALS.opP95Ms} ms: ${verdict(r.ours.remove.p95Ms, GOALS.opP95Ms)}`],
    ['  script median add / remove', `${ms(r.ours.add.scriptMedianMs)} / ${ms(r.ours.remove.scriptMedianMs)}`, ''],
    ['naive add: median / p95', `${ms(r.naive.add.medianMs)} / ${ms(r.naive.add.p95Ms)}`, `ratio naive/ours ${r.ratio.addMedian.toFixed(1)}x / ${r.ratio.addP95.toFixed(1)}x`],
    ['naive remove: median / p95', `${ms(r.naive.remove.medianMs)} / ${ms(r.naive.remove.p95Ms)}`, `ratio naive/ours ${r.ratio.removeMedian.toFixed(1)}x / ${r.ratio.removeP95.toFixed(1)}x`],
    ['CSP violations', String(r.cspViolations.length), r.cspViolations.join('; ')],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  return rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`.trimEnd()).join('\n');
}

/** Builds, serves, runs, prints and saves the viewer benchmark; returns the parsed result. */
export async function main(): Promise<BenchResult> {
  const outDir = path.join(ROOT, 'dist', 'bench');
  console.log('Building the benchmark page…');
  await buildPage(outDir);
  const { server, url } = await serve(outDir);
  try {
    console.log(`Running in Chromium (${url})…`);
    const result = await runInChromium(url);
    console.log(formatResult(result));
    const file = path.join(ROOT, 'bench-results', 'viewer.json');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify({ date: new Date().toISOString(), goals: GOALS, ...result }, null, 2) + '\n');
    console.log(`Saved ${path.relative(ROOT, file)}`);
    return result;
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
