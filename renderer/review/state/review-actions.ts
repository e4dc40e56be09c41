import type { ReviewContext } from './review-context';
import { decidedFromConsensus, defaultAnnotators, reviewableAnnotators, reviewMatches, stepIndexes } from './review-selectors';
import type { MatrixFigure, ReviewTab } from './review-state';

/** Opening the review, choosing what it covers, and moving through its disagreements. */
export function createReviewActions(ctx: ReviewContext) {
  const { ws, api, store } = ctx;

  /** Loads every tag set and everyone's annotations, and the texts of the articles in scope. */
  async function reload(): Promise<void> {
    const [tagSets, annotations] = await Promise.all([api.listTagSets({}), api.listAnnotations({})]);
    const me = ws.store.get().study?.annotator ?? null;
    store.set((s) => {
      const known = reviewableAnnotators(tagSets, me);
      const kept = s.annotators.filter((a) => known.includes(a));
      const annotators = kept.length >= 2 ? kept : defaultAnnotators(tagSets, me);
      const next = { ...s, tagSets, annotations, annotators };
      const consensus = annotations.filter((a) => a.annotator === s.curation);
      const fromDisk = decidedFromConsensus(consensus, reviewMatches(next), annotators);
      return { tagSets, annotations, annotators, decided: { ...fromDisk, ...s.decided } };
    });
    await loadTexts();
  }

  /** Fetches the canonical text of every article the review lists (once each). */
  async function loadTexts(): Promise<void> {
    const s = store.get();
    const wanted = new Set(s.annotations.filter((a) => s.articleId === null || a.articleId === s.articleId).map((a) => a.articleId));
    const missing = [...wanted].filter((id) => s.texts[id] === undefined);
    const loaded = ws.store.get().views;
    const views = await Promise.all(missing.map((articleId) => (loaded[articleId] ? Promise.resolve(loaded[articleId]) : api.getArticle({ articleId }))));
    if (views.length) store.set((st) => ({ texts: { ...st.texts, ...Object.fromEntries(views.map((v) => [v.id, v.text])) } }));
  }

  /** Opens the review of the focused article, or of the whole study (`study`, or no article open). */
  async function openReview(scope: 'article' | 'study' = 'article'): Promise<void> {
    const w = ws.store.get();
    const focused = w.panes[w.focusedPane]?.articleId ?? null;
    store.set({ open: true, articleId: scope === 'study' ? null : focused, cursor: -1 });
    try {
      await reload();
    } catch (error) {
      ctx.fail(error);
    }
  }

  function closeReview(): void {
    store.set({ open: false, cursor: -1 });
  }

  function setTab(tab: ReviewTab): void {
    // The consensus steps through another list (sides A and B only), so the place starts over.
    store.set((s) => (s.tab === tab ? {} : { tab, cursor: -1 }));
  }

  /** Reviews one article (the focused one) or the whole study (null). */
  async function setScope(articleId: string | null): Promise<void> {
    store.set({ articleId, cursor: -1 });
    try {
      await loadTexts();
    } catch (error) {
      ctx.fail(error);
    }
  }

  /** Adds or removes an annotator from the comparison, keeping the tag set list's order (me first). */
  function toggleAnnotator(name: string): void {
    const me = ws.store.get().study?.annotator ?? null;
    store.set((s) => {
      const order = reviewableAnnotators(s.tagSets, me);
      const chosen = s.annotators.includes(name) ? s.annotators.filter((a) => a !== name) : [...s.annotators, name];
      return { annotators: order.filter((a) => chosen.includes(a)), cursor: -1 };
    });
  }

  function setMatrixFigure(matrixFigure: MatrixFigure): void {
    store.set({ matrixFigure });
  }

  /** Shows a match's first span in the article pane: opens its article and makes the span active (the viewer scrolls to it). */
  async function showMatch(index: number): Promise<void> {
    const s = store.get();
    const m = reviewMatches(s)[index];
    if (!m) return;
    const d = stepIndexes(reviewMatches(s), s.annotators, s.tab === 'consensus').indexOf(index);
    store.set({ cursor: d });
    const span = m.spans[0]!;
    const w = ws.store.get();
    if (w.hiddenAnnotators.includes(span.annotator)) ws.actions.toggleAnnotator(span.annotator);
    const pane = w.panes.findIndex((p) => p.articleId === m.articleId);
    if (pane < 0) await ws.actions.openArticle(w.focusedPane, m.articleId);
    ws.actions.setActive(span.id);
  }

  /** J/K and N/P: the next or previous disagreement, wrapping around. */
  function step(direction: 1 | -1): void {
    const s = store.get();
    const matches = reviewMatches(s);
    const list = stepIndexes(matches, s.annotators, s.tab === 'consensus');
    if (list.length === 0) {
      ctx.inform(s.annotators.length < 2 ? 'Choose at least two annotators to review' : 'No disagreements here: the chosen annotators tagged the same spans the same way');
      return;
    }
    const cursor = s.cursor < 0 ? (direction === 1 ? 0 : list.length - 1) : (s.cursor + direction + list.length) % list.length;
    void showMatch(list[cursor]!);
  }

  return { reload, openReview, closeReview, setTab, setScope, toggleAnnotator, setMatrixFigure, showMatch, step };
}
