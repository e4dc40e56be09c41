export { currentConflictCheck, currentSuggester, evalTexts, READING_CONFLICTS, type EvalText, type SuggesterOptions } from './adapters';
export { cutPoints, cutQuality, fitCut, type CutPoint, type FittedCut } from './calibrate';
export {
  CONFLICT_EXPECTATIONS,
  EvalSetSchema,
  evalSetProblems,
  parseEvalSet,
  type ConflictExpectation,
  type EvalArticle,
  type EvalConflict,
  type EvalFigure,
  type EvalPair,
  type EvalSet,
  type NoMatch,
  type SentenceRef,
} from './format';
export { formatErrors, formatScores } from './report';
export {
  evalQueries,
  scoreConflicts,
  scoreSet,
  scoreSuggestions,
  type ConflictScores,
  type EvalCandidate,
  type EvalConflictCheck,
  type EvalQuery,
  type EvalSuggest,
  type EvalSuggestions,
  type SetScores,
  type SuggestionScores,
} from './score-set';
export { LABELLED_FACTS, labelledQueries, seedBlocks, type LabelledFact } from './seeds-labelled';
