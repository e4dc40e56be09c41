import { describe, expect, it } from 'vitest';
import { scanHtml } from './html-scan';

const nest = (open: string, close: string, n: number, inner = 'x') => `${open.repeat(n)}${inner}${close.repeat(n)}`;

describe('scanHtml', () => {
  it('counts elements, links, depth and attributes of an ordinary page', () => {
    const shape = scanHtml(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title></head>' +
        '<body><article><h1 class="a" id="b">Head</h1><p>One <a href="/x">link</a><br>and <img src="y" alt="">.</p></article></body></html>',
    );
    expect(shape).toEqual({ elements: 11, links: 1, maxDepth: 5, maxAttributes: 2 });
  });

  it.each(['div', 'span', 'blockquote', 'section', 'b', 'font', 'table'])('measures %s nested 3,333 deep', (tag) => {
    expect(scanHtml(nest(`<${tag}>`, `</${tag}>`, 3333)).maxDepth).toBe(3333);
  });

  it('measures nested lists and unclosed inline tags', () => {
    expect(scanHtml(nest('<ul><li>', '</li></ul>', 3333)).maxDepth).toBe(6666);
    expect(scanHtml('<b>'.repeat(100_000)).maxDepth).toBe(100_000);
    expect(scanHtml('<div/>'.repeat(1000)).maxDepth).toBe(1000);
  });

  it('closes what the parser closes implicitly, so old-style pages stay shallow', () => {
    expect(scanHtml('<p>a'.repeat(5000)).maxDepth).toBe(1);
    expect(scanHtml(`<ul>${'<li>item'.repeat(5000)}</ul>`).maxDepth).toBe(2);
    expect(scanHtml(`<dl>${'<dt>a<dd>b'.repeat(1000)}</dl>`).maxDepth).toBe(2);
    expect(scanHtml(`<table>${'<tr><td>a<td>b'.repeat(1000)}</table>`).maxDepth).toBe(3);
    expect(scanHtml(`<select>${'<option>a'.repeat(1000)}</select>`).maxDepth).toBe(2);
    expect(scanHtml('<a href=1>x'.repeat(1000)).maxDepth).toBe(1);
    expect(scanHtml('<p>a<div>b</div>'.repeat(100)).maxDepth).toBe(1);
    expect(scanHtml(`<svg>${'<path d="M0"/>'.repeat(1000)}</svg>`).maxDepth).toBe(1);
  });

  it('does not close what the parser keeps open', () => {
    // happy-dom closes an open <p> only when it is the current element.
    expect(scanHtml('<p><span><div>'.repeat(10)).maxDepth).toBe(30);
    expect(scanHtml('<h1>'.repeat(10)).maxDepth).toBe(10);
  });

  it('ignores markup inside comments, scripts and styles, and stray end tags', () => {
    expect(scanHtml(`<!-- ${'<div>'.repeat(1000)} --><p>x</p>`).maxDepth).toBe(1);
    expect(scanHtml(`<script>${'<div>'.repeat(1000)}</script><style>${'<b>'.repeat(1000)}</STYLE><p>x</p>`)).toMatchObject({ maxDepth: 1, elements: 3 });
    expect(scanHtml(`${'</div>'.repeat(1000)}<p>x</p>`)).toMatchObject({ maxDepth: 1, elements: 1 });
    expect(scanHtml('a < b and c<3 <p>x</p>')).toMatchObject({ maxDepth: 1, elements: 1 });
  });

  it('counts links and attributes, with quoted values that hold ">" and "/"', () => {
    expect(scanHtml('<a href="x">y</a>'.repeat(50_000)).links).toBe(50_000);
    const attrs = Array.from({ length: 100_000 }, (_, i) => `data-a${i}="v>/${i}"`).join(' ');
    expect(scanHtml(`<p ${attrs}>text</p>`)).toMatchObject({ maxAttributes: 100_000, elements: 1, maxDepth: 1 });
    expect(scanHtml("<p a=1 b='2' c d = \"4\">x</p>").maxAttributes).toBe(4);
  });
});
