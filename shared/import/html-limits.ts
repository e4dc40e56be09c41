import type { HtmlShape } from './html-scan';

/**
 * What an HTML import accepts, decided from the scan before any DOM work.
 * Real articles sit far inside every limit; the limits are there for
 * generated or hostile pages, which would otherwise overflow the stack or
 * keep a core busy for minutes.
 */
export const HTML_LIMITS = {
  /** Chromium's HTML parser stops nesting at 512 (kMaximumHTMLParserDOMTreeDepth); we refuse beyond it. */
  nesting: 512,
  /** A long news page has a few thousand elements. */
  elements: 50_000,
  /** A long page of references has a few thousand links. */
  links: 10_000,
  /** Attributes on one element; real ones have a handful. */
  attributes: 1_000,
} as const;

/**
 * Readability scores every element against its ancestors and its links, so
 * its work grows with elements times depth and elements times links (on the
 * inert DOM, a page of 1,000 links takes it seconds). Beyond these it is
 * skipped and the whole body is read without menus instead.
 */
export const READABILITY_LIMITS = {
  nesting: 64,
  elements: 8_000,
  links: 1_500,
} as const;

const count = (n: number) => n.toLocaleString('en-US');

/** Why a page is refused (one line, without the file name), or null when it is within the limits. */
export function htmlRefusal(shape: HtmlShape): string | null {
  if (shape.maxDepth > HTML_LIMITS.nesting) return `nested ${count(shape.maxDepth)} elements deep; the import limit is ${count(HTML_LIMITS.nesting)}`;
  if (shape.links > HTML_LIMITS.links) return `has ${count(shape.links)} links; the import limit is ${count(HTML_LIMITS.links)}`;
  if (shape.maxAttributes > HTML_LIMITS.attributes) {
    return `has an element with ${count(shape.maxAttributes)} attributes; the import limit is ${count(HTML_LIMITS.attributes)}`;
  }
  if (shape.elements > HTML_LIMITS.elements) return `has ${count(shape.elements)} elements; the import limit is ${count(HTML_LIMITS.elements)}`;
  return null;
}

/** Whether Readability may look for the article in a page of this shape. */
export function readabilityFits(shape: HtmlShape): boolean {
  return shape.maxDepth <= READABILITY_LIMITS.nesting && shape.elements <= READABILITY_LIMITS.elements && shape.links <= READABILITY_LIMITS.links;
}
