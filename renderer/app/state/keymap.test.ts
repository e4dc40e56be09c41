import { describe, expect, it } from 'vitest';
import { KEY_BINDINGS, parseChord, resolveKey, type KeyPress } from './keymap';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrl: false,
  meta: false,
  shift: false,
  alt: false,
  inTextField: false,
  ...mods,
});
const idle = { modalOpen: false };

describe('resolveKey', () => {
  it('maps 1, 2 and 3 to the three categories', () => {
    expect(resolveKey(press('1'), idle)).toBe('tag-claim');
    expect(resolveKey(press('2'), idle)).toBe('tag-framing');
    expect(resolveKey(press('3'), idle)).toBe('tag-attribution');
  });

  it('moves with J and K, lower or upper case without shift', () => {
    expect(resolveKey(press('j'), idle)).toBe('next-annotation');
    expect(resolveKey(press('k'), idle)).toBe('previous-annotation');
    expect(resolveKey(press('J', { shift: true }), idle)).toBeNull();
  });

  it('deletes with Delete and Backspace', () => {
    expect(resolveKey(press('Delete'), idle)).toBe('delete-annotation');
    expect(resolveKey(press('Backspace'), idle)).toBe('delete-annotation');
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z or Ctrl+Y (Cmd on macOS)', () => {
    expect(resolveKey(press('z', { ctrl: true }), idle)).toBe('undo');
    expect(resolveKey(press('Z', { ctrl: true, shift: true }), idle)).toBe('redo');
    expect(resolveKey(press('y', { ctrl: true }), idle)).toBe('redo');
    expect(resolveKey(press('z', { meta: true }), idle)).toBe('undo');
    expect(resolveKey(press('z'), idle)).toBeNull();
  });

  it('opens the key map with ? although typing ? needs Shift', () => {
    expect(resolveKey(press('?', { shift: true }), idle)).toBe('show-keys');
  });

  it('maps Escape to cancel', () => {
    expect(resolveKey(press('Escape'), idle)).toBe('cancel');
  });

  it('ignores plain keys while typing in a text field', () => {
    for (const key of ['1', 'j', 'Delete', 'Backspace', '?', 's']) {
      expect(resolveKey(press(key, { inTextField: true }), idle)).toBeNull();
    }
    expect(resolveKey(press('z', { ctrl: true, inTextField: true }), idle)).toBeNull();
  });

  it('still opens the command palette from a text field', () => {
    expect(resolveKey(press('k', { ctrl: true, inTextField: true }), idle)).toBe('command-palette');
  });

  it('leaves every key to an open dialog', () => {
    expect(resolveKey(press('1'), { modalOpen: true })).toBeNull();
    expect(resolveKey(press('k', { ctrl: true }), { modalOpen: true })).toBeNull();
  });

  it('does not fire on keys with extra modifiers', () => {
    expect(resolveKey(press('1', { ctrl: true }), idle)).toBeNull();
    expect(resolveKey(press('j', { alt: true }), idle)).toBeNull();
  });
});

describe('key map', () => {
  it('binds no chord to two actions', () => {
    const seen = new Map<string, string>();
    for (const binding of KEY_BINDINGS) {
      for (const key of binding.keys) {
        const chord = JSON.stringify(parseChord(key));
        expect(seen.get(chord), `${key} is bound twice`).toBeUndefined();
        seen.set(chord, binding.action);
      }
    }
  });

  it('parses chords with modifiers', () => {
    expect(parseChord('Ctrl+Shift+Z')).toEqual({ key: 'z', mod: true, shift: true, alt: false });
    expect(parseChord('Esc')).toEqual({ key: 'escape', mod: false, shift: false, alt: false });
  });
});
