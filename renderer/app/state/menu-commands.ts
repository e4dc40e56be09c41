import type { MenuCommand } from '../../../shared/menu';
import type { ActionId } from './keymap';

/**
 * What a command from the Electron menu does in the page: the same key-map
 * action as its shortcut, so menu and keys can never drift apart, or one of
 * the few things only a menu asks for. 'export' is handled by the export module.
 */
export type MenuEffect = { kind: 'action'; action: ActionId } | { kind: 'reload' } | { kind: 'about' } | { kind: 'elsewhere' };

export function menuEffect(command: MenuCommand): MenuEffect {
  switch (command) {
    case 'undo':
      return { kind: 'action', action: 'undo' };
    case 'redo':
      return { kind: 'action', action: 'redo' };
    case 'toggle-split-view':
      return { kind: 'action', action: 'toggle-split' };
    case 'toggle-boilerplate':
      return { kind: 'action', action: 'toggle-boilerplate' };
    case 'show-shortcuts':
      return { kind: 'action', action: 'show-keys' };
    case 'study-changed':
      return { kind: 'reload' };
    case 'show-about':
      return { kind: 'about' };
    case 'export':
      return { kind: 'elsewhere' };
  }
}
