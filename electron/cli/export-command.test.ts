import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run';

let tmp: string;
let study: string;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'cli-export-'));
  study = path.join(tmp, 'Sample.study');
  expect((await cli('sample', study)).code).toBe(0);
  const list = JSON.parse((await cli('list', study, '--json')).out) as { articles: { id: string; outlet: string }[] };
  const okaz = list.articles.find((a) => a.outlet === 'Okaz')!.id;
  const para = list.articles.find((a) => a.outlet === 'Parapolitika')!.id;
  const annotate = async (article: string, quote: string, annotator: string) =>
    (JSON.parse((await cli('annotate', study, '--article', article, '--quote', quote, '--category', 'claim', '--annotator', annotator, '--json')).out) as { id: string }).id;
  const a = await annotate(okaz, 'more than 100 fighters remain trapped in underground tunnels', 'Alice');
  const b = await annotate(para, 'There are approximately 200 fighters in tunnels beneath Rafah', 'Alice');
  await annotate(para, 'Netanyahu', 'Bob');
  expect((await cli('link', study, a, b, '--label', 'Fighters in the Rafah tunnels')).code).toBe(0);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('cli export', () => {
  it('writes the report to a file and says where; --json gives name, size and path', async () => {
    const out = path.join(tmp, 'report.html');
    const human = await cli('export', study, '--format', 'html', '--out', out);
    expect(human.err).toBe('');
    expect(human.code).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(human.out).toBe(`Saved ${out} (${Buffer.byteLength(html)} bytes)`);
    expect(html).toContain('<h3>Fighters in the Rafah tunnels</h3>');

    const result = await cli('export', study, '--format', 'json', '--out', tmp, '--json');
    expect(result.code).toBe(0);
    const info = JSON.parse(result.out) as { fileName: string; bytes: number; path: string };
    expect(info.fileName).toMatch(/^gaza-ceasefire-phase-two-five-outlets-\d{4}-\d{2}-\d{2}\.json$/);
    expect(info.path).toBe(path.join(tmp, info.fileName));
    const written = await readFile(info.path);
    expect(written.length).toBe(info.bytes);
    expect(JSON.parse(written.toString('utf8')).links).toHaveLength(1);
    // Atomic write: no temp file is left beside it.
    expect((await readdir(tmp)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('prints the file to stdout, byte for byte, when there is no --out', async () => {
    const result = await cli('export', study, '--format', 'csv', '--annotator', 'Bob');
    expect(result.code).toBe(0);
    const printed = `${result.out}\n`;
    expect(printed.startsWith('\uFEFFAnnotation ID,')).toBe(true);
    expect(printed.endsWith('\r\n')).toBe(true);
    expect(printed.trimEnd().split('\r\n')).toHaveLength(2);
    expect(printed).toContain(',Netanyahu,');
    const file = path.join(tmp, 'bob.csv');
    await cli('export', study, '--format', 'csv', '--annotator', 'Bob', '--out', file);
    expect(await readFile(file, 'utf8')).toBe(printed);
  });

  it('refuses bad input with exit code 2 and one line', async () => {
    const cases: [string[], RegExp][] = [
      [['export', study], /^error: --format is required: csv, links-csv, json, html, md, w3c, qdpx$/],
      [['export', study, '--format', 'pdf'], /^error: --format must be one of csv, links-csv, json, html, md, w3c, qdpx; got "pdf"$/],
      [['export', study, '--format', 'csv', '--annotator', 'Carol'], /^error: Carol has no tag set in this study \(annotators: Alice, Bob\)$/],
      [['export', study, '--format', 'csv', '--out', path.join(tmp, 'missing', 'x.csv')], /^error: Cannot write .*: the folder .*missing does not exist$/],
      [['export', study, '--format', 'csv', '--colour'], /^error: Unknown option '--colour'/],
    ];
    for (const [argv, message] of cases) {
      const result = await cli(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err).toMatch(message);
      expect(result.err.split('\n')).toHaveLength(1);
      expect(result.out).toBe('');
    }
    expect(existsSync(path.join(tmp, 'missing'))).toBe(false);
  });
});
