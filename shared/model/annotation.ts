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

/** tagsets/<annotator>.json: one annotator's annotations and links. */
export const TagSet = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  annotator: AnnotatorName,
  annotations: z.array(Annotation),
  links: z.array(Link),
});
export type TagSet = z.infer<typeof TagSet>;
