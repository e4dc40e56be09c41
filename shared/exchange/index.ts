export { EXCHANGE_FORMATS, OC_URN, type ExchangeFile, type ExchangeFormat, type ForeignAnnotation, type ForeignLink, type ForeignText } from './records';
export { sha256Hex, guidFor } from './sha256';
export { reanchor, approximateMatches, fuzzyBudget, type AnchorMethod, type Anchored } from './reanchor';
export { webAnnotationJson, articleSourceIri, ANNO_CONTEXT } from './w3c-export';
export { readWebAnnotations } from './w3c-import';
export { readHypothesis, isHypothesisExport, hypothesisUser, type HypothesisRead } from './hypothesis-import';
export { planImport, articleSources, sourceKey, type ImportPlan, type PlanArticle, type PlanInput, type PlannedTagSet, type Unplaced } from './plan';
