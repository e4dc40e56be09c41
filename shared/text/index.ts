export { articleSchema, type ArticleSchema } from './schema';
export {
  BLOCK_SEPARATOR,
  blockAt,
  canonicalText,
  docFromJSON,
  type CanonicalText,
  type TextBlock,
} from './canonical';
export { offsetToPos, posToOffset, rangeToPositions } from './positions';
export { normalizeForMatch, normalizeWithMap, type NormalizedText } from './normalize';
export {
  QUOTE_CONTEXT,
  anchor,
  findQuote,
  findQuoteAll,
  quoteSelector,
  type TextRange,
} from './quote';
export { slugify } from './slug';
