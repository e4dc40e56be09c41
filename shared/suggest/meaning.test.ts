import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignBruteForce, alignStudy } from './align';
import { buildIndex, type IndexArticle } from './build';
import { cutQuality, fitCut } from './eval/calibrate';
import { similarWords } from './meaning';
import { NO_CLOSE_MATCH } from './score';
import { suggest } from './suggest';
import { parseWordVectors, unitCosine } from './vectors';

// The word-vector file is read here, in the test (shared/ code never touches the file system).
const parsed = parseWordVectors(new Uint8Array(readFileSync(fileURLToPath(new URL('./vectors/words.wv', import.meta.url)))));
if (!parsed.ok) throw new Error(parsed.error);
const vectors = parsed.vectors;

function article(id: string, paragraphs: string[], headings: number[] = []): IndexArticle {
  const text = paragraphs.join('\n\n');
  let at = 0;
  const blocks = paragraphs.map((p, i) => {
    const b = { start: at, end: at + p.length, boilerplate: null, type: headings.includes(i) ? 'heading' : 'paragraph' };
    at += p.length + 2;
    return b;
  });
  return { id, outletId: `outlet-${id}`, text, blocks };
}
const spanOf = (a: IndexArticle, quote: string) => ({ articleId: a.id, start: a.text.indexOf(quote), end: a.text.indexOf(quote) + quote.length });

describe('word vectors', () => {
  it('loads the 50,000-word file and puts close words close', () => {
    expect(vectors.count).toBe(50_000);
    expect(vectors.dims).toBe(100);
    expect(unitCosine(vectors.get('troops')!, vectors.get('soldiers')!)).toBeGreaterThan(0.7);
    expect(unitCosine(vectors.get('troops')!, vectors.get('banana')!)).toBeLessThan(0.2);
    expect(vectors.get('jajarkotx')).toBeUndefined();
  });

  it('reads a small file exactly and refuses a damaged one with a message', () => {
    const words = new TextEncoder().encode('cat\ndog');
    const bytes = new Uint8Array(Math.ceil((20 + words.length) / 4) * 4 + 2 * 2);
    bytes.set([79, 67, 87, 86]);
    const view = new DataView(bytes.buffer);
    view.setUint32(4, 1, true);
    view.setUint32(8, 2, true);
    view.setUint32(12, 2, true);
    view.setUint32(16, words.length, true);
    bytes.set(words, 20);
    bytes.set([3, 4, 0, 0xff], bytes.length - 4); // cat (3, 4); dog (0, -1)
    const small = parseWordVectors(bytes);
    if (!small.ok) throw new Error(small.error);
    expect([...small.vectors.get('cat')!]).toEqual([expect.closeTo(0.6, 6), expect.closeTo(0.8, 6)]);
    expect([...small.vectors.get('dog')!]).toEqual([0, -1]);
    const bad = parseWordVectors(bytes.subarray(0, bytes.length - 1));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/damaged .*size.*regenerate it with tools\/vectors/);
    expect(parseWordVectors(new Uint8Array(30)).ok).toBe(false);
  });

  it('pairs words of close meaning, each once, best first', () => {
    expect(similarWords(['troops', 'recruiting'], ['forces', 'soldiers', 'weather'], vectors)).toEqual([['troops', 'forces']]);
    expect(similarWords(['killed'], ['dead', 'killed'], vectors, 0.5)).toEqual([['killed', 'dead']]);
  });
});

