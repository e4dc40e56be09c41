import type { AlignedPairView } from '../../../shared/api';
import type { Annotation } from '../../../shared/model';
import { tagSetChange } from '../../app';
import type { CompareContext } from './action-context';
import { loading, type Loaded } from './compare-state';

/** How many study-wide pairs the "Suggested links" view asks for. */
export const ALIGN_LIMIT = 50;

function failed<T>(key: string, error: unknown): Loaded<T> {
  return { key, status: 'failed', value: null, error: error instanceof Error ? error.message : String(error) };
}

function ready<T>(key: string, value: T): Loaded<T> {
  return { key, status: 'ready', value, error: null };
}

/** Opening and closing the compare, coverage and suggested-links views, and fetching what they show. */
export function createViewActions(ctx: CompareContext) {
  const { ws, api, store } = ctx;

  function linkKey(linkId: string): string | null {
    return ws.store.get().links.find((l) => l.id === linkId)?.updatedAt ?? null;
  }

  /** Loads the articles a comparison quotes, for the sentences around each span. */
  async function loadMemberArticles(articleIds: readonly string[]): Promise<void> {
    await Promise.all([...new Set(articleIds)].map((id) => ws.actions.ensureArticle(id).catch(ctx.fail)));
  }

  /** Fetches a link's comparison unless the one held is for its current version. */
  async function loadComparison(linkId: string): Promise<void> {
    const key = linkKey(linkId);
    if (!key) return;
    const held = store.get().comparisons[linkId];
    if (held && held.key === key && held.status !== 'failed') return;
    store.set((s) => ({ comparisons: { ...s.comparisons, [linkId]: loading(key) } }));
    try {
      const { comparison } = await api.compareLink({ linkId });
      store.set((s) => (s.comparisons[linkId]?.key === key ? { comparisons: { ...s.comparisons, [linkId]: ready(key, comparison) } } : {}));
      await loadMemberArticles(comparison.members.map((m) => m.articleId));
    } catch (error) {
      store.set((s) => ({ comparisons: { ...s.comparisons, [linkId]: failed(key, error) } }));
    }
  }

  /** Fetches the referent × article table of a same-referent link. */
  async function loadTerms(linkId: string): Promise<void> {
    const key = linkKey(linkId);
    if (!key) return;
    const held = store.get().terms[linkId];
    if (held && held.key === key && held.status !== 'failed') return;
    store.set((s) => ({ terms: { ...s.terms, [linkId]: loading(key) } }));
    try {
      const table = await api.terms({ linkId });
      store.set((s) => (s.terms[linkId]?.key === key ? { terms: { ...s.terms, [linkId]: ready(key, table) } } : {}));
    } catch (error) {
      store.set((s) => ({ terms: { ...s.terms, [linkId]: failed(key, error) } }));
    }
  }

  /** Shows a link's comparison in the main area. */
  function openLink(linkId: string): void {
    const link = ws.store.get().links.find((l) => l.id === linkId);
    if (!link) {
      ctx.inform('That link no longer exists (deleted, or undone)');
      return;
    }
    store.set({ view: { kind: 'link', linkId } });
    void loadComparison(linkId);
    if (link.kind === 'same-referent') void loadTerms(linkId);
  }

  /** Back to the articles. */
  function closeView(): void {
    if (!store.get().view) return;
    store.set({ view: null });
    ws.actions.focusText();
  }

  /** Loads (or reloads) the analyst's annotations in every article. */
  async function loadOwn(force = false): Promise<void> {
    const me = ws.store.get().study?.annotator;
    if (!me) return;
    const held = store.get().own;
    if (!force && held && held.key === me && held.status !== 'failed') return;
    store.set({ own: loading(me) });
    try {
      const list = await api.listAnnotations({ annotator: me });
      const index: Record<string, Annotation> = {};
      for (const a of list) index[a.id] = a;
      store.set((s) => (s.own?.key === me ? { own: ready(me, index) } : {}));
    } catch (error) {
      store.set({ own: failed(me, error) });
    }
  }

  function openCoverage(): void {
    store.set({ view: { kind: 'coverage' } });
    void loadOwn(true);
  }

  async function loadAligned(force = false): Promise<void> {
    const held = store.get().aligned;
    if (!force && held && held.status !== 'failed') return;
    const key = String(ALIGN_LIMIT);
    store.set({ aligned: loading(key) });
    try {
      const pairs = await api.align({ limit: ALIGN_LIMIT });
      store.set({ aligned: ready(key, pairs) });
    } catch (error) {
      store.set({ aligned: failed(key, error) });
    }
  }

  function openSuggested(): void {
    store.set({ view: { kind: 'suggested' } });
    void loadAligned();
  }

  /** Opens both sides of a suggested pair side by side, each scrolled to its sentence. */
  async function openPair(pair: AlignedPairView): Promise<void> {
    if (ws.store.get().panes.length < 2) ws.store.set((s) => ({ panes: [s.panes[0] ?? { articleId: null }, { articleId: null }] }));
    store.set({
      view: null,
      scroll: {
        seq: ctx.nextSeq(),
        targets: [
          { pane: 0, articleId: pair.a.articleId, text: pair.a.text },
          { pane: 1, articleId: pair.b.articleId, text: pair.b.text },
        ],
      },
    });
    await Promise.all([ws.actions.openArticle(0, pair.a.articleId), ws.actions.openArticle(1, pair.b.articleId)]);
  }

  /** Tags every untagged occurrence of a term in the study as framing (loaded term), as one undoable step. */
  async function tagTerm(linkId: string, term: string): Promise<void> {
    const key = `${linkId}\u0000${term}`;
    store.set({ busy: `term:${key}` });
    const result = await ctx.serial(() => api.tagTerm({ term, category: 'framing', label: 'loaded-term' }));
    store.set({ busy: null });
    if (!result) return;
    const { created, skipped } = result;
    if (created.length > 0) {
      ctx.apply(tagSetChange({ upsert: created }));
      ctx.record({ kind: 'tag-term', term, created });
    }
    const made = created.length === 1 ? '1 new framing tag' : `${created.length} new framing tags`;
    const message = `${made} (loaded term)${skipped ? `; ${skipped} already tagged` : ''}`;
    store.set((s) => ({ termResults: { ...s.termResults, [key]: message } }));
    ctx.inform(`“${term}”: ${message}`);
    // The sidebar's per-article counts include articles that are not open.
    await ws.actions.refreshArticles().catch(ctx.fail);
  }

  /** Back to the articles, with an annotation's article open and the annotation active and in view. */
  async function showInArticle(annotationId: string, articleId: string): Promise<void> {
    store.set({ view: null });
    const w = ws.store.get();
    const shown = w.panes.findIndex((p) => p.articleId === articleId);
    if (shown < 0) await ws.actions.openArticle(w.focusedPane, articleId);
    ws.actions.setActive(annotationId);
  }

  /** The scroll request was carried out. */
  function scrolled(seq: number): void {
    store.set((s) => (s.scroll?.seq === seq ? { scroll: null } : {}));
  }

  return { openLink, closeView, showInArticle, loadComparison, loadTerms, loadOwn, openCoverage, loadAligned, openSuggested, openPair, tagTerm, scrolled };
}
