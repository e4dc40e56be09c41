import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/menu';

/** What menu items do: send a command to the page, or run a main-process flow. */
export interface MenuActions {
  send(command: MenuCommand): void;
  newStudy(): void;
  openStudy(): void;
  importArticles(): void;
  /** Switches between light and dark; the page follows through prefers-color-scheme. */
  toggleTheme(): void;
}

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** Development builds get Reload and Toggle DevTools. */
  isDev: boolean;
}

/**
 * The native menu as a template (type-only Electron import: tests build it
 * without Electron). Undo and Redo are commands to the page, because the
 * viewer is read-only and the app keeps its own undo history of annotations;
 * Copy and Select all are native edit roles. Every item has an `id` so tests
 * and the page's shortcut list can refer to it.
 */
export function menuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const command = (id: MenuCommand, label: string, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(id),
  });
  const file: MenuItemConstructorOptions[] = [
    { id: 'new-study', label: 'New study…', accelerator: 'CmdOrCtrl+N', click: () => actions.newStudy() },
    { id: 'open-study', label: 'Open study…', accelerator: 'CmdOrCtrl+O', click: () => actions.openStudy() },
    { type: 'separator' },
    { id: 'import-articles', label: 'Import articles…', accelerator: 'CmdOrCtrl+I', click: () => actions.importArticles() },
    command('export', 'Export…', 'CmdOrCtrl+E'),
  ];
  // macOS keeps Quit in the application menu.
  if (!options.isMac) file.push({ type: 'separator' }, { id: 'quit', role: 'quit', label: 'Quit' });

  const view: MenuItemConstructorOptions[] = [
    command('toggle-split-view', 'Split view', 'CmdOrCtrl+\\'),
    command('toggle-boilerplate', 'Hide boilerplate'),
    { id: 'toggle-theme', label: 'Toggle dark theme', click: () => actions.toggleTheme() },
  ];
  if (options.isDev) {
    view.push({ type: 'separator' }, { id: 'reload', role: 'reload' }, { id: 'toggle-devtools', role: 'toggleDevTools' });
  }

  const template: MenuItemConstructorOptions[] = [
    { id: 'file', label: 'File', submenu: file },
    {
      id: 'edit',
      label: 'Edit',
      submenu: [
        command('undo', 'Undo', 'CmdOrCtrl+Z'),
        command('redo', 'Redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { id: 'copy', role: 'copy' },
        { id: 'select-all', role: 'selectAll' },
      ],
    },
    { id: 'view', label: 'View', submenu: view },
    {
      id: 'help',
      role: 'help',
      label: 'Help',
      submenu: [command('show-shortcuts', 'Keyboard shortcuts'), command('show-about', `About ${options.appName}`)],
    },
  ];
  if (options.isMac) template.unshift({ id: 'app', role: 'appMenu' });
  return template;
}
