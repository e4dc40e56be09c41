import type { Api } from '../../../shared/api';
import { findAnnotation, Store, type ActionId, type Workspace } from '../../app';
import { createCompareContext, indexChange } from './action-context';
import { linksContaining } from './compare-selectors';
import { initialCompareState, type CompareState } from './compare-state';
import { createViewActions } from './compare-view-actions';
import { createLinkActions } from './link-actions';
import { createSuggestionActions } from './suggestion-actions';
import { createSummaryActions } from './summary-actions';

/** Key-map actions that work on the article text, which the compare views cover. */
const TEXT_ACTIONS = new Set<string>(['tag-claim', 'tag-framing', 'tag-attribution', 'next-annotation', 'previous-annotation', 'delete-annotation', 'focus-text']);

/**
 * Links and comparison on top of the workspace: its own small store (picks,
 * dialogs, views, fetched comparisons), actions that change links through
 * the API and keep the workspace's copies in step. Link work is recorded
 * on the workspace's one undo history, so Ctrl+Z needs nothing from here.
 */
export function createCompare(ws: Workspace, api: Api) {
  const store = new Store<CompareState>(initialCompareState());
  const ctx = createCompareContext(ws, api, store);
  const links = createLinkActions(ctx);
  const views = createViewActions(ctx);
  const suggestions = createSuggestionActions(ctx);
  const summaries = createSummaryActions(ctx);
  const actions = { ...links, ...views, ...suggestions, loadSummaries: summaries.loadSummaries };

  // Another annotator means another tag set: picks, views and fetched values belong to the previous one.
  let annotator = ws.store.get().study?.annotator ?? null;
  const unsubscribe = ws.store.subscribe(() => {
    const now = ws.store.get().study?.annotator ?? null;
    if (now === annotator) return;
    annotator = now;
    store.set(initialCompareState());
    // The badges of every link show on load, not only for links opened since.
    if (now) void summaries.loadSummaries();
  });
  if (annotator) void summaries.loadSummaries();
  // Every tag-set change (link work, tagging, undo and redo) reaches the index of the analyst's own annotations, and the badges.
  const stopIndexing = ws.onTagSetChange((change) => {
    store.set((s) => (s.own?.value ? { own: { ...s.own, value: indexChange(s.own.value, change) } } : {}));
    summaries.refreshSummariesSoon();
  });

  function modalOpen(): boolean {
    const s = store.get();
    return s.linkDialog !== null || s.confirm !== null;
  }

  /**
   * Takes a key-map action when it belongs to links or comparison, and says
   * so; the caller runs the workspace's action otherwise. L links; undo and
   * redo go to whichever history has the most recent operation; Esc closes
   * a compare view; Delete asks first when the annotation is in a link.
   */
  function intercept(action: ActionId): boolean {
    // The dialog owns the keyboard (the native dialog handles Esc itself).
    if (modalOpen()) return true;
    const s = store.get();
    const w = ws.store.get();
    switch (action) {
      case 'link-selected':
        if (s.view) {
          ctx.inform('Back to the articles first (Esc), then pick annotations and press L');
          return true;
        }
        void links.linkSelected();
        return true;
      case 'cancel':
        if (!s.view || w.dialog !== null) return false;
        views.closeView();
        return true;
      default:
        break;
    }
    if (s.view && TEXT_ACTIONS.has(action)) {
      ctx.inform('This works on the article text: go back to the articles first (Esc)');
      return true;
    }
    if (action === 'delete-annotation') {
      const active = w.activeId ? findAnnotation(w, w.activeId) : undefined;
      if (!active || active.annotator !== w.study?.annotator || linksContaining(w, active.id).length === 0) return false;
      links.confirmDelete(active.id, () => void ws.actions.deleteActive());
      return true;
    }
    return false;
  }

  function dispose(): void {
    unsubscribe();
    stopIndexing();
    summaries.stopSummaries();
  }

  return { store, actions, intercept, dispose };
}

export type Compare = ReturnType<typeof createCompare>;
export type CompareActions = Compare['actions'];
