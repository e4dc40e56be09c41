/**
 * Benchmark: the whole-study agreement report for 20 annotators × 5,000
 * annotations each (100,000 spans) over 200 articles of 6,000 characters,
 * plus their links. Annotators tag mostly the same places as a hidden
 * reference (jittered boundaries, some category and label changes) and some
 * places of their own, so matches, disagreements and partial overlaps all
 * occur. Data come from a seeded PRNG: every run times the same study.
 * Goal: whole report < 1 s. Second figure: the review view of one article
 * with 5 annotators × 500 annotations (75,000 characters, about a span a
 * sentence), recomputed after each change (one span moved): its matches and
 * that article's report. Goal: p95 < 16 ms.
 *
 * Run: npm run bench -- agreement   (or npx tsx tools/bench/agreement.ts)
 */
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { agreementReport, agreementCsv, formatAgreementTable } from '../../shared/agreement';
import type { Link } from '../../shared/model';
import { seededRandom } from '../../shared/random';
import { type ReviewSpan, matchSpans } from '../../shared/review';

const ANNOTATORS = 20;
const PER_ANNOTATOR = 5_000;
const ARTICLES = 200;
const LENGTH = 6_000;
const REFERENCE_SPANS = 32;
const LINKS_PER_ANNOTATOR = 300;
const GOAL_MS = 1_000;
const CATEGORIES = ['claim', 'framing', 'attribution'] as const;
const LABELS: Record<string, string[]> = {
  claim: ['factual', 'numeric', 'causal'],
  framing: ['loaded term', 'morality', 'security'],
  attribution: ['named', 'anonymous official', 'unattributed'],
};

/** The synthetic study: spans, links and article lengths. */
interface Shape {
  annotators: number;
  perAnnotator: number;
  articles: number;
  referenceSpans: number;
  linksPerAnnotator: number;
  /** Characters per article. */
  length: number;
}

const WHOLE_STUDY: Shape = { annotators: ANNOTATORS, perAnnotator: PER_ANNOTATOR, articles: ARTICLES, referenceSpans: REFERENCE_SPANS, linksPerAnnotator: LINKS_PER_ANNOTATOR, length: LENGTH };
// 500 annotations by each of 5 annotators fit a long article: about one span a sentence over 75,000 characters.
const ONE_ARTICLE: Shape = { annotators: 5, perAnnotator: 500, articles: 1, referenceSpans: 500, linksPerAnnotator: 0, length: 75_000 };
const REVIEW_GOAL_MS = 16;

export function generateStudy(seed = 8, shape: Shape = WHOLE_STUDY) {
  const { annotators: ANNOTATORS, perAnnotator: PER_ANNOTATOR, articles: ARTICLES, referenceSpans: REFERENCE_SPANS, linksPerAnnotator: LINKS_PER_ANNOTATOR, length: LENGTH } = shape;
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const articleIds = Array.from({ length: ARTICLES }, (_, i) => `article-${String(i).padStart(3, '0')}`);
  const reference = articleIds.map(() =>
    Array.from({ length: REFERENCE_SPANS }, () => {
      const start = int(0, LENGTH - 220);
      const category = pick(CATEGORIES);
      return { start, end: start + int(15, 200), category, label: pick(LABELS[category]!) };
    }),
  );
  const annotators = Array.from({ length: ANNOTATORS }, (_, i) => `annotator-${String(i + 1).padStart(2, '0')}`);
  const spans: ReviewSpan[] = [];
  const links: Link[] = [];
  const perArticle = PER_ANNOTATOR / ARTICLES;
  for (const annotator of annotators) {
    const mine: ReviewSpan[] = [];
    articleIds.forEach((articleId, a) => {
      for (let k = 0; k < perArticle; k++) {
        const id = `${annotator}-${a}-${k}`;
        if (rnd() < 0.8) {
          const r = pick(reference[a]!);
          const start = Math.max(0, r.start + (rnd() < 0.5 ? 0 : int(-8, 8)));
          const end = Math.min(LENGTH, Math.max(start + 1, r.end + (rnd() < 0.5 ? 0 : int(-8, 8))));
          const category = rnd() < 0.15 ? pick(CATEGORIES) : r.category;
          const label = rnd() < 0.3 ? undefined : category === r.category && rnd() < 0.8 ? r.label : pick(LABELS[category]!);
          mine.push({ id, articleId, annotator, category, start, end, ...(label ? { label } : {}) });
        } else {
          const start = int(0, LENGTH - 120);
          mine.push({ id, articleId, annotator, category: pick(CATEGORIES), start, end: start + int(10, 120) });
        }
      }
    });
    spans.push(...mine);
    for (let l = 0; l < LINKS_PER_ANNOTATOR; l++) {
      const members = Array.from({ length: int(2, 4) }, () => pick(mine).id);
      links.push({
        id: `${annotator}-link-${l}`, annotator, label: '', kind: 'same-claim', members: [...new Set(members)], note: '',
        createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
      });
    }
  }
  const articleLengths = Object.fromEntries(articleIds.map((id) => [id, LENGTH]));
  return { annotators, spans, links: links.filter((l) => l.members.length >= 2), articleLengths };
}

