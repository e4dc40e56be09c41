export { splitSentences, sentenceIndexAt, type Sentence } from './sentences';
export { compareQuantities, extractQuantities, quantitiesConflict, type Approximator, type Bounds, type Quantity, type QuantityVerdict } from './numbers';
export { isTimeUnit, unitKey, unitLemma, unitsCompatible } from './units';
export { extractTimes, referenceDate, timesComparable, timesDisagree, type TimeExpr, type TimeUnit } from './time';
export { anchorWeekday, type PartOfDay } from './weekdays';
export { canonicalActor, compareActorLists, compareActors, extractActors, type Actor, type ActorComparison, type ActorKind } from './actors';
export { administrationAt, anachronisms, holderAt, impliedAdministrations, type Anachronism } from './offices';
export { alignWording, distinctiveTerms, wordDiff, type DistinctTerm, type WordingAlignment, type WordOp } from './wording';
export {
  citedSource, classifySource, classifySourceDetail, sourceKindOfLabel, SOURCE_DETAIL_NAMES, SOURCE_DETAILS, SOURCE_KINDS,
  type CitedSource, type SourceDetail, type SourceKind,
} from './attribution';
export { familyOf, referentCoverage, referentTerms, termVariants, type TermArticle } from './terms';
export {
  ActorSchema, CitedSourceSchema, CompareMemberInputSchema, ComparisonSchema, ConflictSchema, CONFLICT_KINDS, DistinctTermSchema,
  MemberComparisonSchema, NotComparedSchema, QuantitySchema, SourceKindSchema, TermTableSchema, TimeExprSchema, WordOpSchema,
  type CompareMemberInput, type Comparison, type Conflict, type MemberComparison, type NotCompared, type TermTable,
} from './types';
export { compareMembers, type CompareOptions } from './compare-members';
