/**
 * Commands the native menu (Electron main process) sends to the page over the
 * single `studio:menu` channel. The list is fixed: the preload drops anything
 * else, so a command string is never a way to smuggle data into the page.
 *
 * Keyboard note for the renderer: a menu item with an accelerator (Undo,
 * Redo) fires *instead of* the page's keydown on macOS and *after* an
 * unhandled keydown elsewhere. Handle those keys in one place and call
 * `preventDefault()` when the page handles them, so an action never runs twice.
 */
export const MENU_COMMANDS = [
  /** The open study changed (new, opened, or articles imported): reload everything. */
  'study-changed',
  'export',
  'undo',
  'redo',
  'toggle-split-view',
  'toggle-boilerplate',
  'show-shortcuts',
  'show-about',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Whether a value is one of the known menu commands. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/**
 * The menu half of `window.studio` (Electron only; absent in browser mode).
 * `onMenu` returns a function that removes the listener.
 */
export interface MenuBridge {
  onMenu(listener: (command: MenuCommand) => void): () => void;
}

/** Whether the page's bridge carries menu commands (true in Electron, false in the browser). */
export function hasMenuBridge(bridge: unknown): bridge is MenuBridge {
  return typeof bridge === 'object' && bridge !== null && typeof (bridge as { onMenu?: unknown }).onMenu === 'function';
}
