import { z } from 'zod';
import { Id, IsoDate, SCHEMA_VERSION } from './common';

export const BOILERPLATE_KINDS = ['ad', 'poll', 'promo', 'photo-credit', 'newsletter', 'artifact'] as const;
export const BoilerplateKind = z.enum(BOILERPLATE_KINDS);
export type BoilerplateKind = z.infer<typeof BoilerplateKind>;

/** A ProseMirror node as JSON. The schema in shared/text/schema.ts checks it in full. */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}
export const DocNode: z.ZodType<DocNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(DocNode).optional(),
    text: z.string().optional(),
    marks: z
      .array(z.object({ type: z.string().min(1), attrs: z.record(z.string(), z.unknown()).optional() }))
      .optional(),
  }),
);

export const SourceFormat = z.enum(['text', 'markdown', 'html']);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const ArticleMeta = z.object({
  id: Id,
  outletId: Id,
  title: z.string(),
  url: z.string().optional(),
  author: z.string().optional(),
  /** As published: an ISO date, or free text such as "December 2025" when that is all we know. */
  publishedAt: z.string().optional(),
  language: z.string().optional(),
  importedAt: IsoDate,
  sourceFile: z.string().optional(),
  sourceFormat: SourceFormat,
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

/** articles/<id>.json. Immutable after import; `text` is the canonical text of `doc`. */
export const Article = ArticleMeta.extend({
  schemaVersion: z.literal(SCHEMA_VERSION),
  doc: DocNode,
  text: z.string(),
});
export type Article = z.infer<typeof Article>;
