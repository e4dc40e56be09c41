import type { ActionContext } from './context';
import { groupByOutlet } from './workspace-selectors';
import type { Dialog, Filters, PaneSelection } from './workspace-state';

/** Actions that change only what is shown, never the study. */
export function createViewActions(ctx: ActionContext, openArticle: (pane: number, articleId: string, options?: { focus?: boolean }) => Promise<void>) {
  const { store } = ctx;

  /** The viewer reports a new selection (or none). */
  function setSelection(selection: PaneSelection | null): void {
    store.set((s) => ({
      selection,
      ...(selection ? { focusedPane: selection.pane } : {}),
      // A new selection replaces a label picker still open for the previous tag.
      ...(selection && s.tagging ? { tagging: null } : {}),
    }));
  }

  /** The viewer in a pane reports the highlights under the pointer (null: none). */
  function setHover(pane: number, ids: string[] | null): void {
    const now = store.get().hover;
    if (ids === null || ids.length === 0) {
      // Leaving one pane must not clear a hover the other pane has just reported.
      if (now?.pane === pane) store.set({ hover: null });
    } else if (now?.pane !== pane || now.ids.join(' ') !== ids.join(' ')) {
      store.set({ hover: { pane, ids } });
    }
  }

  /** Esc: closes the innermost thing that is open, one step at a time. */
  function cancel(): void {
    ctx.cancels++;
    const s = store.get();
    if (s.dialog && s.dialog !== 'annotator') store.set({ dialog: null });
    else if (s.tagging) store.set({ tagging: null, focusRequest: { seq: ctx.nextSeq(), pane: s.tagging.pane } });
    else if (s.selection) store.set({ selection: null, clearSelectionRequest: { seq: ctx.nextSeq(), pane: s.selection.pane } });
    else if (s.imports && !s.imports.running) store.set({ imports: null });
    else if (s.notice) store.set({ notice: null });
    else if (s.activeId) store.set({ activeId: null });
  }

  function setFilters(patch: Partial<Filters>): void {
    store.set((s) => ({ filters: { ...s.filters, ...patch } }));
  }

  function clearFilters(): void {
    store.set({ filters: { categories: [], label: null, annotator: null } });
  }

  function setSearch(search: string): void {
    store.set({ search });
  }

  /** Opens or closes the second pane; it starts on the article after the first one in the sidebar. */
  function toggleSplit(): void {
    const s = store.get();
    if (s.panes.length > 1) {
      store.set({ panes: s.panes.slice(0, 1), focusedPane: 0, selection: null, tagging: null });
      return;
    }
    const current = s.panes[0]?.articleId ?? null;
    const ordered = groupByOutlet(s.articles, s.study?.outlets ?? []).flatMap((g) => g.articles);
    const index = ordered.findIndex((a) => a.id === current);
    const other = ordered[(index + 1) % Math.max(1, ordered.length)];
    store.set({ panes: [...s.panes, { articleId: null }] });
    if (other && other.id !== current) void openArticle(1, other.id, { focus: false });
  }

  /** Shows or hides one teammate's highlights. */
  function toggleAnnotator(name: string): void {
    store.set((s) => ({
      hiddenAnnotators: s.hiddenAnnotators.includes(name) ? s.hiddenAnnotators.filter((n) => n !== name) : [...s.hiddenAnnotators, name],
    }));
  }

  function toggleBoilerplate(): void {
    store.set((s) => ({ hideBoilerplate: !s.hideBoilerplate }));
  }

  /** Opens a dialog; the text selection stays, so the palette can still tag it. */
  function openDialog(dialog: Dialog): void {
    store.set({ dialog, tagging: null });
  }

  function closeDialog(): void {
    store.set({ dialog: null });
  }

  function dismissNotice(): void {
    store.set({ notice: null });
  }

  function dismissImports(): void {
    store.set((s) => (s.imports?.running ? {} : { imports: null }));
  }

  function focusPane(pane: number): void {
    store.set((s) => (s.focusedPane === pane ? {} : { focusedPane: pane }));
  }

  /** Moves the keyboard focus into the focused pane's article text. */
  function focusText(): void {
    store.set((s) => ({ focusRequest: { seq: ctx.nextSeq(), pane: s.focusedPane } }));
  }

  return {
    setSelection,
    setHover,
    cancel,
    setFilters,
    clearFilters,
    setSearch,
    toggleSplit,
    toggleBoilerplate,
    toggleAnnotator,
    openDialog,
    closeDialog,
    dismissNotice,
    dismissImports,
    focusPane,
    focusText,
  };
}
