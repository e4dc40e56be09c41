import { describe, expect, it } from 'vitest';
import { StudyError } from '../errors';
import { alignBruteForce, alignStudy } from './align';
import { buildIndex, type IndexArticle } from './build';
import { suggest } from './suggest';

function article(id: string, outletId: string, paragraphs: string[], boilerplate: number[] = []): IndexArticle {
  const text = paragraphs.join('\n\n');
  let at = 0;
  const blocks = paragraphs.map((p, i) => {
    const b = { start: at, end: at + p.length, boilerplate: boilerplate.includes(i) ? 'promo' : null };
    at += p.length + 2;
    return b;
  });
  return { id, outletId, text, blocks };
}

const A = article('a', 'okaz', [
  'More than 100 fighters remain trapped in underground tunnels in Rafah. Talks between Washington and Tel Aviv reached a deadlock.',
  'Read more: tunnels in Rafah trap fighters',
], [1]);
const B = article('b', 'parapolitika', [
  'There are approximately 200 fighters in tunnels beneath Rafah. The weather in Athens was mild.',
  'Negotiations between the United States and Israel hit a dead end.',
]);
const C = article('c', 'levant', [
  'Dozens of militants are barricaded in tunnels in Rafah.',
  'Subscribe: fighters in tunnels in Rafah, every day',
], [1]);
const A2 = article('a2', 'okaz', ['Fighters trapped in Rafah tunnels, the same outlet says again.']);

describe('buildIndex', () => {
  it('indexes the sentences of non-boilerplate blocks only', () => {
    const index = buildIndex([A, B, C]);
    expect(index.sentences.map((s) => s.text)).toEqual([
      'More than 100 fighters remain trapped in underground tunnels in Rafah.',
      'Talks between Washington and Tel Aviv reached a deadlock.',
      'There are approximately 200 fighters in tunnels beneath Rafah.',
      'The weather in Athens was mild.',
      'Negotiations between the United States and Israel hit a dead end.',
      'Dozens of militants are barricaded in tunnels in Rafah.',
    ]);
    for (const s of index.sentences) expect(index.articles.get(s.articleId)!.text.slice(s.start, s.end)).toBe(s.text);
    const rafah = index.vocab.get('rafah')!;
    expect(index.df[rafah]).toBe(3);
    expect([...index.postings[rafah]!.sentences]).toEqual([0, 2, 5]);
  });
});

describe('suggest', () => {
  const index = buildIndex([A, B, C, A2]);
  const span = (quote: string) => ({ articleId: 'a', start: A.text.indexOf(quote), end: A.text.indexOf(quote) + quote.length });

  it('finds the paraphrased sentence in each other article, best article first, never the source article', () => {
    const out = suggest(index, span('fighters remain trapped in underground tunnels'), 1);
    expect(out.map((s) => s.articleId)).not.toContain('a');
    expect(out.map((s) => s.text)).toEqual(expect.arrayContaining([
      'There are approximately 200 fighters in tunnels beneath Rafah.',
      'Dozens of militants are barricaded in tunnels in Rafah.',
    ]));
    expect(out.every((s, i) => i === 0 || s.score <= out[i - 1]!.score)).toBe(true);
  });

  it('matches paraphrase through synonyms: deadlock / dead end, Washington / United States', () => {
    const [best] = suggest(index, span('Talks between Washington and Tel Aviv reached a deadlock'), 1).filter((s) => s.articleId === 'b');
    expect(best!.text).toBe('Negotiations between the United States and Israel hit a dead end.');
    expect(best!.shared).toEqual(expect.arrayContaining(['Negotiations', 'United States', 'Israel', 'dead end']));
    expect(best!.differing).toEqual(['hit']);
  });

  it('never suggests boilerplate', () => {
    const out = suggest(index, { articleId: 'b', start: 0, end: B.text.indexOf('.') }, 3);
    for (const s of out) expect(s.text).not.toMatch(/Read more|Subscribe/);
  });

  it('returns at most `top` per other article', () => {
    const out = suggest(index, span('More than 100 fighters'), 3);
    const perArticle = new Map<string, number>();
    for (const s of out) perArticle.set(s.articleId, (perArticle.get(s.articleId) ?? 0) + 1);
    expect(Math.max(...perArticle.values())).toBeLessThanOrEqual(3);
    expect(suggest(index, span('More than 100 fighters'), 1).filter((s) => s.articleId === 'b')).toHaveLength(1);
  });

  it('raises StudyErrors for unknown articles and bad spans', () => {
    expect(() => suggest(index, { articleId: 'zz', start: 0, end: 5 })).toThrow(StudyError);
    expect(() => suggest(index, { articleId: 'a', start: 5, end: 5 })).toThrow(/outside article a/);
  });
});

describe('alignStudy', () => {
  const index = buildIndex([A, B, C, A2]);

  it('pairs cross-outlet sentences that report the same fact', () => {
    const pairs = alignStudy(index, { minScore: 0.2, perSentence: 1 });
    const texts = pairs.map((p) => [p.a.text, p.b.text].sort().join(' || '));
    expect(texts).toContain(['Negotiations between the United States and Israel hit a dead end.', 'Talks between Washington and Tel Aviv reached a deadlock.'].sort().join(' || '));
    for (const p of pairs) {
      expect(index.articles.get(p.a.articleId)!.outletId).not.toBe(index.articles.get(p.b.articleId)!.outletId);
      expect(p.score).toBeGreaterThanOrEqual(0.2);
    }
    expect(texts.some((t) => t.includes('weather'))).toBe(false);
  });

  it('gives exactly the brute-force result', () => {
    for (const minScore of [0.05, 0.2, 0.4]) {
      for (const perSentence of [1, 3]) {
        expect(alignStudy(index, { minScore, perSentence })).toEqual(alignBruteForce(index, { minScore, perSentence }));
      }
    }
  });
});
