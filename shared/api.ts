import { z } from 'zod';
import {
  Annotation,
  AnnotatorName,
  ArticleMeta,
  Category,
  Codebook,
  CurationDecision,
  CurationRecord,
  DocNode,
  Id,
  Link,
  LinkKind,
  Outlet,
  SourceFormat,
} from './model';
import { webAddress } from './import/safe-href';
import {
  AlignedPairSchema,
  ConflictSummarySchema,
  ImportAnnotationsResult,
  Offset,
  StudyChangeSchema,
  SuggestionSchema,
  TagSetRow,
  TeammateResult,
} from './api-results';
import type { MethodName } from './methods';
import { ComparisonSchema, TermTableSchema } from './compare/types';
import { EXPORT_FORMATS } from './export/types';
import { EXCHANGE_FORMATS } from './exchange/records';

/**
 * The one contract between the UI and the Node side. Every call is
 * `name: { input, output }`; the IPC bridge, the HTTP host and the renderer
 * client are derived from this table. The CLI declares its own options (by
 * hand, in electron/cli) but calls the service through `validatingApi`, so
 * every value it passes is parsed by the same input schemas.
 */

const CategoryCounts = z.object({ claim: z.number(), framing: z.number(), attribution: z.number() });

export const StudySummary = z.object({
  dir: z.string(),
  name: z.string(),
  outlets: z.array(Outlet),
  codebook: Codebook,
  /** The annotator whose tag set is being edited, or null until one is set. */
  annotator: z.string().nullable(),
  annotators: z.array(z.string()),
  articleCount: z.number(),
  annotationCount: z.number(),
  linkCount: z.number(),
});
export type StudySummary = z.infer<typeof StudySummary>;

