import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './testing/run-cli';

let tmp: string;
let study: string;
let levant: string;

async function tag(annotator: string, quote: string, category: string) {
  const result = await cli('annotate', study, '--article', levant, '--quote', quote, '--category', category, '--annotator', annotator);
  expect(result.err).toBe('');
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'cli-review-'));
  study = path.join(tmp, 'Sample.study');
  expect((await cli('sample', study)).code).toBe(0);
  const list = JSON.parse((await cli('list', study, '--json')).out) as { articles: { id: string; outlet: string }[] };
  levant = list.articles.find((a) => a.outlet.includes('Levant'))!.id;
  // Alice and Bob agree on one span, differ in category on another, and Bob tags one span Alice left alone.
  await tag('Alice', 'Biden administration', 'claim');
  await tag('Bob', 'Biden administration', 'claim');
  await tag('Alice', 'Rafah', 'framing');
  await tag('Bob', 'Rafah', 'claim');
  await tag('Bob', 'Hamas', 'attribution');
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

interface Report {
  annotators: string[];
  pairs: { a: string; b: string; cohensKappa: { ok: boolean; value?: number }; spanF1Exact: { ok: boolean; value?: number } }[];
}

describe('agreement and review commands', () => {
  it('computes Cohen’s κ between two annotators over matched spans (hand-computed: 1/7)', async () => {
    const result = await cli('agreement', study, '--annotators', 'Alice,Bob', '--json');
    expect(result.err).toBe('');
    const report = JSON.parse(result.out) as Report;
    expect(report.annotators).toEqual(['Alice', 'Bob']);
    // Units: (claim, claim), (framing, claim), (none, attribution): observed 1/3, expected 1/3 × 2/3 = 2/9.
    const pair = report.pairs[0]!;
    expect(pair.cohensKappa).toEqual({ ok: true, value: expect.closeTo(1 / 7, 10) });
    // Exact span F1 needs the same offsets and category: 1 of Alice's 2 and of Bob's 3, so 2·(1/2·1/3)/(1/2+1/3) = 0.4.
    expect(pair.spanF1Exact).toEqual({ ok: true, value: expect.closeTo(0.4, 10) });
  });

  it('prints the figures as tables with a line explaining each', async () => {
    const result = await cli('agreement', study);
    expect(result.code).toBe(0);
    // Every annotator is taken to have read every article of the study (αu runs over all five texts).
    expect(result.out).toContain('Agreement of Alice, Bob over 5 articles');
    expect(result.out).toMatch(/Cohen's κ/);
    expect(result.out).toMatch(/- .*chance/);
  });

  it('lists matches with the disagreements first', async () => {
    const result = await cli('review', study, '--annotators', 'Alice,Bob');
    expect(result.code).toBe(0);
    expect(result.out).toContain('3 matches — 2 same span, 0 overlapping, 1 by one annotator only; category differs in 1');
    const rows = result.out.split('\n');
    const first = rows.findIndex((r) => /category differs|only Bob/.test(r));
    const agreed = rows.findIndex((r) => /^\s*\d+\s+same span\s+Alice/.test(r));
    expect(first).toBeGreaterThan(-1);
    expect(agreed).toBeGreaterThan(first);
  });

  it.each([
    [['agreement', '<study>', '--annotators', 'Alice'], /at least two annotators; only Alice was given/],
    [['agreement', '<study>', '--annotators', 'Alice,Carol'], /"Carol" has no tag set in this study/],
    [['review', '<study>'], /--annotators is required/],
    [['agreement', '<study>', '--article', 'nope'], /no article with id nope/],
  ])('refuses %j with one line and exit 2', async (argv, message) => {
    const result = await cli(...argv.map((a) => (a === '<study>' ? study : a)));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err.split('\n')).toHaveLength(1);
  });
});
