import { afterAll, describe, expect, it } from 'vitest';
import { draftToDoc } from '../../shared/import/draft';
import { canonicalText, docFromJSON } from '../../shared/text';
import { HOSTILE_HIDDEN_TEXT, hostilePage } from './fixtures/hostile';
import { htmlToDraft, type WalkOptions } from './html-walk';
import { closeInertWindow, openInertWindow } from './inert-window';

const window = openInertWindow();
afterAll(() => closeInertWindow(window));

/** Walks a page's body directly, without Readability, so the whitelist alone is tested. */
function walk(html: string, options: WalkOptions = {}) {
  const body = new window.DOMParser().parseFromString(html, 'text/html').body as unknown as Node;
  const doc = draftToDoc(htmlToDraft(body, options), { collapseWhitespace: true });
  const { text, blocks } = canonicalText(docFromJSON(doc));
  return { doc, text, texts: blocks.map((b) => text.slice(b.start, b.end)), blocks };
}

describe('htmlToDraft whitelist', () => {
  it('drops scripts, styles, embedded content, forms and hidden elements with their text', () => {
    const { text } = walk(hostilePage('http://127.0.0.1:9'));
    for (const hidden of HOSTILE_HIDDEN_TEXT) expect(text).not.toContain(hidden);
    expect(text).toContain('Visible article text');
  });

  it('unwraps unknown elements: inline ones flow, block ones separate', () => {
    expect(walk('<div><span>one</span> <u>two</u><section>three</section><custom-x>four</custom-x></div>').texts).toEqual(['one two', 'three', 'four']);
  });

  it('turns <br> into a block break', () => {
    expect(walk('<p>Line one<br>Line two<br><br>Line three</p>').texts).toEqual(['Line one', 'Line two', 'Line three']);
  });

  it('collapses whitespace and &nbsp; runs and drops empty paragraphs', () => {
    expect(walk('<p>  A \n\t lot   of&nbsp;&nbsp;space  </p><p>&nbsp;</p><p> </p>').texts).toEqual(['A lot of space']);
  });

  it('keeps headings, quotes and nested lists, and the start of ordered lists', () => {
    const { doc, blocks } = walk('<h3>Title <em>here</em></h3><blockquote><p>Quote</p></blockquote><ol start="4"><li>Four<ul><li>Nested</li></ul></li><li>Five</li></ol>');
    expect(blocks.map((b) => `${b.type}:${b.container ?? ''}`)).toEqual(['heading:', 'paragraph:blockquote', 'paragraph:list', 'paragraph:list', 'paragraph:list']);
    expect(doc.content?.[0]?.attrs).toEqual({ boilerplate: null, level: 3 });
    expect(doc.content?.[2]?.attrs).toEqual({ order: 4 });
  });

  it('flattens blocks inside a heading into its text', () => {
    expect(walk('<h2><div>Part one</div><p>part two</p></h2>').texts).toEqual(['Part one part two']);
  });

  it('keeps text of links it cannot keep, and resolves relative links against the page', () => {
    const base = { baseUrl: 'https://example.com/news/a.html' };
    const { doc } = walk('<p><a href="b.html">rel</a> <a href="javascript:void(0)">js</a> <a href="mailto:x@example.com">mail</a></p>', base);
    expect(doc.content?.[0]?.content).toEqual([
      { type: 'text', marks: [{ type: 'link', attrs: { href: 'https://example.com/news/b.html' } }], text: 'rel' },
      { type: 'text', text: ' js ' },
      { type: 'text', marks: [{ type: 'link', attrs: { href: 'mailto:x@example.com' } }], text: 'mail' },
    ]);
  });

  it('drops navigation, asides and footers only when asked', () => {
    const html = '<nav>Menu</nav><p>Body</p><aside>Aside</aside><footer>Footer</footer>';
    expect(walk(html).texts).toEqual(['Menu', 'Body', 'Aside', 'Footer']);
    expect(walk(html, { dropChrome: true }).texts).toEqual(['Body']);
  });

  it('makes text sitting directly in a list an item of its own', () => {
    const { blocks } = walk('<ul>loose text<li>item</li></ul>');
    expect(blocks.map((b) => b.container)).toEqual(['list', 'list']);
  });
});
