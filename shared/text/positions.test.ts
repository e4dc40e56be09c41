import fc from 'fast-check';
import type { Node as PMNode } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, canonicalText } from './canonical';
import { offsetToPos, posToOffset, rangeToPositions } from './positions';
import { articleSchema as s } from './schema';

/** Generated documents: paragraphs, headings, lists and blockquotes with marked text (imports never make empty blocks). */
const word = fc.stringMatching(/^[A-Za-z0-9’“”é]{1,8}$/);
const inline = fc
  .array(fc.record({ text: fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')), bold: fc.boolean(), italic: fc.boolean() }), { minLength: 1, maxLength: 4 })
  .map((runs) => runs.map((r) => s.text(r.text, [...(r.bold ? [s.marks.bold.create()] : []), ...(r.italic ? [s.marks.italic.create()] : [])])));
const paragraph = inline.map((c) => s.node('paragraph', null, c));
const heading = inline.map((c) => s.node('heading', { level: 2 }, c));
const list = fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((ps) => s.node('bullet_list', null, ps.map((p) => s.node('list_item', null, [p]))));
const quote = fc.array(paragraph, { minLength: 1, maxLength: 2 }).map((ps) => s.node('blockquote', null, ps));
const docs = fc.array(fc.oneof(paragraph, paragraph, heading, list, quote), { minLength: 1, maxLength: 8 }).map((blocks) => s.node('doc', null, blocks));

/** The text between two positions as the canonical text spells it (blocks joined by the separator). */
function pmText(doc: PMNode, from: number, to: number): string {
  return doc.textBetween(from, to, BLOCK_SEPARATOR);
}

describe('position mapping', () => {
  it('maps every offset inside a block to a position and back', () => {
    fc.assert(
      fc.property(docs, (doc) => {
        const { text, blocks } = canonicalText(doc);
        for (const block of blocks) {
          for (let offset = block.start; offset <= block.end; offset++) {
            const pos = offsetToPos(blocks, offset);
            expect(posToOffset(blocks, pos)).toBe(offset);
          }
        }
        expect(text.length).toBe(blocks.length ? blocks[blocks.length - 1]!.end : 0);
      }),
    );
  });

  it('maps every position to an offset whose text agrees with ProseMirror', () => {
    fc.assert(
      fc.property(docs, fc.nat(), fc.nat(), (doc, a, b) => {
        const { text, blocks } = canonicalText(doc);
        const size = doc.content.size;
        const from = Math.min(a % (size + 1), b % (size + 1));
        const to = Math.max(a % (size + 1), b % (size + 1));
        const start = posToOffset(blocks, from);
        const end = posToOffset(blocks, to);
        expect(start).toBeLessThanOrEqual(end);
        // Trimming separators: ProseMirror's textBetween omits a leading or trailing block boundary.
        const ours = text.slice(start, end).replace(/^\n\n|\n\n$/g, '');
        const theirs = pmText(doc, from, to).replace(/^\n\n|\n\n$/g, '');
        expect(ours).toBe(theirs);
      }),
    );
  });

  it('maps any text range to positions whose ProseMirror text equals the canonical slice', () => {
    fc.assert(
      fc.property(docs, fc.nat(), fc.nat(), (doc, a, b) => {
        const { text, blocks } = canonicalText(doc);
        if (text.length === 0) return;
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (text.length + 1));
        const { from, to } = rangeToPositions(blocks, start, end);
        const expected = text.slice(start, end).replace(/^\n+|\n+$/g, '');
        expect(pmText(doc, from, Math.max(from, to)).replace(/^\n+|\n+$/g, '')).toBe(expected);
      }),
    );
  });

  it('joins blocks with a blank line and records boilerplate and containers', () => {
    const doc = s.node('doc', null, [
      s.node('heading', { level: 2 }, [s.text('Title')]),
      s.node('bullet_list', null, [s.node('list_item', null, [s.node('paragraph', null, [s.text('Point')])])]),
      s.node('paragraph', { boilerplate: 'ad' }, [s.text('Buy now')]),
    ]);
    const { text, blocks } = canonicalText(doc);
    expect(text).toBe('Title\n\nPoint\n\nBuy now');
    expect(blocks.map((b) => [b.type, b.container, b.boilerplate])).toEqual([
      ['heading', null, null],
      ['paragraph', 'list', null],
      ['paragraph', null, 'ad'],
    ]);
    expect(offsetToPos(blocks, 6, 'start')).toBe(blocks[1]!.pos);
    expect(offsetToPos(blocks, 6, 'end')).toBe(blocks[0]!.pos + 5);
  });
});
