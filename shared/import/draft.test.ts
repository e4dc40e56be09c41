import { describe, expect, it } from 'vitest';
import { docFromJSON } from '../text';
import { draftToDoc, fitRuns, isNoTextError, type DraftBlock } from './draft';

const collapse = { collapseWhitespace: true };

describe('fitRuns', () => {
  it('collapses whitespace across runs and trims the block edges', () => {
    expect(fitRuns([{ text: '  Hello \n ' }, { text: '  big', bold: true }, { text: ' \t world  ' }], collapse)).toEqual([
      { type: 'text', text: 'Hello ' },
      { type: 'text', marks: [{ type: 'bold' }], text: 'big' },
      { type: 'text', text: ' world' },
    ]);
  });

  it('treats no-break spaces as whitespace, so &nbsp; paragraphs vanish', () => {
    expect(fitRuns([{ text: '\u00a0 \u00a0' }], collapse)).toEqual([]);
  });

  it('merges neighbours with the same marks and writes marks in schema order', () => {
    expect(fitRuns([{ text: 'a', italic: true, bold: true, href: 'https://x.org/' }, { text: 'b', bold: true, italic: true, href: 'https://x.org/' }], collapse)).toEqual([
      { type: 'text', marks: [{ type: 'bold' }, { type: 'italic' }, { type: 'link', attrs: { href: 'https://x.org/' } }], text: 'ab' },
    ]);
  });

  it('keeps internal whitespace when not collapsing', () => {
    expect(fitRuns([{ text: ' a  \t b ' }], { collapseWhitespace: false })).toEqual([{ type: 'text', text: 'a  \t b' }]);
  });
});

describe('draftToDoc', () => {
  it('drops empty blocks, quotes and lists', () => {
    const draft: DraftBlock[] = [
      { type: 'paragraph', runs: [{ text: ' ' }] },
      { type: 'blockquote', children: [{ type: 'paragraph', runs: [] }] },
      { type: 'bullet_list', items: [[], [{ type: 'paragraph', runs: [{ text: '' }] }]] },
      { type: 'heading', level: 9, runs: [{ text: 'Kept' }] },
    ];
    const doc = draftToDoc(draft, collapse);
    expect(doc.content).toEqual([{ type: 'heading', attrs: { boilerplate: null, level: 6 }, content: [{ type: 'text', text: 'Kept' }] }]);
  });

  it('makes every list item start with a paragraph', () => {
    const p = (text: string): DraftBlock => ({ type: 'paragraph', runs: [{ text }] });
    const draft: DraftBlock[] = [
      {
        type: 'ordered_list',
        order: 3,
        items: [
          [{ type: 'heading', level: 2, runs: [{ text: 'heading first' }] }],
          [{ type: 'blockquote', children: [p('quote first')] }],
          [{ type: 'bullet_list', items: [[p('nested first')], [p('nested second')]] }, p('after')],
        ],
      },
    ];
    const doc = draftToDoc(draft, collapse);
    expect(() => docFromJSON(doc)).not.toThrow();
    expect(docFromJSON(doc).toJSON()).toEqual(doc);
    const items = doc.content?.[0]?.content ?? [];
    expect(items.map((item) => item.content?.[0]?.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(doc.content?.[0]?.attrs).toEqual({ order: 3 });
  });

  it('refuses a draft with no text, with an error importDocument can recognise', () => {
    let caught: unknown;
    try {
      draftToDoc([{ type: 'paragraph', runs: [{ text: '   ' }] }], collapse);
    } catch (error) {
      caught = error;
    }
    expect(isNoTextError(caught)).toBe(true);
  });
});
