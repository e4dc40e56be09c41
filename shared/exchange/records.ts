import type { Category, LinkKind, TextQuoteSelector } from '../model';
import type { TextRange } from '../text';

/**
 * What every exchange reader (W3C Web Annotation, Hypothesis, REFI-QDA)
 * turns a file into before anything touches the study: annotations that
 * still have to be placed in an article, and links between them. One plan
 * step (plan.ts) anchors these records, for every format alike.
 */

export const EXCHANGE_FORMATS = ['w3c', 'hypothesis', 'qdpx'] as const;
export type ExchangeFormat = (typeof EXCHANGE_FORMATS)[number];

export interface ForeignAnnotation {
  /** The annotation's id in the file, for reports and for the links that point at it. */
  sourceId: string;
  /** Our own annotation id, when the file was written by Outlet Compare. */
  id?: string;
  /** Which document it is on: a URL, a `urn:sha256:` content hash, or an article id from the same file. */
  source: string;
  quote: TextQuoteSelector;
  position?: TextRange;
  category?: Category;
  /** A codebook label id, when the file names one unambiguously. */
  label?: string;
  /** Free tags, matched against category and codebook label names. */
  tags: string[];
  note: string;
  annotator: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface ForeignLink {
  sourceId: string;
  id?: string;
  /** sourceIds of the member annotations. */
  targets: string[];
  label: string;
  kind: LinkKind;
  note: string;
  annotator: string;
  createdAt?: string;
  updatedAt?: string;
}

/** A text the file brings along (REFI-QDA sources), to become a new article. */
export interface ForeignText {
  /** How annotations in this file point at it (their `source`). */
  source: string;
  title: string;
  text: string;
  fileName: string;
}

export interface ExchangeFile {
  format: ExchangeFormat;
  annotations: ForeignAnnotation[];
  links: ForeignLink[];
  texts: ForeignText[];
}

/** Outlet Compare's own IRIs for what has no public vocabulary (categories, labels, link kinds, its annotation ids). */
export const OC_URN = {
  annotation: 'urn:outlet-compare:annotation:',
  link: 'urn:outlet-compare:link:',
  category: 'urn:outlet-compare:category:',
  label: 'urn:outlet-compare:label:',
  linkKind: 'urn:outlet-compare:link-kind:',
  annotator: 'urn:outlet-compare:annotator:',
  study: 'urn:outlet-compare:study:',
} as const;
