import { useEffect } from 'react';
import { hasMenuBridge } from '../../shared/menu';
import type { ActionId } from './state/keymap';
import { menuEffect } from './state/menu-commands';

/** Runs the Electron menu's commands in the page (absent in browser mode, where the bridge has no onMenu). */
export function useMenuCommands(run: (action: ActionId) => void, reload: () => void, about: () => void): void {
  useEffect(() => {
    const bridge: unknown = window.studio;
    if (!hasMenuBridge(bridge)) return;
    return bridge.onMenu((command) => {
      const effect = menuEffect(command);
      if (effect.kind === 'action') run(effect.action);
      else if (effect.kind === 'reload') reload();
      else if (effect.kind === 'about') about();
    });
  }, [run, reload, about]);
}
