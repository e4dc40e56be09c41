import type { Annotation } from '../../../shared/model';
import type { Workspace } from '../../app/state/actions';
import { applyChange } from '../../app/state/annotation-actions';
import type { Store } from '../../app/state/workspace-store';
import { pushFuture, pushPast, record, takeRedo, takeUndo, type UndoStack } from '../../app/state/undo-stack';
import { describeLinkEntry, redoLinkEntry, undoLinkEntry, type LinkUndoEntry } from '../undo/link-undo';
import { classifyChange, followWorkspace, moveLinks, nextRedo, nextUndo, reconcile, recordLinks, timelineFrom, type Owner, type Timeline } from '../undo/undo-timeline';
import type { CompareContext } from './action-context';
import type { CompareState } from './compare-state';

/**
 * Undo and redo across the workspace's history and the link history: the
 * timeline says whose operation is next; link operations are replayed here,
 * workspace ones are left to the workspace (the caller runs its action).
 */
export function createHistory(ws: Workspace, store: Store<CompareState>) {
  let timeline: Timeline = timelineFrom(ws.store.get().undo);
  let seen: UndoStack<unknown> = ws.store.get().undo;
  /** Workspace undos and redos handed over but not yet seen on its stack (the timeline moved already). */
  const pending = { undo: 0, redo: 0 };
  let quiet = false;

  const unsubscribe = ws.store.subscribe(() => {
    const next = ws.store.get().undo;
    if (next === seen) return;
    const expected = pending.redo > 0 ? 'redo' : pending.undo > 0 ? 'undo' : null;
    const change = quiet ? 'none' : classifyChange(seen, next, expected);
    seen = next;
    if (change === 'undo' && pending.undo > 0) pending.undo--;
    else if (change === 'redo' && pending.redo > 0) pending.redo--;
    else timeline = followWorkspace(timeline, change);
    if (change === 'reset') {
      pending.undo = pending.redo = 0;
      store.set({ undo: { past: [], future: [] } });
    }
  });

  /** Ends every redo: a new operation was made. */
  function clearWorkspaceFuture(): void {
    const u = ws.store.get().undo;
    if (u.future.length === 0) return;
    quiet = true;
    ws.store.set({ undo: { past: u.past, future: [] } });
    quiet = false;
  }

  function recordEntry(entry: LinkUndoEntry): void {
    store.set((s) => ({ undo: record(s.undo, entry) }));
    timeline = recordLinks(timeline);
    clearWorkspaceFuture();
  }

  /** A new annotation made by link work (L on a selection, accepting for a selection) joins the workspace's history. */
  function recordCreate(annotation: Annotation): void {
    ws.store.set((s) => ({
      ...applyChange(s, { upsert: [annotation], remove: [], upsertLinks: [], removeLinks: [] }),
      undo: record(s.undo, { kind: 'create', annotation, links: [] }),
    }));
  }

  /** Whose operation the next undo (or redo) takes. */
  function owner(direction: 'undo' | 'redo'): Owner | null {
    const wsStack = ws.store.get().undo;
    const mine = store.get().undo;
    if (pending.undo === 0 && pending.redo === 0) {
      timeline = reconcile(timeline, { past: wsStack.past.length, future: wsStack.future.length }, { past: mine.past.length, future: mine.future.length });
    }
    const next = direction === 'undo' ? nextUndo(timeline) : nextRedo(timeline);
    if (next) return next;
    // Entries the timeline missed are still reachable.
    const side = direction === 'undo' ? 'past' : 'future';
    if (mine[side].length > 0) return 'links';
    return wsStack[side].length > 0 ? 'workspace' : null;
  }

  /**
   * Decides an undo or redo key press. Returns true when the link history
   * takes it; false when the workspace should run its own (the timeline is
   * moved for it now, so a quick second press is routed right).
   */
  function claim(direction: 'undo' | 'redo', ctx: CompareContext): boolean {
    const who = owner(direction);
    if (who !== 'links') {
      if (who === 'workspace') {
        timeline = followWorkspace(timeline, direction);
        pending[direction]++;
      }
      return false;
    }
    timeline = moveLinks(timeline, direction);
    void replay(direction, ctx);
    return true;
  }

  async function replay(direction: 'undo' | 'redo', ctx: CompareContext): Promise<void> {
    const done = await ctx.serial(async () => {
      const taken = direction === 'undo' ? takeUndo(store.get().undo) : takeRedo(store.get().undo);
      if (!taken) return true;
      const result = direction === 'undo' ? await undoLinkEntry(ctx.api, taken.entry) : await redoLinkEntry(ctx.api, taken.entry);
      ctx.apply(result.change);
      store.set({ undo: direction === 'undo' ? pushFuture(taken.stack, result.entry) : pushPast(taken.stack, result.entry) });
      ctx.inform(`${direction === 'undo' ? 'Undid' : 'Redid'} ${describeLinkEntry(taken.entry)}`);
      return true;
    });
    // A failed replay leaves the entry where it was; put the timeline back too.
    if (!done) timeline = moveLinks(timeline, direction === 'undo' ? 'redo' : 'undo');
  }

  return { record: recordEntry, recordCreate, claim, dispose: unsubscribe, timeline: () => timeline };
}

export type History = ReturnType<typeof createHistory>;
