export {
  AnnotatorName,
  CATEGORIES,
  Category,
  Id,
  IsoDate,
  SCHEMA_VERSION,
} from './common';
export {
  Codebook,
  CodebookLabel,
  labelsFor,
  presetCodebook,
} from './codebook';
export { Outlet, Study, UNKNOWN_OUTLET, outletNameIn } from './study';
export {
  Article,
  ArticleMeta,
  BOILERPLATE_KINDS,
  BoilerplateKind,
  DocNode,
  SourceFormat,
} from './article';
export {
  Annotation,
  CURATION_DECISIONS,
  CurationDecision,
  CurationRecord,
  LINK_KINDS,
  Link,
  LinkKind,
  TAG_SET_KINDS,
  TagSet,
  TagSetKind,
  TextPositionSelector,
  TextQuoteSelector,
} from './annotation';
export { migrateFile, type Migration, type MigrationResult } from './migrate';
