import type { Api } from '../../../shared/api';
import type { Annotation } from '../../../shared/model';
import { errorNotice, infoNotice, type Store, type TagSetChange, type Workspace } from '../../app';
import type { ReviewState } from './review-state';

/** What every review action module works with. */
export interface ReviewContext {
  ws: Workspace;
  api: Api;
  store: Store<ReviewState>;
  fail(error: unknown): void;
  inform(message: string): void;
}

export function createReviewContext(ws: Workspace, api: Api, store: Store<ReviewState>): ReviewContext {
  return {
    ws,
    api,
    store,
    fail: (error) => ws.store.set({ notice: errorNotice(error) }),
    inform: (message) => ws.store.set({ notice: infoNotice(message) }),
  };
}

/** Applies a tag-set change to the review's copy of everyone's annotations (the same list when it changes nothing). */
export function applyToAnnotations(list: readonly Annotation[], change: TagSetChange): Annotation[] {
  if (change.upsert.length === 0 && change.remove.length === 0) return list as Annotation[];
  const removed = new Set(change.remove);
  const upserted = new Map(change.upsert.map((a) => [a.id, a]));
  const kept = list.filter((a) => !removed.has(a.id) && !upserted.has(a.id));
  return [...kept, ...change.upsert];
}
