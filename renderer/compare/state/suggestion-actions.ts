import type { SuggestionView } from '../../../shared/api';
import { tagSetChange } from '../../app';
import type { CompareContext } from './action-context';
import { loading, spanKey, type SuggestionSource } from './compare-state';

/** Passages per article that the panel shows. */
export const SUGGESTIONS_PER_ARTICLE = 2;

/** Suggestions for the active span, and accepting one (annotation plus link in one step). */
export function createSuggestionActions(ctx: CompareContext) {
  const { ws, api, store } = ctx;

  /** Fetches suggestions for a span unless those held are for it already. */
  async function loadSuggestions(source: SuggestionSource, force = false): Promise<void> {
    const key = spanKey(source);
    const held = store.get().suggestions;
    if (!force && held && held.key === key && held.status !== 'failed') return;
    store.set({ suggestions: loading(key), accepted: [] });
    try {
      const found = await api.suggest({ articleId: source.articleId, start: source.start, end: source.end, top: SUGGESTIONS_PER_ARTICLE });
      store.set((s) => (s.suggestions?.key === key ? { suggestions: { key, status: 'ready', value: found, error: null } } : {}));
    } catch (error) {
      store.set((s) => (s.suggestions?.key === key ? { suggestions: { key, status: 'failed', value: null, error: error instanceof Error ? error.message : String(error) } } : {}));
    }
  }

  /**
   * Accepts a suggestion: the passage is annotated in its article and linked
   * to the source (joining the source's link when it has one). A plain
   * selection is tagged as a claim first.
   */
  async function accept(source: SuggestionSource, suggestion: SuggestionView): Promise<void> {
    const s = ws.store.get();
    if (!s.study?.annotator) {
      ws.store.set({ dialog: 'annotator' });
      return;
    }
    if (!source.canAccept) {
      ctx.inform('This annotation is a teammate’s: accepting links your own annotations only. Tag the words yourself first.');
      return;
    }
    const key = spanKey(suggestion);
    store.set({ busy: `accept:${key}` });
    try {
      let sourceId = source.annotationId;
      if (!sourceId) {
        const created = await ctx.serial(() => api.annotate({ articleId: source.articleId, category: 'claim', start: source.start, end: source.end }));
        if (!created) return;
        ctx.recordCreate(created);
        const pane = ws.store.get().panes.findIndex((p) => p.articleId === source.articleId);
        ws.store.set({ activeId: created.id, selection: null, ...(pane >= 0 ? { clearSelectionRequest: { seq: ctx.nextSeq(), pane } } : {}) });
        sourceId = created.id;
      }
      const id = sourceId;
      const result = await ctx.serial(() => api.acceptSuggestion({ sourceAnnotationId: id, articleId: suggestion.articleId, start: suggestion.start, end: suggestion.end }));
      if (!result) return;
      const { annotation, link } = result;
      const linkBefore = ws.store.get().links.find((l) => l.id === link.id) ?? null;
      // The service stamps a new annotation and the link it changes with the same moment.
      const created = annotation.createdAt === link.updatedAt;
      ctx.apply(tagSetChange({ upsert: [annotation], upsertLinks: [link] }));
      ctx.record({ kind: 'accept-suggestion', annotation, created, linkBefore, linkAfter: link });
      store.set((c) => ({ accepted: [...c.accepted, key] }));
      ctx.inform(`Linked the passage in ${suggestion.outletName} to “${link.label}” (${link.members.length} members)`);
      await ws.actions.refreshArticles().catch(ctx.fail);
    } finally {
      store.set({ busy: null });
    }
  }

  return { loadSuggestions, accept };
}
