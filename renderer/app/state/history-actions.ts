import type { ActionContext } from './context';
import { pushFuture, pushPast, record as recordOn, takeRedo, takeUndo } from './undo-stack';
import { describeEntry, type UndoEntry } from './undo-entries';
import { redoEntry, undoEntry } from './undo-replay';

/**
 * The workspace's one undo history: tagging, editing and deleting
 * annotations, and link work (links, accepted suggestions, tagged terms),
 * recorded as typed entries on one stack. Ctrl+Z undoes the most recent
 * entry whatever its kind; Ctrl+Shift+Z redoes in the opposite order.
 */
export function createHistoryActions(ctx: ActionContext) {
  const { store, api } = ctx;

  /** Records an operation already applied: it is the most recent, and nothing can be redone any more. */
  function record(entry: UndoEntry): void {
    store.set((s) => ({ undo: recordOn(s.undo, entry) }));
  }

  async function undo(): Promise<void> {
    await ctx.serial(async () => {
      const taken = takeUndo(store.get().undo);
      if (!taken) {
        ctx.inform('Nothing to undo');
        return;
      }
      // A failed call throws here: the entry stays where it was and the error is shown.
      const replay = await undoEntry(api, taken.entry);
      ctx.apply(replay.change, () => ({ undo: pushFuture(taken.stack, replay.entry), tagging: null }));
      ctx.inform(`Undid ${describeEntry(taken.entry)}`);
    });
  }

  async function redo(): Promise<void> {
    await ctx.serial(async () => {
      const taken = takeRedo(store.get().undo);
      if (!taken) {
        ctx.inform('Nothing to redo');
        return;
      }
      const replay = await redoEntry(api, taken.entry);
      ctx.apply(replay.change, () => ({ undo: pushPast(taken.stack, replay.entry) }));
      ctx.inform(`Redid ${describeEntry(taken.entry)}`);
    });
  }

  return { record, undo, redo };
}
