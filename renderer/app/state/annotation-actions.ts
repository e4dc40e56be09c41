import type { Category } from '../../../shared/model';
import type { ActionContext } from './context';
import { deletedChange, tagSetChange } from './tag-set-change';
import { amendTop, record } from './undo-stack';
import { fieldsOf, type AnnotationFields, type UndoEntry } from './undo-entries';
import { filterAnnotations, findAnnotation, focusedArticleId, neighbour } from './workspace-selectors';

/** What a refused tag says: the analyst can fix it at once. */
export const EMPTY_SELECTION_MESSAGE = 'Select some words first: the selection is empty or only spaces';

export function createAnnotationActions(ctx: ActionContext) {
  const { store, api } = ctx;

  function setActive(id: string | null, scroll = true): void {
    const annotation = id ? findAnnotation(store.get(), id) : undefined;
    const pane = annotation ? store.get().panes.findIndex((p) => p.articleId === annotation.articleId) : -1;
    store.set({
      activeId: id,
      ...(pane >= 0 ? { focusedPane: pane } : {}),
      ...(scroll && id ? { scrollRequest: { seq: ctx.nextSeq(), pane: pane >= 0 ? pane : null, id } } : {}),
    });
  }

  /** Tags the current selection; the label picker opens next. Refuses empty or blank selections. */
  async function tag(category: Category): Promise<void> {
    const state = store.get();
    if (!state.study?.annotator) {
      store.set({ dialog: 'annotator' });
      return;
    }
    const selection = state.selection;
    const articleId = selection ? state.panes[selection.pane]?.articleId : null;
    if (!selection || !articleId || selection.text.trim() === '' || selection.end <= selection.start) {
      ctx.inform(EMPTY_SELECTION_MESSAGE);
      return;
    }
    store.set({ selection: null, clearSelectionRequest: { seq: ctx.nextSeq(), pane: selection.pane } });
    const cancelsBefore = ctx.cancels;
    const annotation = await ctx.serial(() => api.annotate({ articleId, category, start: selection.start, end: selection.end }));
    if (!annotation) return;
    // Esc pressed while the tag was being saved skips the label step.
    const skipLabel = ctx.cancels !== cancelsBefore;
    ctx.apply(tagSetChange({ upsert: [annotation] }), (s) => ({
      undo: record(s.undo, { kind: 'create-annotation', annotation, links: [] }),
      activeId: annotation.id,
      ...(skipLabel
        ? { focusRequest: { seq: ctx.nextSeq(), pane: selection.pane } }
        : { tagging: { pane: selection.pane, annotationId: annotation.id, category, rect: selection.rect } }),
    }));
  }

  /**
   * Finishes tagging: sets the chosen label, or none when skipped. The label
   * joins the "create" undo entry, so one undo removes the whole tag.
   */
  async function finishTagging(labelId: string | null): Promise<void> {
    const tagging = store.get().tagging;
    if (!tagging) return;
    store.set({ tagging: null, focusRequest: { seq: ctx.nextSeq(), pane: tagging.pane } });
    if (labelId === null) return;
    const updated = await ctx.serial(() => api.updateAnnotation({ id: tagging.annotationId, label: labelId }));
    if (!updated) return;
    ctx.apply(tagSetChange({ upsert: [updated] }), (s) => ({
      undo: amendTop(s.undo, (top) => (top.kind === 'create-annotation' && top.annotation.id === updated.id ? { ...top, annotation: updated } : null)) ?? s.undo,
    }));
  }

  /** Changes an annotation's category, label (null clears it) or note, as one undoable edit. */
  async function editAnnotation(id: string, patch: { category?: Category; label?: string | null; note?: string }): Promise<void> {
    const current = findAnnotation(store.get(), id);
    if (!current) return;
    const before: AnnotationFields = fieldsOf(current);
    const updated = await ctx.serial(() => api.updateAnnotation({ id, ...patch }));
    if (!updated) return;
    ctx.apply(tagSetChange({ upsert: [updated] }), (s) => ({
      undo: record(s.undo, { kind: 'edit-annotation', id, before, after: fieldsOf(updated) }),
    }));
  }

  async function deleteAnnotation(id: string): Promise<void> {
    const result = await ctx.serial(() => api.deleteAnnotation({ id }));
    if (!result) return;
    ctx.apply(deletedChange(result), (s) => ({
      undo: record(s.undo, { kind: 'delete-annotation', removed: result }),
      tagging: s.tagging?.annotationId === id ? null : s.tagging,
    }));
  }

  /** Deletes the active annotation if it is the analyst's own. */
  async function deleteActive(): Promise<void> {
    const state = store.get();
    const active = state.activeId ? findAnnotation(state, state.activeId) : undefined;
    if (!active) {
      ctx.inform('Nothing to delete: click an annotation (or press J) to make it active first');
      return;
    }
    if (active.annotator !== state.study?.annotator) {
      ctx.inform(`This annotation is ${active.annotator}'s; only they can delete it`);
      return;
    }
    await deleteAnnotation(active.id);
  }

  /** Moves the active annotation to the next or previous one shown in the panel, and scrolls to it. */
  function step(direction: 1 | -1): void {
    const state = store.get();
    const articleId = focusedArticleId(state);
    const list = filterAnnotations(articleId ? (state.annotations[articleId] ?? []) : [], state.filters);
    const target = neighbour(list, state.activeId, direction);
    if (!target) {
      ctx.inform('No annotations here yet: select text and press 1, 2 or 3 to tag it');
      return;
    }
    setActive(target.id);
  }

  /** Copies a teammate's annotation into my tag set (recording where it came from), as one undoable step. */
  async function adopt(id: string, recordEntry: (entry: UndoEntry) => void): Promise<void> {
    const state = store.get();
    const source = findAnnotation(state, id);
    if (!source) return;
    if (!state.study?.annotator) {
      store.set({ dialog: 'annotator' });
      return;
    }
    if (source.annotator === state.study.annotator) {
      ctx.inform('This annotation is already yours');
      return;
    }
    const copy = await ctx.serial(() => api.adoptAnnotation({ annotationId: id, annotator: source.annotator }));
    if (!copy) return;
    ctx.apply(tagSetChange({ upsert: [copy] }), () => ({ activeId: copy.id }));
    recordEntry({ kind: 'adopt-annotation', annotation: copy });
    ctx.inform(`Adopted ${source.annotator}'s “${copy.quote.exact.slice(0, 60)}” into your tag set`);
  }

  return { adopt, setActive, tag, finishTagging, editAnnotation, deleteAnnotation, deleteActive, step };
}
