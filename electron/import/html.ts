import { Readability } from '@mozilla/readability';
import type { Window } from 'happy-dom';
import { markBoilerplate } from '../../shared/import/boilerplate';
import { draftToDoc, type DraftBlock } from '../../shared/import/draft';
import type { ImportMeta } from '../../shared/import/meta';
import type { DocNode } from '../../shared/model';
import { readHtmlMeta } from './html-meta';
import { htmlToDraft } from './html-walk';
import { closeInertWindow, openInertWindow } from './inert-window';

export interface HtmlImport {
  doc: DocNode;
  meta: ImportMeta;
}

/**
 * Imports a saved web page: metadata from its head, the article body found by
 * Readability (or the body without menus when Readability finds no article of
 * substance), reduced to our schema through a whitelist, then boilerplate
 * flagged. The page is parsed in an inert happy-dom window: no script runs and
 * nothing is fetched.
 */
export function importHtml(content: string, opts: { url?: string } = {}): HtmlImport {
  const pageUrl = opts.url && /^https?:\/\//i.test(opts.url) && URL.canParse(opts.url) ? opts.url : undefined;
  const window = openInertWindow(pageUrl);
  try {
    const meta = readHtmlMeta(parse(window, content), pageUrl);
    const article = readArticle(parse(window, content));
    if (article.byline && !meta.author) meta.author = article.byline.slice(0, 200);
    if (article.siteName && !meta.outlet) meta.outlet = article.siteName.slice(0, 120);
    if (article.title && !meta.title) meta.title = article.title.slice(0, 500);
    if (pageUrl && !meta.url) meta.url = pageUrl;
    let blocks = article.root ? htmlToDraft(article.root, { baseUrl: pageUrl }) : [];
    if (article.length < MIN_ARTICLE_CHARS || !hasText(blocks)) {
      // Readability found no article of substance and fell back to a guess that keeps menus:
      // the whole body without page chrome is the better reading. Never trade text for nothing.
      const body = parse(window, content).body;
      const fromBody = body ? htmlToDraft(body as Node, { baseUrl: pageUrl, dropChrome: true }) : [];
      if (hasText(fromBody)) blocks = fromBody;
    }
    return { doc: markBoilerplate(draftToDoc(blocks, { collapseWhitespace: true })), meta };
  } finally {
    closeInertWindow(window);
  }
}

/** A fresh document for each reader: Readability rewrites the one it is given. */
function parse(window: Window, content: string): Document {
  return new window.DOMParser().parseFromString(content, 'text/html') as unknown as Document;
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
