import type { Api } from '../../../shared/api';
import { errorNotice, infoNotice } from './notices';
import { applyChange, type TagSetChange } from './tag-set-change';
import type { Store } from './workspace-store';
import type { WorkspaceState } from './workspace-state';

/** Hears every tag-set change the workspace applies (another module's copies follow it). */
export type TagSetListener = (change: TagSetChange) => void;

/** The bit of Web Storage the workspace uses (localStorage in the app, a Map in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** What every action module works with. */
export interface ActionContext {
  store: Store<WorkspaceState>;
  api: Api;
  storage: KeyValueStorage;
  /**
   * Runs calls that change the tag set one after another, so a quick "tag,
   * undo, redo" reaches the service in order. Failures become a notice and
   * resolve to undefined.
   */
  serial<T>(work: () => Promise<T>): Promise<T | undefined>;
  /** Shows a failure to the analyst. */
  fail(error: unknown): void;
  /** Shows a short message to the analyst. */
  inform(message: string): void;
  /** A fresh sequence number for pane requests. */
  nextSeq(): number;
  /**
   * Applies a tag-set change to the loaded annotations and links, with any
   * further state from `also` in the same update, and tells the listeners.
   */
  apply(change: TagSetChange, also?: (state: WorkspaceState) => Partial<WorkspaceState>): void;
  /** Listens to every applied tag-set change; returns the unsubscribe. */
  onChange(listener: TagSetListener): () => void;
  /** How many times the analyst pressed Esc (or cancelled otherwise); work in flight compares it to skip steps. */
  cancels: number;
}

export function createContext(store: Store<WorkspaceState>, api: Api, storage: KeyValueStorage): ActionContext {
  let queue: Promise<unknown> = Promise.resolve();
  let seq = 0;
  const listeners = new Set<TagSetListener>();
  const fail = (error: unknown) => store.set({ notice: errorNotice(error) });
  return {
    store,
    api,
    storage,
    serial<T>(work: () => Promise<T>) {
      const run = queue.then(work).catch((error: unknown) => {
        fail(error);
        return undefined;
      });
      queue = run;
      return run;
    },
    fail,
    inform: (message) => store.set({ notice: infoNotice(message) }),
    nextSeq: () => ++seq,
    apply(change, also) {
      store.set((s) => ({ ...applyChange(s, change), ...also?.(s) }));
      for (const listener of [...listeners]) listener(change);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    cancels: 0,
  };
}
