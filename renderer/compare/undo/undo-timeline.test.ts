import { describe, expect, it } from 'vitest';
import { emptyStack, pushFuture, pushPast, record, takeRedo, takeUndo, type UndoStack } from '../../app/state/undo-stack';
import { classifyChange, followWorkspace, moveLinks, nextRedo, nextUndo, reconcile, recordLinks, timelineFrom, type Timeline } from './undo-timeline';

type E = { n: number };

/** A workspace stack and the timeline that follows it, driven the way the app drives them. */
function harness() {
  let stack: UndoStack<E> = emptyStack<E>();
  let timeline: Timeline = timelineFrom(stack);
  const set = (next: UndoStack<E>, expected: 'undo' | 'redo' | null = null) => {
    timeline = followWorkspace(timeline, classifyChange(stack, next, expected));
    stack = next;
  };
  return {
    wsRecord: (n: number) => set(record(stack, { n })),
    wsUndo: () => {
      const taken = takeUndo(stack)!;
      set(pushFuture(taken.stack, taken.entry), 'undo');
    },
    /** A redo that hands back a fresh entry object, as the workspace does for deletes. */
    wsRedoFresh: (expected: 'redo' | null) => {
      const taken = takeRedo(stack)!;
      set(pushPast(taken.stack, { ...taken.entry }), expected);
    },
    linksRecord: () => {
      timeline = recordLinks(timeline);
      // A new operation clears the workspace's redo side too; the app does that itself, so it is not classified.
      stack = { past: stack.past, future: [] };
    },
    linksUndo: () => (timeline = moveLinks(timeline, 'undo')),
    linksRedo: () => (timeline = moveLinks(timeline, 'redo')),
    reset: () => set(emptyStack<E>()),
    get timeline() {
      return timeline;
    },
  };
}

describe('undo timeline', () => {
  it('undoes the most recent operation whichever history holds it', () => {
    const h = harness();
    h.wsRecord(1); // tag
    h.linksRecord(); // link
    h.wsRecord(2); // tag again
    expect(nextUndo(h.timeline)).toBe('workspace');
    h.wsUndo();
    expect(nextUndo(h.timeline)).toBe('links');
    h.linksUndo();
    expect(nextUndo(h.timeline)).toBe('workspace');
    // Redo comes back in the opposite order.
    expect(nextRedo(h.timeline)).toBe('links');
    h.linksRedo();
    expect(nextRedo(h.timeline)).toBe('workspace');
  });

  it('drops the redo side when either history records something new', () => {
    const h = harness();
    h.linksRecord();
    h.linksUndo();
    expect(nextRedo(h.timeline)).toBe('links');
    h.wsRecord(1);
    expect(nextRedo(h.timeline)).toBeNull();

    h.wsUndo();
    expect(nextRedo(h.timeline)).toBe('workspace');
    h.linksRecord();
    expect(nextRedo(h.timeline)).toBeNull();
    expect(h.timeline.past).toEqual(['links']);
  });

  it('tells a redo that empties the future from a new record', () => {
    const h = harness();
    h.wsRecord(1);
    h.linksRecord();
    h.linksUndo();
    h.wsUndo();
    expect(h.timeline).toEqual({ past: [], future: ['links', 'workspace'] });
    h.wsRedoFresh('redo');
    expect(h.timeline).toEqual({ past: ['workspace'], future: ['links'] });
    h.wsUndo();
    // Not announced, with a fresh object: read as a new record (the safe reading: nothing left to redo).
    h.wsRedoFresh(null);
    expect(h.timeline).toEqual({ past: ['workspace'], future: [] });
  });

  it('forgets everything when the workspace resets its history (another annotator)', () => {
    const h = harness();
    h.wsRecord(1);
    h.linksRecord();
    h.reset();
    expect(h.timeline).toEqual({ past: [], future: [] });
  });

  it('ignores changes that only rewrite the top entry (a label joining its tag)', () => {
    const prev = record(record(emptyStack<E>(), { n: 1 }), { n: 2 });
    const amended: UndoStack<E> = { past: [prev.past[0]!, { n: 3 }], future: [] };
    expect(classifyChange(prev, amended, null)).toBe('none');
    expect(classifyChange(prev, prev, null)).toBe('none');
  });

  it('counts a record at the history limit, where the oldest entry falls off', () => {
    const prev: UndoStack<E> = { past: [{ n: 1 }, { n: 2 }], future: [] };
    const next = record(prev, { n: 3 }, 2);
    expect(next.past.length).toBe(2);
    expect(classifyChange(prev, next, null)).toBe('record');
  });

  it('brings a timeline back in line with both histories', () => {
    // One workspace entry too many (e.g. missed while the page was busy), and a links entry the history no longer has.
    const t: Timeline = { past: ['workspace', 'links', 'workspace', 'links'], future: ['workspace'] };
    expect(reconcile(t, { past: 1, future: 1 }, { past: 1, future: 0 })).toEqual({ past: ['workspace', 'links'], future: ['workspace'] });
    expect(reconcile(t, { past: 2, future: 1 }, { past: 2, future: 0 })).toBe(t);
  });
});
