import type { Category, DocNode } from '../../shared/model';
import type { TextBlock } from '../../shared/text';
import type { Highlight } from '../viewer';

// Spelled out rather than imported: shared/model's value exports pull in zod,
// whose eval probe would show up as a CSP violation in the benchmark page.
const CATEGORIES: readonly Category[] = ['claim', 'framing', 'attribution'];


// News-register vocabulary, weighted toward short function words like real prose.
const FUNCTION_WORDS = 'the of and to in a that for on is was with said as by at from it his their has have were be an which after who not but its they this also had been would will more than over about'.split(' ');
const CONTENT_WORDS = (
  'government officials ceasefire agreement negotiations hostages released bodies militants forces ' +
  'minister president administration spokesman statement report sources diplomats according reported ' +
  'border crossing humanitarian aid trucks convoy hospital civilians casualties killed wounded injured ' +
  'military operation strike airstrike tunnel fighters commander group movement security council ' +
  'resolution vote envoy mediators talks delegation proposal phase withdrawal troops zone southern ' +
  'northern city residents families displaced shelter water electricity fuel supplies warehouse ' +
  'international community organization agency united nations relief workers journalists media ' +
  'outlet interview analyst expert warned claimed denied confirmed announced insisted accused ' +
  'condemned demanded rejected accepted signed implemented violated deadline weekend yesterday ' +
  'morning evening officials parliament opposition coalition election campaign policy economy ' +
  'prices budget sanctions exports oil gas pipeline region neighbouring regime occupation ' +
  'resistance terror attack rocket drone launched intercepted defence system barrage alert sirens ' +
  'approximately dozens hundreds thousands several numerous remaining earlier later recent ongoing'
).split(' ');
const NAMES = 'Hamas Israel Gaza Rafah Cairo Doha Washington Trump Biden Netanyahu Qatar Egypt Jerusalem Lebanon'.split(' ');

function word(rand: () => number): string {
  const r = rand();
  if (r < 0.45) return FUNCTION_WORDS[Math.floor(rand() * FUNCTION_WORDS.length)]!;
  if (r < 0.95) return CONTENT_WORDS[Math.floor(rand() * CONTENT_WORDS.length)]!;
  if (r < 0.98) return NAMES[Math.floor(rand() * NAMES.length)]!;
  return String(Math.floor(rand() * 500) + 2);
}

/** One sentence: a capitalised run of words with the odd comma. */
function sentence(rand: () => number, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) {
    let w = word(rand);
    if (i === 0) w = w[0]!.toUpperCase() + w.slice(1);
    if (i > 2 && i < words - 2 && rand() < 0.07) w += ',';
    parts.push(w);
  }
  return parts.join(' ') + '.';
}

export interface SyntheticArticle {
  doc: DocNode;
  words: number;
  blocks: number;
}

/**
 * An article of about `targetWords` words in paragraphs of ~50 words, with a
 * heading every 25 blocks, a boilerplate block every 60, and some bold,
 * italic and linked words, like an imported news page.
 */
export function syntheticArticle(rand: () => number, targetWords: number): SyntheticArticle {
  const content: DocNode[] = [];
  let words = 0;
  while (words < targetWords) {
    const index = content.length;
    if (index % 25 === 0) {
      const n = 4 + Math.floor(rand() * 6);
      content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: sentence(rand, n).slice(0, -1) }] });
      words += n;
      continue;
    }
    if (index % 60 === 59) {
      content.push({ type: 'paragraph', attrs: { boilerplate: 'promo' }, content: [{ type: 'text', text: 'Read more: ' + sentence(rand, 8) }] });
      words += 10;
      continue;
    }
    const sentences: string[] = [];
    let n = 0;
    const target = 35 + Math.floor(rand() * 30);
    while (n < target) {
      const len = 8 + Math.floor(rand() * 18);
      sentences.push(sentence(rand, len));
      n += len;
    }
    words += n;
    content.push({ type: 'paragraph', content: inlineWithMarks(rand, sentences.join(' ')) });
  }
  return { doc: { type: 'doc', content }, words, blocks: content.length };
}

/** Splits a paragraph's text into runs, marking one run bold, italic or as a link now and then. */
function inlineWithMarks(rand: () => number, text: string): DocNode[] {
  if (rand() > 0.3) return [{ type: 'text', text }];
  const a = Math.floor(text.length * (0.2 + rand() * 0.4));
  const b = Math.min(text.length - 1, a + 10 + Math.floor(rand() * 30));
  const kind = rand();
  const mark =
    kind < 0.4
      ? { type: 'link', attrs: { href: `https://example.org/story/${Math.floor(rand() * 1e6)}` } }
      : { type: kind < 0.7 ? 'bold' : 'italic' };
  return [
    { type: 'text', text: text.slice(0, a) },
    { type: 'text', text: text.slice(a, b), marks: [mark] },
    { type: 'text', text: text.slice(b) },
  ];
}

/**
 * Random highlights over a text: mostly inside one block, `crossShare` of
 * them starting near a block's end and running into the next block. With
 * several per paragraph, many overlap.
 */
export function syntheticHighlights(rand: () => number, blocks: readonly TextBlock[], count: number, idPrefix: string, crossShare = 0.08): Highlight[] {
  const highlights: Highlight[] = [];
  const textBlocks = blocks.filter((b) => b.end - b.start > 20);
  while (highlights.length < count) {
    const i = Math.floor(rand() * textBlocks.length);
    const block = textBlocks[i]!;
    const len = block.end - block.start;
    let start: number;
    let end: number;
    const next = textBlocks[i + 1];
    if (next && rand() < crossShare) {
      start = block.end - 1 - Math.floor(rand() * Math.min(40, len - 1));
      end = next.start + 1 + Math.floor(rand() * Math.min(40, next.end - next.start - 1));
    } else {
      start = block.start + Math.floor(rand() * (len - 5));
      end = Math.min(block.end, start + 5 + Math.floor(rand() * 120));
    }
    highlights.push({
      id: `${idPrefix}${highlights.length}`,
      start,
      end,
      category: CATEGORIES[Math.floor(rand() * CATEGORIES.length)]!,
      annotator: rand() < 0.5 ? 'ana' : 'ben',
      note: '',
      linked: rand() < 0.1,
    });
  }
  return highlights;
}
