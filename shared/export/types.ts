import type { Comparison, TermTable } from '../compare/types';
import type { Annotation, Codebook, Link, Outlet } from '../model';

/**
 * What the export renderers read: plain data the service gathers from the
 * open study. Every renderer is a pure function of this value, so the same
 * input always gives the same file.
 */

/** An article as exported: its metadata and canonical text (never the ProseMirror document). */
export interface ExportArticle {
  id: string;
  outletId: string;
  title: string;
  url?: string;
  author?: string;
  publishedAt?: string;
  language?: string;
  /** The canonical text that annotation offsets index. */
  text: string;
  /** Text blocks with their offsets; boilerplate blocks carry their kind. */
  blocks: readonly { start: number; end: number; boilerplate: string | null }[];
}

/** One annotator's tag set. */
export interface ExportTagSet {
  annotator: string;
  annotations: readonly Annotation[];
  links: readonly Link[];
}

export interface ExportInput {
  study: { name: string; outlets: readonly Outlet[]; codebook: Codebook };
  articles: readonly ExportArticle[];
  /** The tag sets in scope (one annotator's, or everyone's). */
  tagSets: readonly ExportTagSet[];
  /** Each link's comparison (compareMembers), by link id; computed at export time, never stored. */
  comparisons: Readonly<Record<string, Comparison>>;
  /** For same-referent links: how often each outlet's name for the referent occurs in each article, by link id. */
  termTables?: Readonly<Record<string, TermTable>>;
  /** When the export was made (ISO 8601). */
  exportedAt: string;
}

/**
 * The file formats an analyst can export: annotations as CSV, links (one row
 * per member) as CSV, the JSON bundle, the HTML and Markdown reports, W3C Web
 * Annotation JSON-LD, and a REFI-QDA project (.qdpx, a zip: sent base64).
 */
export const EXPORT_FORMATS = ['csv', 'links-csv', 'json', 'html', 'md', 'w3c', 'qdpx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
