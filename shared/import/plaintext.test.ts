import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../model';
import { canonicalText, docFromJSON } from '../text';
import { boldRuns, importPlainText, isHardWrapped } from './plaintext';

function seed(name: string): string {
  return readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
}

interface SeedExpectation {
  file: string;
  blocks: number;
  headings: number[];
  listItems: number[];
  flagged: Record<number, string>;
}

/** What each seed must import as: block indexes in canonical-text order. */
const SEEDS: SeedExpectation[] = [
  { file: '000_fde916106131c18b.txt', blocks: 12, headings: [2, 8], listItems: [], flagged: {} },
  { file: '001_a11e6eba9bee4eb0.txt', blocks: 12, headings: [5], listItems: [], flagged: { 1: 'promo' } },
  { file: '002_d96a79ca17a4bef2.txt', blocks: 15, headings: [], listItems: [], flagged: {} },
  {
    file: '003_2a4e464d5e4701d1.txt',
    blocks: 34,
    headings: [5, 10, 18, 22, 28],
    listItems: [0, 1, 2],
    flagged: { 8: 'ad', 14: 'promo', 15: 'poll', 16: 'poll', 33: 'ad' },
  },
  { file: '004_544fc8ea9a787bc6.txt', blocks: 9, headings: [3], listItems: [], flagged: { 7: 'photo-credit', 8: 'artifact' } },
];

function importSeed(file: string) {
  const json = importPlainText(seed(file));
  const doc = docFromJSON(json);
  return { json, doc, ...canonicalText(doc) };
}

describe('importPlainText on the seeds', () => {
  for (const expected of SEEDS) {
    describe(expected.file, () => {
      const { json, doc, text, blocks } = importSeed(expected.file);

      it('has the expected blocks, headings and list items', () => {
        expect(blocks).toHaveLength(expected.blocks);
        expect(blocks.filter((b) => b.type === 'heading').map((b) => b.index)).toEqual(expected.headings);
        expect(blocks.filter((b) => b.container === 'list').map((b) => b.index)).toEqual(expected.listItems);
      });

      it('flags exactly the boilerplate blocks', () => {
        const flagged = Object.fromEntries(blocks.filter((b) => b.boilerplate).map((b) => [b.index, b.boilerplate]));
        expect(flagged).toEqual(expected.flagged);
      });

      it('keeps every line of the source verbatim (bullets and ** removed)', () => {
        const lines = seed(expected.file)
          .split('\n')
          .map((line) => line.trim().replace(/^[•\-*·]\s+/u, '').replaceAll('**', ''))
          .filter((line) => line !== '');
        for (const line of lines) expect(text).toContain(line);
      });

      it('has no empty blocks and no whitespace at block edges', () => {
        for (const block of blocks) {
          const blockText = text.slice(block.start, block.end);
          expect(blockText.length).toBeGreaterThan(0);
          expect(blockText).toBe(blockText.trim());
        }
      });

      it('is canonical ProseMirror JSON (round-trips unchanged)', () => {
        expect(doc.toJSON()).toEqual(json);
      });
    });
  }

  it('makes the three bullets of seed 003 one list', () => {
    const { json } = importSeed('003_2a4e464d5e4701d1.txt');
    expect(json.content?.[0]?.type).toBe('bullet_list');
    expect(json.content?.[0]?.content).toHaveLength(3);
  });

  it('marks Israeli, Benjamin Netanyahu and Gaza Strip bold in seed 001, and the whole Read: line', () => {
    const { json } = importSeed('001_a11e6eba9bee4eb0.txt');
    const bold = (node: DocNode | undefined) =>
      (node?.content ?? []).filter((t) => t.marks?.some((m) => m.type === 'bold')).map((t) => t.text);
    expect(bold(json.content?.[0])).toEqual(['Israeli', 'Benjamin Netanyahu', 'Gaza Strip']);
    const readLine = json.content?.[1];
    expect(readLine?.type).toBe('paragraph');
    expect(readLine?.content).toEqual([
      { type: 'text', marks: [{ type: 'bold' }], text: 'Read: Netanyahu: Arrest warrant from Istanbul prosecutor – Accused of genocide in Gaza' },
    ]);
  });

  it('keeps the closing question of seed 003 as article text', () => {
    const { text, blocks } = importSeed('003_2a4e464d5e4701d1.txt');
    const question = blocks.find((b) => text.slice(b.start, b.end).startsWith('Will Trump side'));
    expect(question?.boilerplate).toBeNull();
    expect(question?.type).toBe('paragraph');
  });
});