export const ArticleSummary = z.object({
  id: Id,
  outletId: Id,
  outletName: z.string(),
  title: z.string(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
  chars: z.number(),
  blocks: z.number(),
  boilerplateBlocks: z.number(),
  /** Annotations per category in the current annotator's tag set. */
  counts: CategoryCounts,
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const BlockInfo = z.object({
  index: z.number(),
  type: z.string(),
  container: z.enum(['list', 'blockquote']).nullable(),
  start: z.number(),
  end: z.number(),
  boilerplate: z.string().nullable(),
});
export type BlockInfo = z.infer<typeof BlockInfo>;

export const ArticleView = ArticleMeta.extend({
  outletName: z.string(),
  doc: DocNode,
  text: z.string(),
  blocks: z.array(BlockInfo),
});
export type ArticleView = z.infer<typeof ArticleView>;


/** Fields that name a span: offsets, or a quote and which occurrence of it (1-based). */
const spanFields = {
  articleId: Id,
  start: Offset.optional(),
  end: Offset.optional(),
  quote: z.string().min(1).max(10_000).optional(),
  occurrence: z.number().int().min(1).optional(),
};

/** A span must be given one way or the other, and never empty or inverted. */
function checkSpan<T extends z.ZodType<{ start?: number; end?: number; quote?: string }>>(schema: T) {
  return schema
    .refine((v) => (v.start !== undefined && v.end !== undefined) || v.quote !== undefined, {
      message: 'give either start and end, or quote',
      path: ['quote'],
    })
    .refine((v) => v.start === undefined || v.end === undefined || v.start < v.end, {
      message: 'the span is empty or inverted: start must be < end',
      path: ['end'],
    });
}

export const AnnotateInput = checkSpan(
  z.object({
    ...spanFields,
    category: Category,
    label: z.string().trim().min(1).max(80).optional(),
    note: z.string().max(10_000).optional(),
    /** Defaults to the current annotator. */
    annotator: AnnotatorName.optional(),
  }),
);
export type AnnotateInput = z.input<typeof AnnotateInput>;

export const DeleteResult = z.object({
  annotation: Annotation,
  /** Links that lost this member and were kept (they still have two or more members). */
  updatedLinks: z.array(Link),
  /** Links that fell below two members and were removed with it. */
  removedLinks: z.array(Link),
  /** Every touched link as it was before the delete: what an undo puts back. */
  linksBefore: z.array(Link),
});
export type DeleteResult = z.infer<typeof DeleteResult>;

const Empty = z.object({}).strict();


export const contract = {
  getStudy: { input: Empty, output: StudySummary },
  openStudy: { input: z.object({ dir: z.string().min(1) }), output: StudySummary },
  createStudy: { input: z.object({ dir: z.string().min(1), name: z.string().trim().min(1).max(120).optional() }), output: StudySummary },
  createSampleStudy: { input: z.object({ dir: z.string().min(1) }), output: StudySummary },
  /** Replaces a damaged study file with its last good backup (the damaged file is kept beside it). */
  restoreBackup: { input: z.object({ file: z.string().min(1) }), output: StudySummary },
  setAnnotator: { input: z.object({ name: AnnotatorName }), output: StudySummary },
  listAnnotators: { input: Empty, output: z.array(z.string()) },
  listArticles: { input: Empty, output: z.array(ArticleSummary) },
  getArticle: { input: z.object({ articleId: Id }), output: ArticleView },
  importArticle: {
    input: z.object({
      fileName: z.string().min(1).max(255),
      content: z.string(),
      format: SourceFormat.optional(),
      outlet: z.string().trim().min(1).max(120).optional(),
      title: z.string().trim().min(1).max(500).optional(),
      url: z.string().trim().max(2000).refine((url) => webAddress(url) !== null, 'must be an http:// or https:// address').optional(),
      publishedAt: z.string().trim().max(100).optional(),
    }),
    output: ArticleSummary,
  },
  annotate: { input: AnnotateInput, output: Annotation },
  updateAnnotation: {
    input: z.object({
      id: Id,
      category: Category.optional(),
      /** null clears the label. */
      label: z.string().trim().min(1).max(80).nullable().optional(),
      note: z.string().max(10_000).optional(),
    }),
    output: Annotation,
  },
  deleteAnnotation: { input: z.object({ id: Id }), output: DeleteResult },
  /** Puts back annotations and links exactly as they were (undo of a delete). */
  restoreAnnotations: {
    input: z.object({ annotations: z.array(Annotation), links: z.array(Link).default([]) }),
    output: z.object({ annotations: z.array(Annotation), links: z.array(Link) }),
  },
  listAnnotations: {
    input: z.object({ articleId: Id.optional(), annotator: AnnotatorName.optional() }),
    output: z.array(Annotation),
  },
  link: {
    input: z.object({
      annotationIds: z.array(Id).min(2, 'a link needs at least two annotations'),
      label: z.string().trim().max(200).optional(),
      kind: LinkKind.optional(),
      note: z.string().max(10_000).optional(),
    }),
    output: Link,
  },
  updateLink: {
    input: z.object({
      linkId: Id,
      label: z.string().trim().max(200).optional(),
      kind: LinkKind.optional(),
      note: z.string().max(10_000).optional(),
      add: z.array(Id).optional(),
      remove: z.array(Id).optional(),
    }),
    output: Link,
  },
  unlink: { input: z.object({ linkId: Id }), output: Link },
  listLinks: { input: z.object({ annotator: AnnotatorName.optional() }), output: z.array(Link) },
  /** What differs between a link's members: wording, quantities, times, actors, sources, conflicts. */
  compareLink: {
    input: z.object({ linkId: Id }),
    output: z.object({ link: Link, comparison: ComparisonSchema }),
  },
  /** Every link's conflict summary by link id (one tag set, or all), for badges on load; cached per link version on the Node side. */
  linkConflictSummaries: {
    input: z.object({ annotator: AnnotatorName.optional() }),
    output: z.record(z.string(), ConflictSummarySchema),
  },
  /** The passages in every other article most like a span, best first across articles, top K per article (one marked noCloseMatch where none is close). */
  suggest: {
    input: checkSpan(z.object({ ...spanFields, top: z.number().int().min(1).max(20).optional() })),
    output: z.array(SuggestionSchema),
  },
  /** Cross-outlet sentence pairs that report the same thing, study-wide. */
  align: {
    input: z.object({ minScore: z.number().min(0).max(1).optional(), limit: z.number().int().min(1).max(5000).optional() }),
    output: z.array(AlignedPairSchema),
  },
  /** For a same-referent link: how often each outlet's name for the referent occurs in each article. */
  terms: { input: z.object({ linkId: Id }), output: TermTableSchema },
  /** Tags every occurrence of a term in the study (outside boilerplate) that is not tagged yet. */
  tagTerm: {
    input: z.object({
      term: z.string().trim().min(1).max(200),
      category: Category.default('framing'),
      label: z.string().trim().min(1).max(80).optional(),
    }),
    output: z.object({ created: z.array(Annotation), skipped: z.number().int().min(0) }),
  },
  /** Accepts a suggestion: annotates the passage and links it to the source annotation (joining its link if it has one). */
  acceptSuggestion: {
    input: z.object({
      sourceAnnotationId: Id,
      articleId: Id,
      start: Offset,
      end: Offset,
      kind: LinkKind.optional(),
    }).refine((v) => v.start < v.end, { message: 'the span is empty or inverted: start must be < end', path: ['end'] }),
    output: z.object({ annotation: Annotation, link: Link }),
  },
  /** The study as a file to share: annotations as CSV, everything as JSON, or the comparison report as HTML. */
  exportStudy: {
    input: z.object({
      format: z.enum(EXPORT_FORMATS),
      /** One annotator's tag set; all annotators when left out. */
      annotator: AnnotatorName.optional(),
      /** Only these links (and their member annotations); all when left out. */
      linkIds: z.array(Id).optional(),
    }),
    output: z.object({
      fileName: z.string(),
      mimeType: z.string(),
      content: z.string(),
      /** How `content` is encoded: text, or base64 for binary formats (qdpx). Absent means utf-8. */
      encoding: z.enum(['utf-8', 'base64']).optional(),
    }),
  },
  /**
   * Imports annotations from another tool: W3C Web Annotation JSON-LD, a
   * Hypothesis API export, or a REFI-QDA .qdpx (whose texts become articles).
   * Anchored by URL or content and re-anchored by quote; what cannot be
   * placed is listed in `unplaced`. Nothing is written when the file is
   * refused, or with dryRun.
   */
  importAnnotations: {
    input: z.object({
      fileName: z.string().min(1).max(255),
      /** The file: text, or base64 for a .qdpx. */
      content: z.string().max(150 * 1024 * 1024, 'the file is too large to import (over 100 MB)'),
      encoding: z.enum(['utf-8', 'base64']).default('utf-8'),
      /** Detected from the file name and content when left out. */
      format: z.enum(EXCHANGE_FORMATS).optional(),
      /** Put every annotation in this annotator's tag set instead of each one's author. */
      annotator: AnnotatorName.optional(),
      /** Plan and report only; write nothing. */
      dryRun: z.boolean().default(false),
    }),
    output: ImportAnnotationsResult,
  },
  /** Every tag set of the study (mine, teammates', curations). */
  listTagSets: { input: Empty, output: z.array(TagSetRow) },
  /**
   * Brings in teammates' tag sets from tag set files or whole study folders.
   * All are checked first (schema, version, my own name, missing articles);
   * on any error nothing is written.
   */
  importTeammates: {
    input: z.object({ paths: z.array(z.string().min(1)).min(1, 'give at least one tag set file or study folder') }),
    output: z.object({ results: z.array(TeammateResult) }),
  },
  /**
   * What other writers changed on disk since `since` (0: everything so far).
   * Poll it (about once a second); reload tag sets and articles when `changes` is not empty.
   */
  studyChanges: {
    input: z.object({ since: z.number().int().min(0) }),
    output: z.object({
      version: z.number(),
      changes: z.array(StudyChangeSchema),
      /** Files another writer left that do not read as study files (skipped until fixed). */
      troubles: z.array(z.object({ file: z.string(), message: z.string() })),
    }),
  },
  /** Copies a teammate's annotation into my tag set, recording where it came from. */
  adoptAnnotation: { input: z.object({ annotationId: Id, annotator: AnnotatorName }), output: Annotation },
  /**
   * Records a decision on one disagreement in a curation tag set (created on
   * first use, kind 'curation'): accept side A or B, both, an edited span, or
   * reject. Deciding the same disagreement again replaces the earlier decision.
   */
  curate: {
    input: z.object({
      /** The curation tag set's name. */
      curation: AnnotatorName,
      decision: CurationDecision,
      /** The disagreeing annotations (side A first, then B), from any annotators. */
      annotationIds: z.array(Id).min(1).max(10),
      /** For 'edited': the corrected span (in side A's article) and optionally category and label. */
      edited: z
        .object({ start: Offset, end: Offset, category: Category.optional(), label: z.string().trim().min(1).max(80).optional() })
        .refine((v) => v.start < v.end, { message: 'the span is empty or inverted: start must be < end', path: ['end'] })
        .optional(),
    }),
    output: z.object({ record: CurationRecord, annotations: z.array(Annotation) }),
  },
} as const;

export type Contract = typeof contract;
export type { MethodName } from './methods';
export {
  AlignedPairSchema,
  ConflictSummarySchema,
  ImportAnnotationsResult,
  StudyChangeSchema,
  SuggestionSchema,
  TagSetRow,
  TeammateResult,
  type AlignedPairView,
  type ConflictSummary,
  type StudyChangeView,
  type SuggestionView,
} from './api-results';
export { METHOD_NAMES } from './methods';
export type Input<K extends MethodName> = z.input<Contract[K]['input']>;
export type Output<K extends MethodName> = z.output<Contract[K]['output']>;

/** The service as callers see it: one async method per contract entry. */
export type Api = { [K in MethodName]: (input: Input<K>) => Promise<Output<K>> };

// The name list in methods.ts and the contract's keys must be the same set.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatchContract: SameKeys<MethodName, keyof Contract> = true;
void namesMatchContract;

/** Whether a string names a contract method (transports check this before dispatch). */
export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
