/**
 * A bounded undo/redo history as an immutable value: every operation returns
 * a new stack, so the store can hold it like any other piece of state.
 */

export interface UndoStack<T> {
  /** Done operations, oldest first; the last one is undone next. */
  readonly past: readonly T[];
  /** Undone operations, the last one is redone next. */
  readonly future: readonly T[];
}

/** How many operations the history keeps. */
export const UNDO_LIMIT = 200;

export function emptyStack<T>(): UndoStack<T> {
  return { past: [], future: [] };
}

/** Records a new operation; whatever was undone can no longer be redone. */
export function record<T>(stack: UndoStack<T>, entry: T, limit = UNDO_LIMIT): UndoStack<T> {
  const past = [...stack.past, entry];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

/** The operation to undo and the stack without it, or null when there is nothing to undo. */
export function takeUndo<T>(stack: UndoStack<T>): { entry: T; stack: UndoStack<T> } | null {
  const entry = stack.past[stack.past.length - 1];
  if (entry === undefined) return null;
  return { entry, stack: { past: stack.past.slice(0, -1), future: stack.future } };
}

/** The operation to redo and the stack without it, or null when there is nothing to redo. */
export function takeRedo<T>(stack: UndoStack<T>): { entry: T; stack: UndoStack<T> } | null {
  const entry = stack.future[stack.future.length - 1];
  if (entry === undefined) return null;
  return { entry, stack: { past: stack.past, future: stack.future.slice(0, -1) } };
}

/** Puts an undone operation on the redo side (its entry may have been refreshed by the undo). */
export function pushFuture<T>(stack: UndoStack<T>, entry: T): UndoStack<T> {
  return { past: stack.past, future: [...stack.future, entry] };
}

/** Puts a redone operation back on the undo side without clearing the redo side. */
export function pushPast<T>(stack: UndoStack<T>, entry: T): UndoStack<T> {
  return { past: [...stack.past, entry], future: stack.future };
}

/** Replaces the most recent operation when `update` returns a value (merging a follow-up into it). */
export function amendTop<T>(stack: UndoStack<T>, update: (entry: T) => T | null): UndoStack<T> | null {
  const top = stack.past[stack.past.length - 1];
  if (top === undefined) return null;
  const next = update(top);
  if (next === null) return null;
  return { past: [...stack.past.slice(0, -1), next], future: stack.future };
}
