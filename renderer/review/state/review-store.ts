import type { Api } from '../../../shared/api';
import { Store, type ActionId, type Workspace } from '../../app';
import { createCurationActions } from './curation-actions';
import { createLiveRefresh } from './live-refresh';
import { createReviewActions } from './review-actions';
import { applyToAnnotations, createReviewContext } from './review-context';
import { initialReviewState, type ReviewState } from './review-state';
import { createTeammatesActions } from './teammates-actions';

/** Keys that only mean something inside the review. */
const REVIEW_KEYS = new Set<ActionId>(['next-disagreement', 'previous-disagreement', 'accept-a', 'accept-b', 'reject-disagreement']);

/**
 * Reviewing teammates' tag sets on top of the workspace: its own small
 * store (what is reviewed, the consensus decisions), actions over the API,
 * live refresh of other writers' changes, and the keys of the review.
 * Consensus steps go on the workspace's one undo history.
 */
export function createReview(ws: Workspace, api: Api) {
  const store = new Store<ReviewState>(initialReviewState());
  const ctx = createReviewContext(ws, api, store);
  const review = createReviewActions(ctx);
  const live = createLiveRefresh(ctx, review.reload);
  const curation = createCurationActions(ctx, review.showMatch);
  const teammates = createTeammatesActions(ctx, live.reloadFromDisk);
  const actions = { ...review, ...curation, ...teammates };

  // Every tag-set change (tagging, adopting, undo) reaches the review's copy of everyone's annotations.
  ws.onTagSetChange((change) => store.set((s) => (s.open ? { annotations: applyToAnnotations(s.annotations, change) } : {})));

  /** Takes a key-map action when it belongs to the review; the workspace runs it otherwise. */
  function intercept(action: ActionId): boolean {
    const s = store.get();
    if (s.teammates) return true; // the dialog owns the keyboard
    if (action === 'review') {
      if (s.open) review.closeReview();
      else void review.openReview();
      return true;
    }
    if (!s.open) {
      if (!REVIEW_KEYS.has(action)) return false;
      ctx.inform('Open the review first (R)');
      return true;
    }
    const curating = s.tab === 'consensus';
    if (!curating && (action === 'accept-a' || action === 'accept-b' || action === 'reject-disagreement')) {
      ctx.inform('Open the Consensus tab to accept or reject');
      return true;
    }
    if (!curating && action === 'toggle-boilerplate') return false;
    switch (action) {
      case 'cancel':
        if (ws.store.get().dialog !== null) return false;
        review.closeReview();
        return true;
      case 'next-annotation':
      case 'next-disagreement':
        review.step(1);
        return true;
      case 'previous-annotation':
      case 'previous-disagreement':
        review.step(-1);
        return true;
      case 'accept-a':
        void curation.decide('a');
        return true;
      case 'accept-b':
      case 'toggle-boilerplate':
        void curation.decide('b');
        return true;
      case 'reject-disagreement':
        void curation.decide('reject');
        return true;
      default:
        return false;
    }
  }

  return { store, actions, intercept, startLiveRefresh: live.start, poll: live.poll };
}

export type Review = ReturnType<typeof createReview>;
export type ReviewActions = Review['actions'];