describe('suggestions with meaning', () => {
  const source = article('src', [
    'At least 129 people were killed when the quake struck remote villages on Friday night.',
    'Washington is struggling to secure foreign troop commitments for the international force in Gaza.',
  ]);
  const para = article('para', [
    'The earthquake left 128 people dead in the hills.',
    'Those 129 houses stayed empty.',
    'Officials described difficulties in recruiting soldiers for the multinational force.',
    'Troop commitments',
  ], [3]);
  const far = article('far', ['The weather on Friday was mild and sunny all week.']);
  const index = buildIndex([source, para, far], { vectors });
  const toll = spanOf(source, 'At least 129 people were killed when the quake struck remote villages on Friday night.');

  it('finds the paraphrase, explains it in words, and sorts by score across articles', () => {
    const out = suggest(index, toll, { threshold: 0 });
    expect(out[0]!.text).toBe('The earthquake left 128 people dead in the hills.');
    expect(out[0]!.explanation).toMatch(/^shares: people; similar meaning: quake ≈ earthquake, killed ≈ dead.* \(words 0\.\d\d \+ meaning 0\.\d\d\)$/);
    expect(out.every((s, i) => i === 0 || s.score <= out[i - 1]!.score)).toBe(true);
    expect(new Set(out.map((s) => s.articleId))).toEqual(new Set(['para', 'far']));
    const [troops] = suggest(index, spanOf(source, 'Washington is struggling to secure foreign troop commitments'), { threshold: 0 });
    expect(troops!.text).toBe('Officials described difficulties in recruiting soldiers for the multinational force.');
    expect(troops!.explanation).toMatch(/^shares: soldiers, multinational force/);
  });

  it('never suggests a heading', () => {
    expect(index.sentences.map((s) => s.text)).not.toContain('Troop commitments');
    for (const s of suggest(index, spanOf(source, 'secure foreign troop commitments'), { threshold: 0 })) expect(s.text).not.toBe('Troop commitments');
  });

  it('never ranks on a bare number: a shared 129 alone gives no word score', () => {
    const houses = suggest(index, toll, { threshold: 0, top: 3 }).find((s) => s.text === 'Those 129 houses stayed empty.');
    if (houses) expect(houses.explanation).toMatch(/^same figure: 129; a figure alone is not a match.*\(words 0\.00 \+/);
    const words = buildIndex([source, para]); // BM25 alone: the number brings nothing
    expect(suggest(words, toll, { threshold: 0, top: 3 }).map((s) => s.text)).not.toContain('Those 129 houses stayed empty.');
  });

  it('says "no close match" for an article whose best passage is weak, showing it once for reference', () => {
    const weak = suggest(index, toll).filter((s) => s.articleId === 'far');
    expect(weak).toHaveLength(1);
    expect(weak[0]!.noCloseMatch).toBe(true);
    expect(weak[0]!.score).toBeLessThan(NO_CLOSE_MATCH);
    expect(weak[0]!.explanation).toMatch(/^No close match in this outlet; nearest passage shares: Friday/);
    expect(suggest(index, toll, { threshold: 0 }).every((s) => !s.noCloseMatch)).toBe(true);
  });

  it('aligns the study with the same scores, exactly as brute force does', () => {
    const pairs = alignStudy(index, { minScore: 0.05 });
    expect(pairs.some((p) => [p.a.text, p.b.text].includes('The earthquake left 128 people dead in the hills.'))).toBe(true);
    for (const minScore of [0.05, NO_CLOSE_MATCH, 0.3]) for (const perSentence of [1, 2]) {
      expect(alignStudy(index, { minScore, perSentence })).toEqual(alignBruteForce(index, { minScore, perSentence }));
    }
  });
});

describe('threshold fit', () => {
  const points = [
    { top: 0.05, noMatch: true, rightTop1: false },
    { top: 0.08, noMatch: true, rightTop1: false },
    { top: 0.1, noMatch: false, rightTop1: true },
    { top: 0.12, noMatch: true, rightTop1: false },
    { top: 0.3, noMatch: false, rightTop1: true },
    { top: 0.02, noMatch: false, rightTop1: false }, // wrong either way: left out
  ];
  it('scores a cut by the verdict it gives', () => {
    expect(cutQuality(points, 0.09, 1)).toMatchObject({ precision: 1, recall: 2 / 3, hidden: 0 });
    expect(cutQuality(points, 0.2, 1)).toMatchObject({ precision: 0.75, recall: 1, hidden: 1 });
  });
  it('takes the cut with the best F-beta', () => {
    expect(fitCut(points, 1).cut).toBeCloseTo(0.125, 6);
    expect(fitCut(points, 0.25).cut).toBeCloseTo(0.085, 6);
  });
});
