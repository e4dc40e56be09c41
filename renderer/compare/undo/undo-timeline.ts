import type { UndoStack } from '../../app/state/undo-stack';

/**
 * One Ctrl+Z for two histories. The workspace keeps its own undo stack
 * (tags, edits, deletes) and the link work keeps another; this timeline
 * remembers whose operation came when, so undo and redo take the most recent
 * one whichever history holds it. It follows the workspace's stack by
 * watching it change, so the workspace needs no hooks for it.
 */

export type Owner = 'workspace' | 'links';

export interface Timeline {
  past: readonly Owner[];
  future: readonly Owner[];
}

/** How the workspace's stack changed between two states. */
export type StackChange = 'record' | 'undo' | 'redo' | 'reset' | 'none';

/** A timeline for a workspace stack seen for the first time (every entry is the workspace's). */
export function timelineFrom(stack: UndoStack<unknown>): Timeline {
  return { past: stack.past.map(() => 'workspace'), future: stack.future.map(() => 'workspace') };
}

/**
 * Classifies a change of the workspace's stack. A redo and a new record look
 * alike when the redo empties the future; `expected` (set when this module
 * itself asked the workspace to redo) and entry identity tell them apart.
 */
export function classifyChange(prev: UndoStack<unknown>, next: UndoStack<unknown>, expected: 'undo' | 'redo' | null): StackChange {
  if (prev === next) return 'none';
  const dp = next.past.length - prev.past.length;
  const df = next.future.length - prev.future.length;
  if (next.past.length === 0 && next.future.length === 0) return prev.past.length + prev.future.length > 0 ? 'reset' : 'none';
  if (dp === -1 && df === 1) return 'undo';
  if (dp === 1 && df === -1) {
    if (next.future.length > 0 || expected === 'redo') return 'redo';
    // The future went from one entry to none: a redo puts that entry back on top (edits and creates keep their object).
    return next.past[next.past.length - 1] === prev.future[prev.future.length - 1] ? 'redo' : 'record';
  }
  if (next.future.length === 0 && dp === 1) return 'record';
  // At the history limit the oldest entry falls off: same length, everything shifted down by one.
  const n = next.past.length;
  if (next.future.length === 0 && dp === 0 && n > 1 && next.past[n - 2] === prev.past[n - 1] && next.past[n - 1] !== prev.past[n - 1]) return 'record';
  return 'none';
}

/** Follows a workspace change on the timeline. */
export function followWorkspace(t: Timeline, change: StackChange): Timeline {
  switch (change) {
    case 'record':
      return { past: [...t.past, 'workspace'], future: [] };
    case 'undo':
      return moveLast(t, 'workspace', 'undo');
    case 'redo':
      return moveLast(t, 'workspace', 'redo');
    case 'reset':
      return { past: [], future: [] };
    case 'none':
      return t;
  }
}

/** Moves the most recent `owner` entry across (undo: past → future; redo: future → past). */
function moveLast(t: Timeline, owner: Owner, direction: 'undo' | 'redo'): Timeline {
  const from = direction === 'undo' ? t.past : t.future;
  const index = from.lastIndexOf(owner);
  if (index < 0) return t;
  const rest = [...from.slice(0, index), ...from.slice(index + 1)];
  const to = [...(direction === 'undo' ? t.future : t.past), owner];
  return direction === 'undo' ? { past: rest, future: to } : { past: to, future: rest };
}

/** A new link operation: it is the most recent, and nothing can be redone any more. */
export function recordLinks(t: Timeline): Timeline {
  return { past: [...t.past, 'links'], future: [] };
}

/** Whose operation Ctrl+Z undoes next, or null when there is none. */
export function nextUndo(t: Timeline): Owner | null {
  return t.past[t.past.length - 1] ?? null;
}

/** Whose operation Ctrl+Shift+Z redoes next, or null when there is none. */
export function nextRedo(t: Timeline): Owner | null {
  return t.future[t.future.length - 1] ?? null;
}

/** The timeline after undoing (or redoing) one link operation. */
export function moveLinks(t: Timeline, direction: 'undo' | 'redo'): Timeline {
  return moveLast(t, 'links', direction);
}

/**
 * Trims the timeline so it holds exactly as many entries of each owner as
 * the two histories do (the oldest surplus goes first). A safety net: if a
 * change was ever misread, undo still reaches every entry.
 */
export function reconcile(t: Timeline, workspace: { past: number; future: number }, links: { past: number; future: number }): Timeline {
  const fit = (list: readonly Owner[], want: Record<Owner, number>): readonly Owner[] => {
    const have: Record<Owner, number> = { workspace: 0, links: 0 };
    for (const o of list) have[o]++;
    if (have.workspace <= want.workspace && have.links <= want.links) return list;
    const drop: Record<Owner, number> = { workspace: Math.max(0, have.workspace - want.workspace), links: Math.max(0, have.links - want.links) };
    return list.filter((o) => (drop[o] > 0 ? (drop[o]--, false) : true));
  };
  const past = fit(t.past, { workspace: workspace.past, links: links.past });
  const future = fit(t.future, { workspace: workspace.future, links: links.future });
  return past === t.past && future === t.future ? t : { past, future };
}
