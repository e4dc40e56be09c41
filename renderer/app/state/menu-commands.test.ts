import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/menu';
import { KEY_BINDINGS } from './keymap';
import { menuEffect } from './menu-commands';

describe('menu commands', () => {
  it('map to the same actions as their keys', () => {
    expect(menuEffect('undo')).toEqual({ kind: 'action', action: 'undo' });
    expect(menuEffect('toggle-split-view')).toEqual({ kind: 'action', action: 'toggle-split' });
    expect(menuEffect('show-shortcuts')).toEqual({ kind: 'action', action: 'show-keys' });
    expect(menuEffect('study-changed')).toEqual({ kind: 'reload' });
  });

  it('cover every command the menu can send, and only actions the key map knows', () => {
    const known = new Set(KEY_BINDINGS.map((b) => b.action));
    for (const command of MENU_COMMANDS) {
      const effect = menuEffect(command);
      expect(effect).toBeDefined();
      if (effect.kind === 'action') expect(known.has(effect.action)).toBe(true);
    }
  });
});
