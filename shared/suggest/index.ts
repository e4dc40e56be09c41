export { STOP_WORDS, stem, tokenize, type Token } from './tokens';
export { SYNONYM_GROUPS, synonymTables, type SynonymGroup, type SynonymTables } from './synonyms';
export {
  BM25_B,
  BM25_K1,
  bm25Weight,
  buildIndex,
  KIND_ENTITY,
  KIND_NUMBER,
  KIND_WORD,
  meaningWords,
  type BuildOptions,
  type IndexArticle,
  type IndexedSentence,
  type SuggestIndex,
} from './build';
export {
  blendScore,
  DenseQuery,
  ENTITY_BONUS,
  MAX_ENTITIES,
  MAX_NUMBERS,
  MEANING_WEIGHT,
  NO_CLOSE_MATCH,
  NUMBER_BONUS,
  pairScore,
  SHORT_DAMPING,
} from './score';
export { CONTEXT_WEIGHT, queryVector, suggest, type QueryVector, type Suggestion, type SuggestOptions, type SuggestSpan } from './suggest';
export {
  alignBruteForce,
  alignStudy,
  DEFAULT_MIN_SCORE,
  DEFAULT_PER_SENTENCE,
  FIRST_PASS_POSTINGS,
  type AlignedPair,
  type AlignedSide,
  type AlignOptions,
} from './align';
export { suggestionMetrics, type LabelledQuery, type SuggestionMetrics } from './metrics';
export { parseWordVectors, unitCosine, type ParsedVectors, type WordVectors } from './vectors';
export { buildMeaning, meaningCosine, queryMeaning, sentenceCosine, similarWords, type MeaningIndex, type WeightedWord } from './meaning';
export { explainMatch, MAX_SIMILAR, SIMILAR_MIN, SimilarToQuery, type Explained, type QueryWords } from './explain';
