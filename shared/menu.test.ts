import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, hasMenuBridge, isMenuCommand } from './menu';

describe('menu commands', () => {
  it('recognises only the fixed commands', () => {
    for (const command of MENU_COMMANDS) expect(isMenuCommand(command)).toBe(true);
    expect(isMenuCommand('Undo')).toBe(false);
    expect(isMenuCommand('undo ')).toBe(false);
    expect(isMenuCommand({ toString: () => 'undo' })).toBe(false);
    expect(isMenuCommand(undefined)).toBe(false);
  });

  it('has no duplicates', () => {
    expect(new Set(MENU_COMMANDS).size).toBe(MENU_COMMANDS.length);
  });

  it('detects a bridge that carries menu commands', () => {
    expect(hasMenuBridge({ onMenu: () => () => undefined })).toBe(true);
    expect(hasMenuBridge({ getStudy: () => undefined })).toBe(false);
    expect(hasMenuBridge(undefined)).toBe(false);
  });
});
