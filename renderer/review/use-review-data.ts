import { useMemo } from 'react';
import { useWorkspaceState } from '../app';
import { reviewLinks, type ReviewedLink, type SpanMatch } from '../../shared/review';
import { useReviewState } from './review-provider';
import { disagreementIndexes, reviewMatches } from './state/review-selectors';

/** The matches, disagreements and reviewed links of the current review, recomputed only when their inputs change. */
export function useReviewData(): { matches: SpanMatch[]; disagreements: number[]; links: ReviewedLink[] } {
  const annotations = useReviewState((s) => s.annotations);
  const annotators = useReviewState((s) => s.annotators);
  const articleId = useReviewState((s) => s.articleId);
  const allLinks = useWorkspaceState((s) => s.links);
  return useMemo(() => {
    const matches = reviewMatches({ annotations, annotators, articleId });
    return { matches, disagreements: disagreementIndexes(matches), links: reviewLinks(allLinks, matches, annotators) };
  }, [annotations, annotators, articleId, allLinks]);
}
