/**
 * The names of every call in the contract (shared/api.ts), without the
 * schemas: what the Electron preload needs to build window.studio, so the
 * sandboxed preload does not carry zod. api.ts checks at compile time that
 * this list and the contract's keys are the same.
 */
export const METHOD_NAMES = [
  'getStudy',
  'openStudy',
  'createStudy',
  'createSampleStudy',
  'restoreBackup',
  'setAnnotator',
  'listAnnotators',
  'listArticles',
  'getArticle',
  'importArticle',
  'annotate',
  'updateAnnotation',
  'deleteAnnotation',
  'restoreAnnotations',
  'listAnnotations',
  'link',
  'updateLink',
  'unlink',
  'listLinks',
  'compareLink',
  'suggest',
  'align',
  'terms',
  'tagTerm',
  'acceptSuggestion',
  'exportStudy',
  'listTagSets',
  'importTeammates',
  'studyChanges',
  'adoptAnnotation',
  'curate',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];
