import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Review, ReviewActions } from './state/review-store';
import type { ReviewState } from './state/review-state';

const ReviewContext = createContext<Review | null>(null);

/** Makes the review module available to every component below. */
export function ReviewProvider({ review, children }: { review: Review; children: ReactNode }) {
  return <ReviewContext.Provider value={review}>{children}</ReviewContext.Provider>;
}

export function useReview(): Review {
  const review = useContext(ReviewContext);
  if (!review) throw new Error('useReview needs a ReviewProvider above it (see renderer/main.tsx)');
  return review;
}

/** Reads one slice of the review state; the selector must return a value from the state or a primitive. */
export function useReviewState<T>(selector: (state: ReviewState) => T): T {
  const { store } = useReview();
  return useSyncExternalStore(store.subscribe, () => selector(store.get()));
}

export function useReviewActions(): ReviewActions {
  return useReview().actions;
}
