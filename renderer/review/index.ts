// What renderer/main.tsx needs to plug the review of teammates' tag sets into the workspace.
export { ReviewProvider } from './review-provider';
export { reviewSlots } from './review-slots';
export { createReview, type Review } from './state/review-store';
