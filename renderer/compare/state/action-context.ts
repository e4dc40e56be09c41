import type { Api } from '../../../shared/api';
import type { Annotation } from '../../../shared/model';
import type { Workspace } from '../../app/state/actions';
import { applyChange } from '../../app/state/annotation-actions';
import { errorNotice, infoNotice } from '../../app/state/notices';
import type { Store } from '../../app/state/workspace-store';
import type { TagSetChange } from '../../app/state/undo-ops';
import type { LinkUndoEntry } from '../undo/link-undo';
import type { CompareState } from './compare-state';

/** What every compare action module works with. */
export interface CompareContext {
  ws: Workspace;
  api: Api;
  store: Store<CompareState>;
  /** Runs tag-set changes one after another; failures become a notice and resolve to undefined. */
  serial<T>(work: () => Promise<T>): Promise<T | undefined>;
  fail(error: unknown): void;
  inform(message: string): void;
  /** Applies a tag-set change to the workspace's annotations and links, and to the own-annotation index. */
  apply(change: TagSetChange): void;
  /** Records a link operation on the undo history (it becomes the most recent operation). */
  record(entry: LinkUndoEntry): void;
  /** Records a new annotation on the workspace's own history, as tagging does. */
  recordCreate(annotation: Annotation): void;
  nextSeq(): number;
}

/** Upserts and removes annotations in the index of the analyst's own annotations. */
export function indexChange(own: Record<string, Annotation>, change: TagSetChange): Record<string, Annotation> {
  if (change.upsert.length === 0 && change.remove.length === 0) return own;
  const next = { ...own };
  for (const id of change.remove) delete next[id];
  for (const a of change.upsert) next[a.id] = a;
  return next;
}

export function createCompareContext(
  ws: Workspace,
  api: Api,
  store: Store<CompareState>,
  history: { record(entry: LinkUndoEntry): void; recordCreate(annotation: Annotation): void },
): CompareContext {
  let seq = 0;
  const fail = (error: unknown) => ws.store.set({ notice: errorNotice(error) });
  return {
    ws,
    api,
    store,
    serial: ws.serial,
    fail,
    inform: (message) => ws.store.set({ notice: infoNotice(message) }),
    apply(change) {
      ws.store.set((s) => applyChange(s, change));
      store.set((s) => (s.own?.value ? { own: { ...s.own, value: indexChange(s.own.value, change) } } : {}));
    },
    record: history.record,
    recordCreate: history.recordCreate,
    nextSeq: () => ++seq,
  };
}
