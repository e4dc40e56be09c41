import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run';

let tmp: string;
let mine: string;
let theirs: string;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'cli-teammates-'));
  mine = path.join(tmp, 'Mine.study');
  theirs = path.join(tmp, 'Theirs.study');
  expect((await cli('sample', mine)).code).toBe(0);
  expect((await cli('sample', theirs)).code).toBe(0);
  const list = JSON.parse((await cli('list', theirs, '--json')).out) as { articles: { id: string }[] };
  for (const annotator of ['Bob', 'Carol']) {
    const r = await cli('annotate', theirs, '--article', list.articles[0]!.id, '--quote', 'Rafah', '--category', 'claim', '--annotator', annotator);
    expect(r.code).toBe(0);
  }
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('cli teammates', () => {
  it('adds every tag set of a study folder and lists them; --json gives the rows', async () => {
    const add = await cli('teammates', mine, 'add', theirs, '--annotator', 'Alice');
    expect(add.code).toBe(0);
    expect(add.out).toMatch(/Bob\s+added\s+1/);
    expect(add.out).toMatch(/Carol\s+added\s+1/);
    const again = await cli('teammates', mine, 'add', theirs, '--json');
    expect(JSON.parse(again.out).map((r: { status: string }) => r.status)).toEqual(['unchanged', 'unchanged']);
    const list = JSON.parse((await cli('teammates', mine, 'list', '--json')).out) as { annotator: string; annotations: number }[];
    expect(list.map((r) => [r.annotator, r.annotations])).toEqual([
      ['Bob', 1],
      ['Carol', 1],
    ]);
    expect((await cli('teammates', mine, 'list')).out).toMatch(/^annotator\s+kind/);
  });

  it('exits 2 with one line on bad input, writing nothing', async () => {
    const before = await readdir(path.join(mine, 'tagsets'));
    const bad = path.join(tmp, 'bad.json');
    await writeFile(bad, '{"schemaVersion": 1, "annotator": "Eve"}');
    const r = await cli('teammates', mine, 'add', bad);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/bad\.json: not a tag set: annotations/);
    const own = await cli('teammates', mine, 'add', path.join(theirs, 'tagsets', (await readdir(path.join(theirs, 'tagsets')))[0]!), '--annotator', 'Bob');
    expect(own.code).toBe(2);
    expect(own.err).toMatch(/is your own annotator name \(Bob\)/);
    expect((await cli('teammates', mine, 'merge', bad)).err).toMatch(/unknown action "merge"/);
    expect((await cli('teammates', mine, 'add')).code).toBe(2);
    expect((await cli('teammates', mine)).code).toBe(2);
    expect(await readdir(path.join(mine, 'tagsets'))).toEqual(before);
  });
});
