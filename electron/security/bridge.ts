import { METHOD_NAMES, type MethodName } from '../../shared/methods';
import { isMenuCommand, type MenuBridge, type MenuCommand } from '../../shared/menu';
import { CALL_CHANNEL, MENU_CHANNEL } from './channels';

/** The parts of ipcRenderer the bridge uses (a fake in tests). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** What the preload exposes as `window.studio`: one method per contract call, plus onMenu. */
export type StudioBridgeWithMenu = { [K in MethodName]: (input: unknown) => Promise<unknown> } & MenuBridge;

/**
 * Builds the object the preload hands to contextBridge. Only closures cross
 * into the page: each contract method invokes the one call channel with a
 * fixed name, and onMenu delivers bare command strings from the fixed list
 * (never the IPC event, whose `sender` is ipcRenderer itself).
 */
export function createBridge(ipc: IpcRendererLike): StudioBridgeWithMenu {
  const bridge = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;
  for (const name of METHOD_NAMES) {
    bridge[name] = (input: unknown) => ipc.invoke(CALL_CHANNEL, name, input);
  }
  const onMenu = (listener: (command: MenuCommand) => void): (() => void) => {
    const relay = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipc.on(MENU_CHANNEL, relay);
    return () => {
      ipc.removeListener(MENU_CHANNEL, relay);
    };
  };
  return { ...bridge, onMenu };
}
