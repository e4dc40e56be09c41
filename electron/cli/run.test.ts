import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../repo-paths';
import { cli } from './testing/run-cli';

let tmp: string;
let study: string;

async function json<T>(...argv: string[]): Promise<T> {
  const result = await cli(...argv, '--json');
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.out) as T;
}

async function snapshot(dir: string): Promise<string> {
  const files: string[] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.name !== '.lock') files.push(`${path.relative(dir, full)}:${await readFile(full, 'utf8')}`);
    }
  };
  await walk(dir);
  return files.sort().join('\n');
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'cli-'));
  study = path.join(tmp, 'Sample.study');
  expect((await cli('sample', study)).code).toBe(0);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

interface ListOutput {
  articles: { id: string; outlet: string; title: string; chars: number; blocks: number; boilerplateBlocks: number }[];
  annotators: { name: string }[];
  counts: { articles: number };
}

describe('cli', () => {
  it('lists the sample study with boilerplate counts', async () => {
    const list = await json<ListOutput>('list', study);
    expect(list.counts.articles).toBe(5);
    const dupree = list.articles.find((a) => a.outlet === 'The Dupree Report')!;
    expect(dupree.boilerplateBlocks).toBeGreaterThanOrEqual(5);
    const human = await cli('list', study);
    expect(human.out).toContain('The Levant Files');
  });

  it('shows blocks with offsets and flags', async () => {
    const list = await json<ListOutput>('list', study);
    const levant = list.articles.find((a) => a.outlet === 'The Levant Files')!;
    const shown = await json<{ blocks: { start: number; end: number; text: string; boilerplate: string | null }[] }>('show', study, levant.id);
    const credit = shown.blocks.find((b) => b.text === 'Photo: Turkish Presidency');
    expect(credit?.boilerplate).toBe('photo-credit');
  });

  it('annotates by quote and the printed offsets slice back to the quote', async () => {
    const list = await json<ListOutput>('list', study);
    const levant = list.articles.find((a) => a.outlet === 'The Levant Files')!;
    const a = await json<{ id: string; start: number; end: number; quote: { exact: string } }>(
      'annotate', study, '--article', levant.id, '--quote', 'Biden administration', '--category', 'claim', '--label', 'factual', '--annotator', 'Bob', '--note', 'Everyone else says Trump',
    );
    const shown = await json<{ blocks: { start: number; end: number; text: string }[] }>('show', study, levant.id);
    const text = shown.blocks.map((b) => b.text).join('\n\n');
    expect(text.slice(a.start, a.end)).toBe('Biden administration');
    const listed = await json<{ id: string }[]>('annotations', study, '--annotator', 'Bob');
    expect(listed.map((x) => x.id)).toContain(a.id);
    const other = await json<{ id: string }[]>('annotations', study, '--article', list.articles[0]!.id);
    expect(other.map((x) => x.id)).not.toContain(a.id);
  });

  it.each([
    [['annotate', '<study>', '--article', '<okaz>', '--quote', 'nowhere to be found', '--category', 'claim', '--annotator', 'Bob'], /Quote not found/],
    [['annotate', '<study>', '--article', 'art-unknown', '--quote', 'Israel', '--category', 'claim', '--annotator', 'Bob'], /Unknown article id art-unknown/],
    [['annotate', '<study>', '--article', '<okaz>', '--quote', 'Israel', '--category', 'opinion', '--annotator', 'Bob'], /--category must be one of claim, framing, attribution/],
    [['annotate', '<study>', '--article', '<okaz>', '--quote', 'Israel', '--category', 'claim', '--annotator', '  '], /annotator name must not be empty/],
    [['annotate', '<study>', '--article', '<okaz>', '--quote', '   ', '--category', 'claim', '--annotator', 'Bob'], /empty or only whitespace/],
    [['annotate', '<study>', '--article', '<okaz>', '--quote', 'Israel', '--occurrence', '0', '--category', 'claim', '--annotator', 'Bob'], /--occurrence must be a whole number/],
    [['annotate', '<study>', '--article', '<okaz>', '--quote', 'Israel', '--category', 'claim'], /--annotator is required/],
    [['annotate', '<study>', '--bogus', 'x'], /Unknown option '--bogus'/],
    [['show', '<study>', 'art-missing'], /Unknown article id art-missing/],
    [['list', '<tmp>/not-a-study'], /not a study folder|no project\.json/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('exits 2 with one line and writes nothing: %j', async (argv, message) => {
    const list = await json<ListOutput>('list', study);
    const okaz = list.articles.find((a) => a.outlet === 'Okaz')!;
    const before = await snapshot(study);
    const args = argv.map((a) => a.replace('<study>', study).replace('<okaz>', okaz.id).replace('<tmp>', tmp));
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).toMatch(message);
    expect(await snapshot(study)).toBe(before);
  });

  it('refuses empty, binary and oversized files, and imports nothing when one file is bad', async () => {
    const empty = path.join(tmp, 'empty.txt');
    const binary = path.join(tmp, 'image.txt');
    const huge = path.join(tmp, 'huge.txt');
    const good = path.join(tmp, 'good.md');
    await writeFile(empty, '   \n');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe, 0, 1, 2, 3]));
    await writeFile(huge, 'word '.repeat(4 * 1024 * 1024));
    await writeFile(good, '# A fine article\n\nIt has one paragraph about the ceasefire talks in Cairo.\n');
    const before = await snapshot(study);
    for (const [file, message] of [
      [empty, /empty/],
      [binary, /binary/],
      [huge, /20\.0 MB; the import limit is 5 MB/],
    ] as const) {
      const result = await cli('import', study, good, file);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(message);
    }
    expect(await snapshot(study)).toBe(before);
    const imported = await json<{ title: string; outletName: string }[]>('import', study, good, '--outlet', 'Example Wire');
    expect(imported[0]).toMatchObject({ title: 'A fine article', outletName: 'Example Wire' });
  });

  it('runs as `npm run cli` with exit code 2 and a one-line message on bad input', () => {
    const root = projectRoot();
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    expect(existsSync(tsx)).toBe(true);
    const result = spawnSync(tsx, ['electron/cli.ts', 'show', study, 'art-nope'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('error: Unknown article id art-nope');
  });

  it('links, compares, suggests, aligns and counts terms', async () => {
    const list = await json<ListOutput>('list', study);
    const id = (outlet: string) => list.articles.find((a) => a.outlet === outlet)!.id;
    const ann = (article: string, quote: string) =>
      json<{ id: string }>('annotate', study, '--article', id(article), '--quote', quote, '--category', 'framing', '--annotator', 'Carol');
    const a = await ann('Pakistan News Network', 'the Zionist regime');
    const b = await ann('Okaz', 'Tel Aviv');
    const c = await ann('Okaz', 'Washington');
    const before = await snapshot(study);
    const refused = await cli('link', study, b.id, c.id);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/at least two articles/);
    expect((await cli('link', study, a.id, 'an-ghost')).err).toMatch(/Unknown annotation id an-ghost/);
    expect((await cli('link', study, a.id)).code).toBe(2);
    expect((await cli('link', study, a.id, b.id, '--kind', 'similar')).err).toMatch(/--kind must be one of/);
    expect(await snapshot(study)).toBe(before);
    const link = await json<{ id: string; annotator: string }>('link', study, a.id, b.id, '--kind', 'same-referent', '--label', 'Israel');
    expect(link.annotator).toBe('Carol');
    const compared = await json<{ members: { outletName: string }[]; wording: unknown }>('compare', study, link.id);
    expect(compared.members.map((m) => m.outletName)).toEqual(['Pakistan News Network', 'Okaz']);
    const terms = await json<{ rows: { term: string; total: number }[] }>('terms', study, link.id);
    expect(terms.rows.find((r) => r.term === 'the Zionist regime')!.total).toBeGreaterThanOrEqual(5);
    const suggestions = await json<{ articleId: string; start: number; end: number; text: string; score: number }[]>(
      'suggest', study, '--article', id('Okaz'), '--quote', 'more than 100 fighters remain trapped in underground tunnels', '--top', '1',
    );
    expect(suggestions.find((s) => s.articleId === id('Parapolitika'))?.text).toMatch(/approximately 200 fighters/);
    expect(suggestions.every((s) => s.articleId !== id('Okaz') && s.score > 0)).toBe(true);
    const pairs = await json<{ a: { articleId: string }; b: { articleId: string }; score: number }[]>('align', study, '--limit', '10');
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.every((p) => p.a.articleId !== p.b.articleId)).toBe(true);
    expect((await cli('align', study, '--min-score', '2')).err).toMatch(/--min-score must be a number from 0 to 1/);
  });
});
