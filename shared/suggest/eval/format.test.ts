import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evalQueries } from './score-set';
import { parseEvalSet, type EvalSet } from './format';

// The data files are read here, in the test only: shared/ code never touches the file system.
const DATA = fileURLToPath(new URL('./data/', import.meta.url));
const files = readdirSync(DATA).filter((f) => f.endsWith('.json')).sort();
const raw = files.map((f) => ({ file: f, json: JSON.parse(readFileSync(DATA + f, 'utf8')) as unknown }));

describe('evaluation data files', () => {
  it('holds at least three stories, one of them held out', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    const splits = raw.map((r) => (r.json as { split?: string }).split);
    expect(splits.filter((s) => s === 'test')).toHaveLength(1);
    expect(splits.filter((s) => s === 'dev').length).toBeGreaterThanOrEqual(2);
  });

  for (const { file, json } of raw) {
    it(`${file} fits the format and its labels point at real sentences`, () => {
      const parsed = parseEvalSet(file, json);
      if (!parsed.ok) throw new Error(parsed.error);
      const set: EvalSet = parsed.set;
      expect(new Set(set.articles.map((a) => a.outlet)).size, 'outlets').toBeGreaterThanOrEqual(4);
      const sentences = new Set(evalQueries(set).map((q) => `${q.source.article}:${q.source.sentence}`));
      expect(sentences.size, 'query sentences').toBeGreaterThanOrEqual(40);
      expect(set.noMatch.length, 'no-match labels').toBeGreaterThan(0);
      expect(set.conflicts.some((c) => c.expected === 'incompatible'), 'an incompatible conflict').toBe(true);
      expect(set.conflicts.some((c) => c.expected !== 'incompatible'), 'a compatible conflict case').toBe(true);
    });
  }
});

describe('parseEvalSet', () => {
  const base: EvalSet = {
    story: 's',
    split: 'dev',
    articles: [
      { id: 'a', outlet: 'A', url: 'https://a.example/1', publishedAt: '2020-01-01', sentences: ['Ten people died.', 'Rain fell.'] },
      { id: 'b', outlet: 'B', url: 'https://b.example/1', publishedAt: null, sentences: ['At least 10 died.'] },
    ],
    pairs: [{ a: { article: 'a', sentence: 0 }, b: { article: 'b', sentence: 0 }, fact: 'deaths' }],
    noMatch: [{ article: 'a', sentence: 1, inArticle: 'b' }],
    figures: [{ article: 'b', sentence: 0, phrase: 'At least 10', reading: { thing: 'deaths', min: 10, max: null, minOpen: false, maxOpen: false, hedge: 'at least' } }],
    conflicts: [{ fact: 'deaths', members: [{ article: 'a', sentence: 0 }, { article: 'b', sentence: 0 }], expected: 'same' }],
  };

  it('accepts a consistent set', () => {
    expect(parseEvalSet('ok', base)).toMatchObject({ ok: true });
  });

  it('names dangling references, same-article pairs, contradictory labels and misquoted figures', () => {
    const bad: EvalSet = {
      ...base,
      pairs: [...base.pairs, { a: { article: 'a', sentence: 0 }, b: { article: 'a', sentence: 1 }, fact: 'x' }],
      noMatch: [{ article: 'a', sentence: 0, inArticle: 'b' }, { article: 'a', sentence: 5, inArticle: 'b' }],
      figures: [{ ...base.figures[0]!, phrase: 'at most 10' }],
    };
    const parsed = parseEvalSet('bad.json', bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toMatch(/bad\.json/);
    expect(parsed.error).toMatch(/both sentences are in article "a"/);
    expect(parsed.error).toMatch(/a:0 also has a pair in "b"/);
    expect(parsed.error).toMatch(/no sentence 5 in article "a"/);
    expect(parsed.error).toMatch(/"at most 10" is not in its sentence/);
  });

  it('rejects a file that does not fit the schema', () => {
    const parsed = parseEvalSet('x.json', { ...base, split: 'train' });
    expect(parsed).toMatchObject({ ok: false });
  });
});
