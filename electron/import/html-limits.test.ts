import { describe, expect, it } from 'vitest';
import { readabilityFits } from '../../shared/import/html-limits';
import { scanHtml } from '../../shared/import/html-scan';
import { canonicalText, docFromJSON } from '../../shared/text';
import { treeDepth } from './html';
import { importDocument } from './import-document';
import { openInertWindow, closeInertWindow } from './inert-window';

const page = (body: string) => `<!doctype html><html><head><title>Hostile</title></head><body>${body}</body></html>`;
const nest = (open: string, close: string, n: number, inner: string) => `${open.repeat(n)}${inner}${close.repeat(n)}`;
const importPage = (content: string) => importDocument({ fileName: 'page.html', content });
const textOf = (content: string) => canonicalText(docFromJSON(importPage(content).doc)).text;

describe('HTML import limits on hostile structures', () => {
  it.each([
    ['div', '<div>', '</div>', 3333],
    ['span', '<span>', '</span>', 3333],
    ['blockquote', '<blockquote>', '</blockquote>', 3333],
    ['ul', '<ul><li>', '</li></ul>', 6666],
    ['table', '<table><tr><td>', '</td></tr></table>', 9999],
    ['b', '<b>', '</b>', 3333],
  ])('refuses %s nested 3,333 deep before any DOM work, in one line', (_tag, open, close, depth) => {
    const content = page(nest(open, close, 3333, 'deep text'));
    // html > body > the nesting (the parser adds a tbody to each table; the scan counts what the source shows).
    const counted = scanHtml(content).maxDepth;
    expect(counted).toBeGreaterThanOrEqual(depth);
    expect(() => importPage(content)).toThrow(`page.html: nested ${counted.toLocaleString('en-US')} elements deep; the import limit is 512`);
  });

  it('refuses 100,000 unclosed <b>', () => {
    expect(() => importPage(page(`${'<b>'.repeat(100_000)}text`))).toThrow('page.html: nested 100,002 elements deep; the import limit is 512');
  });

  it('refuses 50,000 links', () => {
    const links = Array.from({ length: 50_000 }, (_, i) => `<a href="https://example.com/${i}">link ${i}</a>`).join(' ');
    expect(() => importPage(page(`<p>${links}</p>`))).toThrow('page.html: has 50,000 links; the import limit is 10,000');
  });

  it('refuses an element with 100,000 attributes', () => {
    const attrs = Array.from({ length: 100_000 }, (_, i) => `data-x${i}="${i}"`).join(' ');
    expect(() => importPage(page(`<p ${attrs}>Text.</p>`))).toThrow('page.html: has an element with 100,000 attributes; the import limit is 1,000');
  });

  it('refuses 2,000 nested divs in a small file (Readability once spent minutes on it)', () => {
    const content = page(`${'<div>'.repeat(2000)}<p>Short.</p>`);
    expect(content.length).toBeLessThan(14_000);
    expect(() => importPage(content)).toThrow('page.html: nested 2,003 elements deep; the import limit is 512');
  });

  it('imports deep but allowed nesting through the body walk, without Readability', () => {
    const content = page(nest('<div>', '</div>', 500, '<p>Deep but within the limit.</p>'));
    const shape = scanHtml(content);
    expect(shape.maxDepth).toBe(503);
    expect(readabilityFits(shape)).toBe(false);
    expect(textOf(content)).toBe('Deep but within the limit.');
  });

  it('imports a page of 3,000 links through the body walk, without Readability', () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `<p>Item ${i} <a href="https://example.com/${i}">source</a></p>`).join('');
    const content = page(`<article>${paragraphs}</article>`);
    expect(readabilityFits(scanHtml(content))).toBe(false);
    const text = textOf(content);
    expect(text).toContain('Item 0 source');
    expect(text).toContain('Item 2999 source');
  });

  it('agrees with the parser on the depth of old-style markup it closes implicitly', () => {
    const content = page(`<p>one<p>two<ul><li>a<li>b</ul><table><tr><td>x<td>y<tr><td>z</table><dl><dt>t<dd>d</dl>`);
    const window = openInertWindow();
    try {
      const doc = new window.DOMParser().parseFromString(content, 'text/html') as unknown as Document;
      // The parser adds an implied <tbody>; the scan never counts shallower than the tree.
      expect(scanHtml(content).maxDepth).toBeGreaterThanOrEqual(treeDepth(doc.documentElement) - 1);
      expect(scanHtml(content).maxDepth).toBeLessThanOrEqual(treeDepth(doc.documentElement));
    } finally {
      closeInertWindow(window);
    }
  });

  it('converts the same content once when it is imported again', () => {
    const content = page('<article><p>Once is enough for this paragraph of text.</p></article>');
    const first = importPage(content);
    const again = importDocument({ fileName: '/some/where/page.html', content });
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });
});
