import { describe, expect, it } from 'vitest';
import { selectionMove } from './keyboard-selection';

const key = (k: string, mods: { shift?: boolean; ctrl?: boolean; alt?: boolean } = {}) => ({
  key: k,
  shiftKey: mods.shift ?? false,
  ctrlKey: mods.ctrl ?? false,
  altKey: mods.alt ?? false,
  metaKey: false,
});

describe('selectionMove', () => {
  it('extends by character with Shift+arrows and by word with Ctrl+Shift+arrows', () => {
    expect(selectionMove(key('ArrowRight', { shift: true }))).toEqual({ alter: 'extend', direction: 'forward', granularity: 'character' });
    expect(selectionMove(key('ArrowLeft', { shift: true, ctrl: true }))).toEqual({ alter: 'extend', direction: 'backward', granularity: 'word' });
  });

  it('moves the caret with plain left and right arrows', () => {
    expect(selectionMove(key('ArrowLeft'))).toEqual({ alter: 'move', direction: 'backward', granularity: 'character' });
  });

  it('leaves plain up, down, Home and End to scroll the pane', () => {
    for (const k of ['ArrowUp', 'ArrowDown', 'Home', 'End']) expect(selectionMove(key(k))).toBeNull();
    expect(selectionMove(key('ArrowDown', { shift: true }))?.granularity).toBe('line');
    expect(selectionMove(key('End', { shift: true }))?.granularity).toBe('lineboundary');
  });

  it('ignores other keys', () => {
    expect(selectionMove(key('1'))).toBeNull();
    expect(selectionMove(key('a', { shift: true }))).toBeNull();
  });
});
