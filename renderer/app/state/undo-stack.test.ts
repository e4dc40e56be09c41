import { describe, expect, it } from 'vitest';
import { amendTop, emptyStack, pushFuture, pushPast, record, takeRedo, takeUndo } from './undo-stack';

describe('undo stack', () => {
  it('undoes the most recent operation first', () => {
    const stack = record(record(emptyStack<string>(), 'a'), 'b');
    const taken = takeUndo(stack);
    expect(taken?.entry).toBe('b');
    expect(taken?.stack.past).toEqual(['a']);
  });

  it('redoes what was undone, newest undo first', () => {
    let stack = record(record(emptyStack<string>(), 'a'), 'b');
    for (let i = 0; i < 2; i++) {
      const taken = takeUndo(stack)!;
      stack = pushFuture(taken.stack, taken.entry);
    }
    const redo = takeRedo(stack)!;
    expect(redo.entry).toBe('a');
    stack = pushPast(redo.stack, redo.entry);
    expect(stack).toEqual({ past: ['a'], future: ['b'] });
  });

  it('clears the redo side when a new operation is recorded', () => {
    const undone = takeUndo(record(emptyStack<string>(), 'a'))!;
    const stack = record(pushFuture(undone.stack, undone.entry), 'c');
    expect(stack.future).toEqual([]);
    expect(takeRedo(stack)).toBeNull();
  });

  it('reports nothing to undo or redo on an empty stack', () => {
    expect(takeUndo(emptyStack())).toBeNull();
    expect(takeRedo(emptyStack())).toBeNull();
  });

  it('keeps only the newest operations past the limit', () => {
    let stack = emptyStack<number>();
    for (let i = 0; i < 5; i++) stack = record(stack, i, 3);
    expect(stack.past).toEqual([2, 3, 4]);
  });

  it('amends the newest operation only when the update accepts it', () => {
    const stack = record(record(emptyStack<string>(), 'a'), 'b');
    expect(amendTop(stack, (top) => (top === 'b' ? 'b+label' : null))?.past).toEqual(['a', 'b+label']);
    expect(amendTop(stack, () => null)).toBeNull();
  });
});
