import { describe, expect, it } from 'vitest';
import type { DocNode } from '../model';
import { canonicalText, docFromJSON } from '../text';
import { importMarkdown } from './markdown';

function imported(source: string) {
  const json = importMarkdown(source);
  const doc = docFromJSON(json);
  return { json, doc, ...canonicalText(doc) };
}

function textsOf(source: string): string[] {
  const { text, blocks } = imported(source);
  return blocks.map((b) => text.slice(b.start, b.end));
}

/** Every text node in document order, with its mark names. */
function runs(json: DocNode): { text: string; marks: string[] }[] {
  if (json.type === 'text') return [{ text: json.text ?? '', marks: (json.marks ?? []).map((m) => m.type) }];
  return (json.content ?? []).flatMap(runs);
}

function linkHrefs(json: DocNode): string[] {
  if (json.type === 'text') return (json.marks ?? []).filter((m) => m.type === 'link').map((m) => String(m.attrs?.href));
  return (json.content ?? []).flatMap(linkHrefs);
}

describe('importMarkdown structures', () => {
  it('imports headings with their levels and paragraphs', () => {
    const { json } = imported('# Gaza talks stall\n\nFirst paragraph\ncontinues here.\n\n### Background\n\nSecond paragraph.');
    expect(json.content?.map((n) => [n.type, n.attrs?.level ?? null])).toEqual([
      ['heading', 1],
      ['paragraph', null],
      ['heading', 3],
      ['paragraph', null],
    ]);
    expect(textsOf('First paragraph\ncontinues here.')).toEqual(['First paragraph continues here.']);
  });

  it('imports nested lists, ordered lists with their start, and quotes', () => {
    const { json, blocks } = imported('- one\n  - one.a\n  - one.b\n- two\n\n3. three\n4. four\n\n> Quoted **line**.\n>\n> - quoted item');
    expect(json.content?.map((n) => n.type)).toEqual(['bullet_list', 'ordered_list', 'blockquote']);
    const first = json.content?.[0]?.content?.[0];
    expect(first?.content?.map((n) => n.type)).toEqual(['paragraph', 'bullet_list']);
    expect(first?.content?.[1]?.content).toHaveLength(2);
    expect(json.content?.[1]?.attrs).toEqual({ order: 3 });
    expect(blocks.map((b) => b.container)).toEqual(['list', 'list', 'list', 'list', 'list', 'list', 'blockquote', 'list']);
  });

  it('keeps bold, italic and nested marks', () => {
    const { json } = imported('Plain **bold *both*** and _it_.');
    expect(runs(json)).toEqual([
      { text: 'Plain ', marks: [] },
      { text: 'bold ', marks: ['bold'] },
      { text: 'both', marks: ['bold', 'italic'] },
      { text: ' and ', marks: [] },
      { text: 'it', marks: ['italic'] },
      { text: '.', marks: [] },
    ]);
  });

  it('keeps http, https and mailto links and drops other links but keeps their text', () => {
    const { json, text } = imported(
      '[a](https://example.com/a) [b](http://example.com/b) [c](mailto:desk@example.com) [d](/relative) [e](javascript:alert(1)) [f](ftp://example.com/f)',
    );
    expect(linkHrefs(json)).toEqual(['https://example.com/a', 'http://example.com/b', 'mailto:desk@example.com']);
    // markdown-it itself refuses javascript: as a link target, so that one stays literal, unlinked text.
    expect(text).toBe('a b c d [e](javascript:alert(1)) f');
  });

  it('drops images entirely', () => {
    expect(textsOf('Before ![alt text](https://example.com/a.png) after.')).toEqual(['Before after.']);
    expect(() => importMarkdown('![only an image](https://example.com/a.png)')).toThrow('no text');
  });

  it('drops raw HTML blocks and tags, and the text of inline scripts', () => {
    const source = '<div class="ad">Buy things</div>\n\nText with <b>tags</b> and <script>alert(1)</script> done.\n\n<script>\nalert(2)\n</script>\n\n<iframe src="https://evil.example"></iframe>';
    const texts = textsOf(source);
    expect(texts).toEqual(['Text with tags and done.']);
  });

  it('shows code as plain text', () => {
    expect(textsOf('Run `npm test` now.\n\n```js\nconst a = 1;\n\nconst b = 2;\n```')).toEqual(['Run npm test now.', 'const a = 1;', 'const b = 2;']);
  });

  it('splits paragraphs at hard breaks', () => {
    expect(textsOf('Line one  \nLine two\\\nLine three')).toEqual(['Line one', 'Line two', 'Line three']);
  });

  it('imports tables as one paragraph per row', () => {
    expect(textsOf('| Outlet | Count |\n| --- | --- |\n| Okaz | 100 |')).toEqual(['Outlet | Count', 'Okaz | 100']);
  });

  it('makes list items that start with a heading or a nested list valid', () => {
    const { json } = imported('- # Heading item\n- - nested first\n- \n- last');
    expect(json.content?.[0]?.content?.every((item) => item.content?.[0]?.type === 'paragraph')).toBe(true);
  });

  it('flags boilerplate', () => {
    const { blocks } = imported('Article text here.\n\n**Read more:** [Other story](https://example.com/x)\n\nSign up for our newsletter');
    expect(blocks.map((b) => b.boilerplate)).toEqual([null, 'promo', 'newsletter']);
  });

  it('produces canonical JSON (round-trips unchanged)', () => {
    const { json, doc } = imported('# T\n\nA **b** [c](https://x.org/) _d_\n\n1. e\n2. f\n\n> g');
    expect(doc.toJSON()).toEqual(json);
  });

  it('refuses an empty document', () => {
    expect(() => importMarkdown('\n\n---\n\n')).toThrow('no text');
  });
});
