export { type ReviewSpan, spanOf, overlaps, overlapLength, byArticle, overlappingPairs } from './span';
export { type MatchKind, type BoundaryDelta, type SpanMatch, matchSpans, matchSummary } from './match';
export { type SharedLink, type ReviewedLink, reviewLinks } from './links';
