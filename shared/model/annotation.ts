import { z } from 'zod';
import { AnnotatorName, Category, Id, IsoDate, SCHEMA_VERSION } from './common';

/** W3C Web Annotation TextPositionSelector: offsets into the article's canonical text. */
export const TextPositionSelector = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((s) => s.start < s.end, { message: 'start must be < end', path: ['end'] });
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

/** W3C Web Annotation TextQuoteSelector: the exact text with some context either side. */
export const TextQuoteSelector = z.object({
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

export const Annotation = z.object({
  id: Id,
  articleId: Id,
  annotator: AnnotatorName,
  category: Category,
  label: z.string().optional(),
  note: z.string(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
  position: TextPositionSelector,
  quote: TextQuoteSelector,
  /** Set when this is a copy of a teammate's annotation (adopted, or taken into a curation). */
  adoptedFrom: z.object({ annotator: AnnotatorName, annotationId: Id }).optional(),
});
export type Annotation = z.infer<typeof Annotation>;

export const LINK_KINDS = ['same-claim', 'same-referent', 'contradicts', 'custom'] as const;
export const LinkKind = z.enum(LINK_KINDS);
export type LinkKind = z.infer<typeof LinkKind>;

/** A cross-outlet link: member annotations from two or more articles. */
export const Link = z.object({
  id: Id,
  annotator: AnnotatorName,
  label: z.string(),
  kind: LinkKind,
  members: z.array(Id).min(2, 'a link needs at least two members'),
  note: z.string(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});
export type Link = z.infer<typeof Link>;

export const TAG_SET_KINDS = ['annotator', 'curation'] as const;
export const TagSetKind = z.enum(TAG_SET_KINDS);
export type TagSetKind = z.infer<typeof TagSetKind>;

export const CURATION_DECISIONS = ['accept-a', 'accept-b', 'both', 'edited', 'reject'] as const;
export const CurationDecision = z.enum(CURATION_DECISIONS);
export type CurationDecision = z.infer<typeof CurationDecision>;

/** One resolved disagreement of a curation: what was decided about which annotations, and what it produced. */
export const CurationRecord = z.object({
  id: Id,
  decision: CurationDecision,
  /** The disagreeing annotations, each by annotator and id. */
  sources: z.array(z.object({ annotator: AnnotatorName, annotationId: Id })).min(1),
  /** Ids of the annotations of this tag set the decision produced (none for a rejection). */
  results: z.array(Id),
  decidedAt: IsoDate,
});
export type CurationRecord = z.infer<typeof CurationRecord>;

/**
 * tagsets/<annotator>.json: one annotator's annotations and links. A
 * curation tag set (kind 'curation') holds a consensus built from several
 * annotators' work, with a record per decision. Fields added after version 1
 * are optional, so older files read unchanged.
 */
export const TagSet = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  annotator: AnnotatorName,
  kind: TagSetKind.optional(),
  /** When the tag set last changed; absent in files written before it was recorded. */
  updatedAt: IsoDate.optional(),
  annotations: z.array(Annotation),
  links: z.array(Link),
  decisions: z.array(CurationRecord).optional(),
});
export type TagSet = z.infer<typeof TagSet>;
