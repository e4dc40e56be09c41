import type { Api } from '../../../shared/api';
import type { Annotation } from '../../../shared/model';
import { errorNotice, infoNotice, tagSetChange, type Store, type TagSetChange, type UndoEntry, type Workspace } from '../../app';
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
  /** Applies a tag-set change to the workspace's annotations and links (the own-annotation index follows). */
  apply(change: TagSetChange): void;
  /** Records an applied operation on the workspace's one undo history. */
  record(entry: UndoEntry): void;
  /** Applies and records a new annotation made by link work, as tagging does. */
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

export function createCompareContext(ws: Workspace, api: Api, store: Store<CompareState>): CompareContext {
  let seq = 0;
  const fail = (error: unknown) => ws.store.set({ notice: errorNotice(error) });
  return {
    ws,
    api,
    store,
    serial: ws.serial,
    fail,
    inform: (message) => ws.store.set({ notice: infoNotice(message) }),
    apply: (change) => ws.apply(change),
    record: ws.record,
    recordCreate(annotation) {
      ws.apply(tagSetChange({ upsert: [annotation] }));
      ws.record({ kind: 'create-annotation', annotation, links: [] });
    },
    nextSeq: () => ++seq,
  };
}
