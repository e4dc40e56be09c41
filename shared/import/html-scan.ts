/**
 * A cheap pass over an HTML source, with no DOM: how many elements and links
 * it has, how deep its elements nest, and the most attributes on one element.
 * It runs before any DOM work so that a hostile page is refused (or kept away
 * from the costly readers) before the parser and Readability spend minutes
 * or overflow the stack on it.
 *
 * The nesting it counts follows the DOM parser the import uses (happy-dom):
 * only `<script>` and `<style>` hold raw text; an open `<p>`, `<li>`,
 * `<dt>`/`<dd>`, `<option>` or table cell is closed only by a sibling start
 * tag when it is the current element; `<a>` closes an open `<a>`. Where the
 * two could differ, the scan counts deeper, never shallower, and the import
 * checks the parsed tree's real depth as well.
 */

export interface HtmlShape {
  /** Start tags seen (elements the parser will create, roughly). */
  elements: number;
  /** `<a>` start tags. */
  links: number;
  /** Deepest nesting of open elements. */
  maxDepth: number;
  /** Most attributes on one start tag. */
  maxAttributes: number;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'frame', 'basefont', 'bgsound']);
const FOREIGN = new Set(['svg', 'math']);
/** Start tags that close an open `<p>` when it is the current element. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'ul',
]);
/** For each tag, the current elements its start tag closes first (repeatedly). */
const CLOSED_BY: Readonly<Record<string, ReadonlySet<string>>> = {
  li: new Set(['li']),
  dt: new Set(['dt', 'dd']),
  dd: new Set(['dt', 'dd']),
  option: new Set(['option']),
  optgroup: new Set(['option', 'optgroup']),
  td: new Set(['td', 'th']),
  th: new Set(['td', 'th']),
  tr: new Set(['td', 'th', 'tr']),
  tbody: new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot']),
  thead: new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot']),
  tfoot: new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot']),
};

const TAG_NAME = /[A-Za-z][^\s/>]*/y;
/** One attribute: a name, then optionally = and a quoted or bare value. */
const ATTRIBUTE = /[\s/]*[^\s/>][^\s/>=]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/y;
const TAG_END = /[\s/]*>/y;
const RAW_TEXT_END: Readonly<Record<string, RegExp>> = { script: /<\/script/gi, style: /<\/style/gi };

/** Measures an HTML source; linear in its length. */
export function scanHtml(html: string): HtmlShape {
  const shape: HtmlShape = { elements: 0, links: 0, maxDepth: 0, maxAttributes: 0 };
  const stack: string[] = [];
  /** How many of each tag are open, so an end tag with nothing to close costs nothing. */
  const open = new Map<string, number>();
  let foreign = 0;
  const push = (tag: string) => {
    stack.push(tag);
    open.set(tag, (open.get(tag) ?? 0) + 1);
    if (FOREIGN.has(tag)) foreign++;
    if (stack.length > shape.maxDepth) shape.maxDepth = stack.length;
  };
  const pop = () => {
    const tag = stack.pop()!;
    open.set(tag, open.get(tag)! - 1);
    if (FOREIGN.has(tag)) foreign--;
  };
  const closeThrough = (tag: string) => {
    if (!open.get(tag)) return;
    while (stack.length > 0 && stack[stack.length - 1] !== tag) pop();
    pop();
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      // Comment, doctype, CDATA or processing instruction: skip it whole.
      const close = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      i = close < 0 ? html.length : close + (html.startsWith('<!--', lt) ? 3 : 1);
      continue;
    }
    const isEnd = next === 47; /* / */
    TAG_NAME.lastIndex = lt + (isEnd ? 2 : 1);
    const name = TAG_NAME.exec(html);
    if (!name) {
      i = lt + 1; // a lone "<" in text
      continue;
    }
    const tag = name[0].toLowerCase();
    let at = TAG_NAME.lastIndex;
    let attributes = 0;
    let selfClosing = false;
    for (;;) {
      TAG_END.lastIndex = at;
      const end = TAG_END.exec(html);
      if (end) {
        at = TAG_END.lastIndex;
        selfClosing = html.charCodeAt(at - 2) === 47; /* / */
        break;
      }
      ATTRIBUTE.lastIndex = at;
      if (!ATTRIBUTE.exec(html) || ATTRIBUTE.lastIndex === at) {
        at = html.length; // unterminated tag: the rest is swallowed by it
        break;
      }
      at = ATTRIBUTE.lastIndex;
      attributes++;
    }
    i = at;

    if (isEnd) {
      closeThrough(tag);
      continue;
    }
    shape.elements++;
    if (attributes > shape.maxAttributes) shape.maxAttributes = attributes;
    if (tag === 'a') {
      shape.links++;
      closeThrough('a');
    }
    const current = stack[stack.length - 1];
    if (current === 'p' && CLOSES_P.has(tag)) pop();
    const closes = CLOSED_BY[tag];
    while (closes && stack.length > 0 && closes.has(stack[stack.length - 1]!)) pop();
    if (VOID.has(tag) || (selfClosing && foreign > 0)) continue;
    push(tag);
    if (tag === 'script' || tag === 'style') {
      // The parser reads script and style content as text up to the matching end tag.
      const closing = RAW_TEXT_END[tag]!;
      closing.lastIndex = i;
      i = closing.exec(html)?.index ?? html.length;
    }
  }
  return shape;
}
