import { Readability } from '@mozilla/readability';
import { markBoilerplate } from '../../shared/import/boilerplate';
import { draftToDoc, type DraftBlock } from '../../shared/import/draft';
import { HTML_LIMITS, htmlRefusal, readabilityFits } from '../../shared/import/html-limits';
import { scanHtml, type HtmlShape } from '../../shared/import/html-scan';
import type { ImportMeta } from '../../shared/import/meta';
import { StudyError } from '../../shared/errors';
import type { DocNode } from '../../shared/model';
import { readHtmlMeta } from './html-meta';
import { htmlToDraft } from './html-walk';
import { closeInertWindow, openInertWindow } from './inert-window';

export interface HtmlImport {
  doc: DocNode;
  meta: ImportMeta;
}

export interface HtmlImportOptions {
  /** Where the page came from: resolves relative links. */
  url?: string;
  /** Names the page in refusals ("page.html: nested ..."). */
  name?: string;
  /** The page's scan when the caller already has it. */
  shape?: HtmlShape;
}

/**
 * Imports a saved web page: metadata from its head, the article body found by
 * Readability (or the body without menus when Readability finds no article of
 * substance, or when the page is too large or deep for it), reduced to our
 * schema through a whitelist, then boilerplate flagged. The page is scanned
 * first without a DOM and refused beyond the limits in html-limits.ts, then
 * parsed once, in an inert happy-dom window: no script runs and nothing is
 * fetched.
 */
export function importHtml(content: string, opts: HtmlImportOptions = {}): HtmlImport {
  const name = opts.name ?? 'The page';
  const shape = opts.shape ?? scanHtml(content);
  const refusal = htmlRefusal(shape);
  if (refusal) throw new StudyError('bad-input', `${name}: ${refusal}`);
  const pageUrl = opts.url && /^https?:\/\//i.test(opts.url) && URL.canParse(opts.url) ? opts.url : undefined;
  const window = openInertWindow(pageUrl);
  try {
    const doc = new window.DOMParser().parseFromString(content, 'text/html') as unknown as Document;
    // The scan follows the parser's nesting rules; this checks the tree it really built, without recursion.
    const depth = treeDepth(doc.documentElement);
    if (depth > HTML_LIMITS.nesting) throw new StudyError('bad-input', `${name}: ${htmlRefusal({ ...shape, maxDepth: depth })}`);
    // Read everything that needs the page as it is before Readability rewrites it.
    const meta = readHtmlMeta(doc, pageUrl);
    const fromBody = doc.body ? htmlToDraft(doc.body as Node, { baseUrl: pageUrl, dropChrome: true }) : [];
    const article = readabilityFits(shape) ? readArticle(doc) : NO_ARTICLE;
    if (article.byline && !meta.author) meta.author = article.byline.slice(0, 200);
    if (article.siteName && !meta.outlet) meta.outlet = article.siteName.slice(0, 120);
    if (article.title && !meta.title) meta.title = article.title.slice(0, 500);
    if (pageUrl && !meta.url) meta.url = pageUrl;
    let blocks = article.root ? htmlToDraft(article.root, { baseUrl: pageUrl }) : [];
    // Readability found no article of substance (or did not look) and its guess keeps menus:
    // the whole body without page chrome is the better reading. Never trade text for nothing.
    if ((article.length < MIN_ARTICLE_CHARS || !hasText(blocks)) && hasText(fromBody)) blocks = fromBody;
    return { doc: markBoilerplate(draftToDoc(blocks, { collapseWhitespace: true })), meta };
  } finally {
    closeInertWindow(window);
  }
}

/** How deep elements nest under `root` (root counts 1), walked with an explicit stack. */
export function treeDepth(root: Element | null): number {
  if (!root) return 0;
  let deepest = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Readability's own threshold: below this many characters it has not found an article, only a guess. */
const MIN_ARTICLE_CHARS = 500;

interface ArticleRead {
  root: Node | null;
  /** Characters of text in root. */
  length: number;
  title?: string;
  byline?: string;
  siteName?: string;
}

const NO_ARTICLE: ArticleRead = { root: null, length: 0 };

function readArticle(doc: Document): ArticleRead {
  let result: ReturnType<Readability<Node>['parse']>;
  try {
    result = new Readability<Node>(doc, { serializer: (node) => node, keepClasses: false }).parse();
  } catch {
    // Readability serialises subtrees recursively, so absurd nesting overflows the stack; the body walk copes.
    return { root: null, length: 0 };
  }
  if (!result) return { root: null, length: 0 };
  const read: ArticleRead = { root: result.content ?? null, length: result.length ?? 0 };
  const title = result.title?.trim();
  const byline = result.byline?.replace(/\s+/g, ' ').trim().replace(/^by\s+/i, '');
  const siteName = result.siteName?.trim();
  if (title) read.title = title;
  if (byline) read.byline = byline;
  if (siteName) read.siteName = siteName;
  return read;
}

function hasText(blocks: readonly DraftBlock[]): boolean {
  return blocks.some((block) => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return block.runs.some((run) => run.text.trim() !== '');
      case 'blockquote':
        return hasText(block.children);
      default:
        return block.items.some(hasText);
    }
  });
}
