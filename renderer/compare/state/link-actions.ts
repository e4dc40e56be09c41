import type { Annotation, Link, LinkKind } from '../../../shared/model';
import { findAnnotation, outletOf, clip, tagSetChange } from '../../app';
import { KIND_INFO } from '../link-kinds';
import { linkChanges, linkDraftProblems } from '../link-form';
import type { CompareContext } from './action-context';
import { deleteWarning, draftMember, lookupAnnotation } from './compare-selectors';

/** What L says when there is nothing to link yet. */
export const NOTHING_TO_LINK = 'Select annotations in two articles and press L to link them: Ctrl+click highlights or cards, or make one active (J/K) and press L on each.';

/** Picking annotations, making links, changing and deleting them, and the question before deleting a linked annotation. */
export function createLinkActions(ctx: CompareContext) {
  const { ws, api, store } = ctx;

  function me(): string | null {
    return ws.store.get().study?.annotator ?? null;
  }

  /** Refuses (with a notice) an annotation that is not the analyst's own. */
  function ownOrExplain(a: Annotation): boolean {
    if (a.annotator === me()) return true;
    ctx.inform(`“${clip(a.quote.exact)}” is ${a.annotator}'s annotation: links join your own annotations only`);
    return false;
  }

  function describePicks(ids: readonly string[]): string {
    const s = ws.store.get();
    const outlets = [...new Set(ids.map((id) => lookupAnnotation(s, store.get(), id)).filter((a): a is Annotation => !!a).map((a) => outletOf(s, a.articleId)))];
    return `${ids.length} picked (${outlets.join(', ')})`;
  }

  /** Adds an annotation to the picks, or takes it out again (Ctrl+click). */
  function togglePick(id: string): void {
    const s = ws.store.get();
    const a = findAnnotation(s, id);
    if (!a) return;
    if (store.get().picked.includes(id)) {
      store.set((c) => ({ picked: c.picked.filter((p) => p !== id) }));
      return;
    }
    if (!ownOrExplain(a)) return;
    const picked = [...store.get().picked, id];
    store.set({ picked });
    const articles = new Set(picked.map((p) => lookupAnnotation(s, store.get(), p)?.articleId));
    ctx.inform(articles.size >= 2 ? `${describePicks(picked)}. Press L to link them.` : `Picked “${clip(a.quote.exact)}”. Now pick a matching annotation in another article (Ctrl+click it), then press L.`);
  }

  /** "Link to…": picks an annotation and asks for its partner in another article. */
  function linkTo(id: string): void {
    const a = findAnnotation(ws.store.get(), id);
    if (!a || !ownOrExplain(a)) return;
    if (!store.get().picked.includes(id)) store.set((c) => ({ picked: [...c.picked, id] }));
    ctx.inform(`Now select the matching words in another article (or Ctrl+click its annotation) and press L to link them to “${clip(a.quote.exact)}”.`);
  }

  function unpick(id: string): void {
    store.set((c) => ({ picked: c.picked.filter((p) => p !== id) }));
  }

  function clearPicks(): void {
    store.set({ picked: [] });
  }

  /**
   * L: links what is picked. The active annotation joins the picks; a text
   * selection in another article is tagged (with the picks' category) and
   * joins them. With annotations from two articles the link dialog opens;
   * otherwise L says what to pick next.
   */
  async function linkSelected(): Promise<void> {
    const s = ws.store.get();
    if (!s.study?.annotator) {
      ws.store.set({ dialog: 'annotator' });
      return;
    }
    const picked = [...store.get().picked];
    const sel = s.selection;
    const selArticle = sel && sel.text.trim() !== '' ? (s.panes[sel.pane]?.articleId ?? null) : null;
    const active = s.activeId ? findAnnotation(s, s.activeId) : undefined;
    // The active annotation joins, unless a selection in its own article is what the analyst means now.
    if (active && !picked.includes(active.id) && active.articleId !== selArticle) {
      if (active.annotator === me()) picked.push(active.id);
      else if (!selArticle && picked.length === 0) {
        ownOrExplain(active);
        return;
      }
    }
    const pickedArticles = new Set(picked.map((id) => lookupAnnotation(s, store.get(), id)?.articleId));
    if (sel && selArticle && picked.length > 0 && !pickedArticles.has(selArticle)) {
      const first = lookupAnnotation(s, store.get(), picked[0]!);
      ws.store.set({ selection: null, clearSelectionRequest: { seq: ctx.nextSeq(), pane: sel.pane } });
      const created = await ctx.serial(() => api.annotate({ articleId: selArticle, category: first?.category ?? 'claim', start: sel.start, end: sel.end }));
      if (!created) return;
      ctx.recordCreate(created);
      picked.push(created.id);
      pickedArticles.add(selArticle);
    }
    store.set({ picked });
    if (picked.length === 0) {
      ctx.inform(NOTHING_TO_LINK);
      return;
    }
    if (pickedArticles.size < 2) {
      const only = lookupAnnotation(s, store.get(), picked[picked.length - 1]!);
      ctx.inform(
        `Picked “${clip(only?.quote.exact ?? '')}” for linking. Now pick a matching annotation in another article (Ctrl+click it, or make it active and press L), or select its words there and press L.`,
      );
      return;
    }
    store.set({ linkDialog: { mode: 'create' } });
  }

  function openEdit(linkId: string): void {
    store.set({ linkDialog: { mode: 'edit', linkId } });
  }

  function closeDialog(): void {
    store.set({ linkDialog: null });
  }

  /** Makes a link of the picked annotations. Returns whether it was made. */
  async function createLink(draft: { label: string; kind: LinkKind; note: string }): Promise<boolean> {
    const s = ws.store.get();
    const ids = store.get().picked;
    const problems = linkDraftProblems({ members: ids.map((id) => draftMember(s, store.get(), id)), label: draft.label, kind: draft.kind, me: me() });
    if (problems.length > 0) {
      ctx.inform(problems[0]!.message);
      return false;
    }
    const label = draft.label.trim();
    const link = await ctx.serial(() => api.link({ annotationIds: ids, kind: draft.kind, ...(label ? { label } : {}), ...(draft.note ? { note: draft.note } : {}) }));
    if (!link) return false;
    ctx.apply(tagSetChange({ upsertLinks: [link] }));
    ctx.record({ kind: 'create-link', link });
    store.set({ picked: [], linkDialog: null });
    ctx.inform(`Linked ${link.members.length} annotations as ${KIND_INFO[link.kind].short.toLowerCase()}: “${clip(link.label, 50)}”`);
    return true;
  }

  function findLink(linkId: string): Link | undefined {
    return ws.store.get().links.find((l) => l.id === linkId);
  }

  /** Saves a changed label, kind, note or member list as one undoable change. */
  async function updateLink(linkId: string, draft: { label: string; kind: LinkKind; note: string; members: readonly string[] }): Promise<boolean> {
    const before = findLink(linkId);
    if (!before) return false;
    const changes = linkChanges(before, draft);
    if (!changes) {
      store.set({ linkDialog: null });
      return true;
    }
    const after = await ctx.serial(() => api.updateLink({ linkId, ...changes }));
    if (!after) return false;
    ctx.apply(tagSetChange({ upsertLinks: [after] }));
    ctx.record({ kind: 'edit-link', before, after });
    store.set((c) => ({ linkDialog: null, picked: c.picked.filter((id) => !after.members.includes(id)) }));
    ctx.inform(`Saved “${clip(after.label, 50)}”`);
    return true;
  }

  /** Adds the picked annotations to a link. */
  async function addPicks(linkId: string): Promise<void> {
    const link = findLink(linkId);
    if (!link) return;
    const add = store.get().picked.filter((id) => !link.members.includes(id));
    if (add.length === 0) {
      ctx.inform('Pick annotations first (Ctrl+click them), then add them to the link');
      return;
    }
    await updateLink(linkId, { label: link.label, kind: link.kind, note: link.note, members: [...link.members, ...add] });
  }

  /** Deletes a link (its annotations stay). */
  async function deleteLink(linkId: string): Promise<void> {
    const link = findLink(linkId);
    if (!link) return;
    const removed = await ctx.serial(() => api.unlink({ linkId }));
    if (!removed) return;
    ctx.apply(tagSetChange({ removeLinks: [linkId] }));
    ctx.record({ kind: 'delete-link', link });
    store.set((c) => ({
      linkDialog: null,
      view: c.view?.kind === 'link' && c.view.linkId === linkId ? null : c.view,
    }));
    ctx.inform(`Deleted the link “${clip(link.label, 50)}”; its annotations stay. Ctrl+Z brings it back.`);
  }

  /**
   * Runs a delete the workspace asked for: at once when the annotation is in
   * no link, after a question when it is.
   */
  function confirmDelete(annotationId: string, proceed: () => void): void {
    const warning = deleteWarning(ws.store.get(), store.get(), annotationId);
    if (!warning) {
      proceed();
      return;
    }
    store.set({ confirm: { annotationId, message: warning.message, detail: warning.detail, proceed } });
  }

  function answerConfirm(yes: boolean): void {
    const confirm = store.get().confirm;
    store.set({ confirm: null });
    if (yes && confirm) {
      store.set((c) => ({ picked: c.picked.filter((id) => id !== confirm.annotationId) }));
      confirm.proceed();
    }
  }

  return {
    togglePick,
    linkTo,
    unpick,
    clearPicks,
    linkSelected,
    openEdit,
    closeDialog,
    createLink,
    updateLink,
    addPicks,
    deleteLink,
    confirmDelete,
    answerConfirm,
  };
}
