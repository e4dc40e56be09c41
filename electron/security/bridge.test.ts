import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/api';
import { createBridge, type IpcRendererLike } from './bridge';

type Relay = (event: unknown, ...args: unknown[]) => void;

function fakeIpcRenderer() {
  const invoked: unknown[][] = [];
  const listeners = new Map<string, Set<Relay>>();
  const ipc: IpcRendererLike = {
    async invoke(channel, ...args) {
      invoked.push([channel, ...args]);
      return { ok: true, value: 'reply' };
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
    },
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'the ipcRenderer' }, ...args);
  };
  return { ipc, invoked, listeners, emit };
}

describe('createBridge', () => {
  it('exposes one method per contract entry plus onMenu, and nothing else', () => {
    const bridge = createBridge(fakeIpcRenderer().ipc);
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES, 'onMenu'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('sends every call over the one call channel with its fixed name', async () => {
    const { ipc, invoked } = fakeIpcRenderer();
    const bridge = createBridge(ipc);
    expect(await bridge.openStudy({ dir: '/x' })).toEqual({ ok: true, value: 'reply' });
    await bridge.getStudy(undefined);
    expect(invoked).toEqual([
      ['studio:call', 'openStudy', { dir: '/x' }],
      ['studio:call', 'getStudy', undefined],
    ]);
  });

  it('relays known menu commands as bare strings and drops anything else', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const received: unknown[][] = [];
    createBridge(ipc).onMenu((...args) => received.push(args));
    emit('studio:menu', 'undo');
    emit('studio:menu', 'rm -rf');
    emit('studio:menu', { command: 'undo' });
    emit('studio:menu', 'export');
    expect(received).toEqual([['undo'], ['export']]);
  });

  it('stops relaying after unsubscribe', () => {
    const { ipc, emit, listeners } = fakeIpcRenderer();
    const received: string[] = [];
    const off = createBridge(ipc).onMenu((command) => received.push(command));
    off();
    emit('studio:menu', 'undo');
    expect(received).toEqual([]);
    expect(listeners.get('studio:menu')?.size).toBe(0);
  });
});