export async function main() {
  const study = generateStudy();
  const t0 = performance.now();
  const matches = matchSpans(study.spans, study.annotators);
  const matchMs = performance.now() - t0;
  const runs: number[] = [];
  const cpu: number[] = [];
  let report;
  for (let i = 0; i < 3; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    report = agreementReport(study);
    runs.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  if (!report?.ok) throw new Error(report ? report.reason : 'no report');
  const t1 = performance.now();
  const text = formatAgreementTable(report.value);
  const csv = agreementCsv(report.value);
  const formatMs = performance.now() - t1;
  const best = Math.min(...runs);
  const o = report.value.overall;
  const show = (f: { ok: boolean; value?: number }) => (f.ok ? f.value!.toFixed(3) : 'n/a');
  process.stdout.write(
    [
      `agreement: ${study.annotators.length} annotators × ${PER_ANNOTATOR} annotations (${study.spans.length} spans), ${ARTICLES} articles, ${study.links.length} links`,
      `  matchSpans alone:        ${matchMs.toFixed(0)} ms (${matches.length} matches)`,
      `  whole-study report:      ${runs.map((r) => r.toFixed(0)).join(' / ')} ms (first / second / third run; goal < ${GOAL_MS} ms) ${best < GOAL_MS ? 'OK' : 'SLOW'}`,
      `  CPU time of those runs:  ${cpu.map((r) => r.toFixed(0)).join(' / ')} ms (includes garbage collection; wall time above also waits for other processes)`,
      `  machine load (1 min):    ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
      `  text table + CSV:        ${formatMs.toFixed(0)} ms (${text.length} + ${csv.length} characters)`,
      `  figures: Fleiss κ ${show(o.fleissKappa)}, α ${show(o.krippendorffAlpha)}, αu ${show(o.unitizedAlpha)}, mean Cohen κ ${show(o.cohensKappa)}, F1 exact ${show(o.spanF1Exact)}, F1 overlap ${show(o.spanF1Overlap)}, link F1 ${show(o.linkF1)}`,
      '',
    ].join('\n'),
  );
  const review = reviewViewTimes();
  process.stdout.write(
    `review view, one article, 5 annotators × 500 annotations: per change median ${review.median.toFixed(1)} ms, p95 ${review.p95.toFixed(1)} ms over ${review.samples} changes (goal p95 < ${REVIEW_GOAL_MS} ms) ${review.p95 < REVIEW_GOAL_MS ? 'OK' : 'SLOW'}\n`,
  );
  return { matchMs, runs, cpu, formatMs, review };
}

/** The review view's work after each change: one span moves, then the article's matches and report are recomputed. */
function reviewViewTimes(samples = 60) {
  const study = generateStudy(11, ONE_ARTICLE);
  const rnd = seededRandom(12);
  const times: number[] = [];
  for (let i = 0; i < samples + 5; i++) {
    const k = Math.floor(rnd() * study.spans.length);
    const moved = { ...study.spans[k]!, start: Math.max(0, study.spans[k]!.start - 1) };
    study.spans[k] = moved;
    const t = performance.now();
    matchSpans(study.spans, study.annotators);
    agreementReport({ ...study, articleId: moved.articleId });
    if (i >= 5) times.push(performance.now() - t); // the first few warm the JIT up
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]!, samples: times.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
