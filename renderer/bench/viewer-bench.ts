import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { canonicalText, docFromJSON } from '../../shared/text';
import { ArticleViewer, highlightState, type Highlight, type HighlightMeta } from '../viewer';
import '../viewer/viewer.css';
import { naiveHighlightPlugin, naiveKey } from './naive-highlights';
import { seededRandom } from '../../shared/random';
import { syntheticArticle, syntheticHighlights } from './synthetic-article';

/**
 * Benchmark page (not a test): opens a 100,000-word article with 10,000
 * highlights in the real viewer, times single add/remove operations including
 * the DOM update, then does the same with a naive plugin that rebuilds its
 * DecorationSet on every change. Results land in window.__benchResult for
 * tools/bench/viewer.ts to read.
 */

const WORDS = 100_000;
const HIGHLIGHTS = 10_000;
const OPS = 200;

interface OpStats {
  n: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Median of the script part alone (dispatch and DOM patch, before layout). */
  scriptMedianMs: number;
}

interface OpenStats {
  /** setArticle through the first paint. */
  totalMs: number;
  /** setArticle alone: state, decorations, DOM, and the layout ProseMirror forces when it reads the DOM selection. */
  scriptMs: number;
  /** Any layout still pending after it. */
  layoutMs: number;
}

declare global {
  interface Window {
    __benchResult?: unknown;
  }
}

// The page runs under the app's CSP (no inline styles); anything it blocks is listed in the results.
const cspViolations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => {
  cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`.trim());
});

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
}

function stats(total: number[], script: number[]): OpStats {
  const t = total.slice().sort((a, b) => a - b);
  const s = script.slice().sort((a, b) => a - b);
  return { n: t.length, medianMs: percentile(t, 0.5), p95Ms: percentile(t, 0.95), maxMs: t[t.length - 1] ?? NaN, scriptMedianMs: percentile(s, 0.5) };
}

/** Resolves after the next frame has been painted. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Forces style and layout of everything that changed. */
function forceLayout(el: HTMLElement): number {
  return el.getBoundingClientRect().height + document.body.offsetHeight;
}

/** Times opening an article: `open` returns the view that shows it. */
async function timeOpen(open: () => EditorView): Promise<{ stats: OpenStats; view: EditorView }> {
  const t0 = performance.now();
  const view = open();
  const t1 = performance.now();
  forceLayout(view.dom);
  const t2 = performance.now();
  await afterPaint();
  const t3 = performance.now();
  return { stats: { totalMs: t3 - t0, scriptMs: t1 - t0, layoutMs: t2 - t1 }, view };
}

/** Times each op: the dispatch plus a forced layout, so the DOM update is included. */
function timeOps(ops: readonly (() => void)[], dom: HTMLElement): OpStats {
  const total: number[] = [];
  const script: number[] = [];
  for (const op of ops) {
    const t0 = performance.now();
    op();
    const t1 = performance.now();
    forceLayout(dom);
    const t2 = performance.now();
    total.push(t2 - t0);
    script.push(t1 - t0);
  }
  return stats(total, script);
}

/** How many highlights overlap at least one other (by canonical offsets). */
function overlapping(highlights: readonly Highlight[]): number {
  const sorted = highlights.slice().sort((a, b) => a.start - b.start);
  const hit = new Set<string>();
  let reach: Highlight | null = null;
  for (const h of sorted) {
    if (reach && h.start < reach.end) {
      hit.add(h.id);
      hit.add(reach.id);
    }
    if (!reach || h.end > reach.end) reach = h;
  }
  return hit.size;
}

async function run(): Promise<void> {
  const status = document.getElementById('status')!;
  const mount = document.getElementById('mount')!;
  const rand = seededRandom(20240601);
  const article = syntheticArticle(rand, WORDS);
  const { blocks, text } = canonicalText(docFromJSON(article.doc));
  const highlights = syntheticHighlights(rand, blocks, HIGHLIGHTS, 'h');
  const extra = syntheticHighlights(rand, blocks, OPS, 'op');
  const crossBlock = highlights.filter((h) => text.slice(h.start, h.end).includes('\n\n')).length;

  // Ours: the real viewer.
  const viewer = new ArticleViewer(mount);
  await afterPaint();
  const { stats: open } = await timeOpen(() => {
    viewer.setArticle(article.doc, highlights);
    return viewer.view;
  });
  const domNodes = document.getElementsByTagName('*').length;
  const highlightSpans = viewer.view.dom.querySelectorAll('[data-annotation-id]').length;
  const shown = highlightState(viewer.view.state).index.size;
  const oursAdd = timeOps(extra.map((h) => () => viewer.addHighlights([h])), viewer.view.dom);
  const oursRemove = timeOps(extra.map((h) => () => viewer.removeHighlights([h.id])), viewer.view.dom);
  const { stats: reopen } = await timeOpen(() => {
    viewer.setArticle(article.doc, highlights);
    return viewer.view;
  });
  viewer.destroy();
  mount.replaceChildren();
  await afterPaint();

  // Naive: same decorations, DecorationSet.create on every change.
  const { stats: naiveOpen, view } = await timeOpen(() => {
    const state = EditorState.create({ doc: docFromJSON(article.doc), plugins: [naiveHighlightPlugin(blocks, highlights)] });
    return new EditorView(mount, { state, editable: () => false, attributes: { class: 'article-viewer' } });
  });
  const dispatchMeta = (meta: HighlightMeta): void => view.dispatch(view.state.tr.setMeta(naiveKey, meta));
  const naiveAdd = timeOps(extra.map((h) => () => dispatchMeta({ add: [h] })), view.dom);
  const naiveRemove = timeOps(extra.map((h) => () => dispatchMeta({ remove: [h.id] })), view.dom);
  view.destroy();

  const result = {
    article: { words: article.words, blocks: article.blocks, chars: text.length },
    highlights: { count: highlights.length, shown, crossBlock, overlapping: overlapping(highlights), spans: highlightSpans },
    open,
    reopen,
    domNodes,
    ours: { add: oursAdd, remove: oursRemove },
    naive: { open: naiveOpen, add: naiveAdd, remove: naiveRemove },
    ratio: {
      addMedian: naiveAdd.medianMs / oursAdd.medianMs,
      addP95: naiveAdd.p95Ms / oursAdd.p95Ms,
      removeMedian: naiveRemove.medianMs / oursRemove.medianMs,
      removeP95: naiveRemove.p95Ms / oursRemove.p95Ms,
    },
    cspViolations,
    userAgent: navigator.userAgent,
  };
  window.__benchResult = result;
  status.textContent = `Done: open ${open.totalMs.toFixed(0)} ms, add p95 ${oursAdd.p95Ms.toFixed(1)} ms, remove p95 ${oursRemove.p95Ms.toFixed(1)} ms`;
}

run().catch((error: unknown) => {
  window.__benchResult = { error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) };
});
