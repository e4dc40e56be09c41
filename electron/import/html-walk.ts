import type { DraftBlock, Run } from '../../shared/import/draft';
import { HTML_LIMITS } from '../../shared/import/html-limits';
import { safeHref } from '../../shared/import/safe-href';

/** Elements dropped with everything inside them: code, embedded content, media, forms, page metadata. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param',
  'img', 'picture', 'source', 'video', 'audio', 'track', 'canvas', 'svg', 'math', 'map', 'area',
  'form', 'button', 'input', 'select', 'option', 'optgroup', 'textarea', 'label', 'fieldset', 'output', 'datalist', 'dialog',
  'head', 'title', 'meta', 'link', 'base',
]);

/** Page chrome dropped when there is no Readability result and the whole body is walked. */
const CHROME = new Set(['nav', 'aside', 'footer', 'menu']);

/** Elements that only wrap inline text: their text flows into the surrounding block. Everything unknown is a block boundary. */
const INLINE = new Set([
  'span', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr', 'cite', 'q', 'time', 'code', 'kbd', 'var', 'samp', 'font',
  'del', 'ins', 'bdi', 'bdo', 'data', 'dfn', 'tt', 'big', 'strike', 'nobr', 'wbr',
]);

/** The import's nesting limit (pages beyond it are refused before parsing); deeper content is dropped instead of overflowing the stack. */
const MAX_DEPTH = HTML_LIMITS.nesting;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface Marks {
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

export interface WalkOptions {
  /** Resolves relative links; without it relative links lose their link. */
  baseUrl?: string;
  /** Drop nav, aside, footer and menu (for walking a whole body rather than Readability's article). */
  dropChrome?: boolean;
}

/** Collects blocks; `open` is the paragraph being filled by inline content. */
class Sink {
  readonly blocks: DraftBlock[] = [];
  private open: Run[] | null = null;

  add(run: Run): void {
    (this.open ??= []).push(run);
  }

  /** Ends the open paragraph; whitespace-only paragraphs vanish later in draftToDoc. */
  flush(): void {
    if (this.open) this.blocks.push({ type: 'paragraph', runs: this.open });
    this.open = null;
  }

  push(block: DraftBlock): void {
    this.flush();
    this.blocks.push(block);
  }
}

/**
 * Turns a DOM subtree into draft blocks through a whitelist: p, h1-h6,
 * blockquote, ul/ol/li, strong/b, em/i, a with an http(s)/mailto href, br and
 * text. Nothing else survives: attributes are never read except href, start
 * and the hiding ones, and dropped elements take their content with them.
 */
export function htmlToDraft(root: Node, options: WalkOptions = {}): DraftBlock[] {
  const sink = new Sink();
  walkChildren(root, sink, {}, options, 0);
  sink.flush();
  return sink.blocks;
}

function walkChildren(node: Node, sink: Sink, marks: Marks, options: WalkOptions, depth: number): void {
  for (const child of Array.from(node.childNodes)) walk(child, sink, marks, options, depth + 1);
}

function walk(node: Node, sink: Sink, marks: Marks, options: WalkOptions, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (node.nodeType === TEXT_NODE) {
    sink.add({ ...marks, text: node.nodeValue ?? '' });
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return; // comments, processing instructions, doctype
  const el = node as Element;
  const tag = el.localName.toLowerCase();
  if (DROPPED.has(tag) || isHidden(el) || (options.dropChrome && CHROME.has(tag))) return;
  switch (tag) {
    case 'br':
      sink.flush();
      return;
    case 'strong':
    case 'b':
      walkChildren(el, sink, { ...marks, bold: true }, options, depth);
      return;
    case 'em':
    case 'i':
      walkChildren(el, sink, { ...marks, italic: true }, options, depth);
      return;
    case 'a': {
      const href = safeHref(el.getAttribute('href'), options.baseUrl);
      const inner: Marks = { ...marks };
      if (href) inner.href = href;
      else delete inner.href;
      walkChildren(el, sink, inner, options, depth);
      return;
    }
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const runs: Run[] = [];
      collectInline(el, runs, marks, options, depth);
      sink.push({ type: 'heading', level: Number(tag[1]), runs });
      return;
    }
    case 'blockquote': {
      const inner = new Sink();
      walkChildren(el, inner, marks, options, depth);
      inner.flush();
      sink.push({ type: 'blockquote', children: inner.blocks });
      return;
    }
    case 'ul':
    case 'ol':
      sink.push(readList(el, tag, marks, options, depth));
      return;
    default:
      if (INLINE.has(tag)) {
        walkChildren(el, sink, marks, options, depth);
      } else {
        // p, div, section, li outside a list, table cells, custom elements: a block boundary around their content.
        sink.flush();
        walkChildren(el, sink, marks, options, depth);
        sink.flush();
      }
  }
}

function readList(el: Element, tag: 'ul' | 'ol', marks: Marks, options: WalkOptions, depth: number): DraftBlock {
  const items: DraftBlock[][] = [];
  let stray: Sink | null = null;
  for (const child of Array.from(el.childNodes)) {
    const isItem = child.nodeType === ELEMENT_NODE && (child as Element).localName.toLowerCase() === 'li';
    if (isItem) {
      const item = new Sink();
      walkChildren(child, item, marks, options, depth + 1);
      item.flush();
      items.push(item.blocks);
      stray = null;
    } else {
      // Text or elements directly in a list (invalid, but seen) become an item of their own.
      if (!stray) {
        stray = new Sink();
        items.push(stray.blocks);
      }
      walk(child, stray, marks, options, depth + 1);
      stray.flush();
    }
  }
  if (tag === 'ul') return { type: 'bullet_list', items };
  const start = Number.parseInt(el.getAttribute('start') ?? '', 10);
  return { type: 'ordered_list', order: Number.isFinite(start) && start > 0 ? start : 1, items };
}

/** A heading's text: everything inline, block boundaries and line breaks as spaces. */
function collectInline(node: Node, runs: Run[], marks: Marks, options: WalkOptions, depth: number): void {
  for (const child of Array.from(node.childNodes)) {
    if (depth > MAX_DEPTH) return;
    if (child.nodeType === TEXT_NODE) {
      runs.push({ ...marks, text: child.nodeValue ?? '' });
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const el = child as Element;
    const tag = el.localName.toLowerCase();
    if (DROPPED.has(tag) || isHidden(el)) continue;
    const inner: Marks = { ...marks };
    if (tag === 'strong' || tag === 'b') inner.bold = true;
    if (tag === 'em' || tag === 'i') inner.italic = true;
    if (tag === 'a') {
      const href = safeHref(el.getAttribute('href'), options.baseUrl);
      if (href) inner.href = href;
      else delete inner.href;
    }
    const boundary = !INLINE.has(tag) && !['strong', 'b', 'em', 'i', 'a'].includes(tag);
    if (boundary) runs.push({ text: ' ' });
    collectInline(el, runs, inner, options, depth + 1);
    if (boundary) runs.push({ text: ' ' });
  }
}

/** Hidden by the page itself: hidden text is not what readers saw, and a favourite place to stuff junk. */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}