describe('importPlainText rules', () => {
  const blocksOf = (content: string) => {
    const { text, blocks } = canonicalText(docFromJSON(importPlainText(content)));
    return blocks.map((b) => ({ type: b.type, container: b.container, text: text.slice(b.start, b.end) }));
  };

  it('splits on single newlines and on blank lines alike, with CRLF too', () => {
    expect(blocksOf('One line.\r\nTwo line.\r\n\r\n\r\nThree line.').map((b) => b.text)).toEqual(['One line.', 'Two line.', 'Three line.']);
  });

  it('keeps internal whitespace of a line but trims its ends', () => {
    expect(blocksOf('  Spaced  out\ttext here.  \n').map((b) => b.text)).toEqual(['Spaced  out\ttext here.']);
  });

  it('turns indented -, * and · bullets into list items, one list across blank lines', () => {
    const blocks = blocksOf('Intro sentence here.\n  - first\n\n* second\n· third\nAfter the list.');
    expect(blocks.map((b) => b.container)).toEqual([null, 'list', 'list', 'list', null]);
    const json = importPlainText('- a\n\n- b');
    expect(json.content).toHaveLength(1);
  });

  it('does not take a dash or star without a space as a bullet', () => {
    expect(blocksOf('-5 degrees tonight.\n**Bold** start.').map((b) => b.container)).toEqual([null, null]);
  });

  it('makes a title-like line a heading only when body text follows', () => {
    expect(blocksOf('Talks Without Results\nThe talks went nowhere, officials said.').map((b) => b.type)).toEqual(['heading', 'paragraph']);
    expect(blocksOf('Body text here.\nTalks Without Results').map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    // Of two title-shaped lines in a row, only the one right before the body text introduces it.
    expect(blocksOf('Jane Doe\nReuters Correspondent\nBody text follows here.').map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('does not make a whole-bold line, a byline or a question a heading', () => {
    const types = blocksOf('**Talks Without Results**\nBody.\nBy Jane Doe\nBody.\nWhat Comes Next?\nBody.').map((b) => b.type);
    expect(types).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('skips boilerplate when looking for the text a heading introduces', () => {
    const types = blocksOf('Talks Without Results\nAdvertisement\nThe talks went nowhere, officials said.').map((b) => b.type);
    expect(types).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  it('joins the lines of a hard-wrapped file into paragraphs', () => {
    const wrapped = [
      'The talks between the two delegations went on for',
      'most of the night, according to two officials who',
      'spoke on condition of anonymity.',
      '',
      'A second paragraph starts here and it is also',
      'wrapped at a fixed width by the sending program.',
      '- a bullet that is long enough to be wrapped too',
      '  and continues here',
    ];
    expect(isHardWrapped(wrapped.map((l) => l.trim()))).toBe(true);
    expect(blocksOf(wrapped.join('\n')).map((b) => b.text)).toEqual([
      'The talks between the two delegations went on for most of the night, according to two officials who spoke on condition of anonymity.',
      'A second paragraph starts here and it is also wrapped at a fixed width by the sending program.',
      'a bullet that is long enough to be wrapped too and continues here',
    ]);
  });

  it('does not treat a file with long lines as hard-wrapped', () => {
    expect(isHardWrapped(seed('001_a11e6eba9bee4eb0.txt').split('\n'))).toBe(false);
    expect(isHardWrapped(['Short line one.', 'Short line two.'])).toBe(false);
  });

  it('refuses text with nothing in it', () => {
    expect(() => importPlainText(' \n\t\n ')).toThrow('no text');
  });
});

describe('boldRuns', () => {
  it('removes paired markers and marks the text bold', () => {
    expect(boldRuns('a **b** c')).toEqual([{ text: 'a ' }, { text: 'b', bold: true }, { text: ' c' }]);
  });

  it('keeps an unpaired marker as typed', () => {
    expect(boldRuns('a **b** c **d')).toEqual([{ text: 'a ' }, { text: 'b', bold: true }, { text: ' c **d' }]);
    expect(boldRuns('5 ** 2')).toEqual([{ text: '5 ** 2' }]);
  });

  it('keeps a pair around nothing as typed', () => {
    expect(boldRuns('a **** b').map((r) => r.text).join('')).toBe('a **** b');
  });
});
