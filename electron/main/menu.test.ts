import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../shared/menu';
import { menuTemplate, type MenuActions } from './menu';

function recordingActions() {
  const log: string[] = [];
  const actions: MenuActions = {
    send: (command) => log.push(`send ${command}`),
    newStudy: () => log.push('newStudy'),
    openStudy: () => log.push('openStudy'),
    importArticles: () => log.push('importArticles'),
    toggleTheme: () => log.push('toggleTheme'),
  };
  return { actions, log };
}

/** Every item of a template, depth first. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  // Our handlers take no arguments; Electron's signature has three.
  const handler = item?.click as (() => void) | undefined;
  if (!handler) throw new Error(`menu item ${item?.id ?? '?'} has no click handler`);
  handler();
}

const linux = { appName: 'Outlet Compare', isMac: false, isDev: false };

describe('menuTemplate', () => {
  it('has File, Edit, View and Help', () => {
    expect(menuTemplate(linux, recordingActions().actions).map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('runs the study flows in the main process', () => {
    const { actions, log } = recordingActions();
    const items = flatten(menuTemplate(linux, actions));
    for (const id of ['new-study', 'open-study', 'import-articles']) click(items.find((i) => i.id === id));
    expect(log).toEqual(['newStudy', 'openStudy', 'importArticles']);
  });

  it('sends page commands, each from the fixed list, under its own id', () => {
    const { actions, log } = recordingActions();
    const items = flatten(menuTemplate(linux, actions));
    const sent = ['export', 'undo', 'redo', 'toggle-split-view', 'toggle-boilerplate', 'show-shortcuts', 'show-about'];
    for (const id of sent) click(items.find((i) => i.id === id));
    expect(log).toEqual(sent.map((id) => `send ${id}`));
    for (const id of sent) expect(MENU_COMMANDS).toContain(id);
  });

  it('switches the theme in the main process, where the page sees it as prefers-color-scheme', () => {
    const { actions, log } = recordingActions();
    click(flatten(menuTemplate(linux, actions)).find((i) => i.id === 'toggle-theme'));
    expect(log).toEqual(['toggleTheme']);
  });

  it('uses native roles for copy, select all and quit', () => {
    const items = flatten(menuTemplate(linux, recordingActions().actions));
    expect(items.find((i) => i.id === 'copy')?.role).toBe('copy');
    expect(items.find((i) => i.id === 'select-all')?.role).toBe('selectAll');
    expect(items.find((i) => i.id === 'quit')?.role).toBe('quit');
  });

  it('uses the keys the page documents for undo and redo', () => {
    const items = flatten(menuTemplate(linux, recordingActions().actions));
    expect(items.find((i) => i.id === 'undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(items.find((i) => i.id === 'redo')?.accelerator).toBe('CmdOrCtrl+Shift+Z');
  });

  it('offers Reload and DevTools only in development', () => {
    const ids = (isDev: boolean) => flatten(menuTemplate({ ...linux, isDev }, recordingActions().actions)).map((i) => i.id);
    expect(ids(false)).not.toContain('reload');
    expect(ids(false)).not.toContain('toggle-devtools');
    expect(ids(true)).toEqual(expect.arrayContaining(['reload', 'toggle-devtools']));
  });

  it('follows macOS conventions: app menu first, no Quit under File', () => {
    const template = menuTemplate({ ...linux, isMac: true }, recordingActions().actions);
    expect(template[0]?.role).toBe('appMenu');
    expect(flatten(template).some((i) => i.id === 'quit')).toBe(false);
  });

  it('gives every item an id, unique within the menu', () => {
    const items = flatten(menuTemplate({ ...linux, isDev: true }, recordingActions().actions)).filter((i) => i.type !== 'separator');
    const ids = items.map((i) => i.id);
    expect(ids.every((id) => typeof id === 'string' && id !== '')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
