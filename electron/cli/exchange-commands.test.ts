import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation, Link } from '../../shared/model';
import { seedsDir } from '../repo-paths';
import { StudyService } from '../service/service';
import { goldenStudy } from '../service/testing/golden-study';
import { runCli } from './run';

let tmp: string;
let golden: string;
let originals: { annotations: Annotation[]; links: Link[] };

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const json = async (...argv: string[]) => {
  const r = await cli(...argv, '--json');
  expect(r.err).toBe('');
  return JSON.parse(r.out);
};

beforeAll(async () => {
  const made = await goldenStudy();
  tmp = made.tmp;
  golden = made.dir;
  originals = { annotations: await made.service.listAnnotations({}), links: await made.service.listLinks({}) };
  await made.service.close();
  for (const format of ['w3c', 'qdpx']) expect((await cli('export', golden, '--format', format, '--out', path.join(tmp, `golden.${format}`))).code).toBe(0);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const essentials = (a: Annotation) => [a.id, a.annotator, a.category, a.label ?? '', a.position.start, a.position.end, a.quote.exact, a.note];

describe('cli import-annotations', () => {
  it('imports a W3C export into a fresh copy of the sample study: the same annotations and links', async () => {
    const fresh = path.join(tmp, 'w3c.study');
    expect((await cli('sample', fresh)).code).toBe(0);
    const result = await json('import-annotations', fresh, path.join(tmp, 'golden.w3c'));
    expect(result).toMatchObject({ format: 'w3c', unplaced: [], anchoredBy: { position: 12 } });
    const imported = (await json('annotations', fresh)) as Annotation[];
    expect(imported.map(essentials).sort()).toEqual(originals.annotations.map(essentials).sort());
    expect(imported.map((a) => a.articleId).sort()).toEqual(originals.annotations.map((a) => a.articleId).sort());
    const service = new StudyService({ seedsDir: seedsDir() });
    await service.openStudy({ dir: fresh });
    const links = await service.listLinks({});
    await service.close();
    const strip = (l: Link) => ({ ...l });
    expect(links.map(strip).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(originals.links.map(strip).sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it('imports a .qdpx into an empty study: its texts become articles and its codings tag sets', async () => {
    const fresh = path.join(tmp, 'qdpx.study');
    expect((await cli('init', fresh)).code).toBe(0);
    const result = await json('import-annotations', fresh, path.join(tmp, 'golden.qdpx'));
    expect(result.articles).toHaveLength(5);
    expect(result.articles.every((a: { created: boolean }) => a.created)).toBe(true);
    expect(result.tagSets).toEqual([
      { annotator: 'Alice', annotations: 11, links: 3 },
      { annotator: 'Bob', annotations: 1, links: 0 },
    ]);
    expect(result.unplaced).toEqual([]);
    const list = await json('list', fresh);
    expect(list.articles.map((a: { outlet: string }) => a.outlet).sort()).toEqual(['Okaz', 'Pakistan News Network', 'Parapolitika', 'The Dupree Report', 'The Levant Files']);
    const imported = (await json('annotations', fresh)) as Annotation[];
    expect(imported.map((a) => [a.annotator, a.category, a.label ?? '', a.quote.exact]).sort()).toEqual(
      originals.annotations.map((a) => [a.annotator, a.category, a.label ?? '', a.quote.exact]).sort(),
    );
  });

  it('imports a Hypothesis export and lists what it could not place', async () => {
    const fresh = path.join(tmp, 'hyp.study');
    expect((await cli('sample', fresh)).code).toBe(0);
    const fixture = new URL('../../shared/exchange/fixtures/hypothesis-search.json', import.meta.url).pathname;
    const human = await cli('import-annotations', fresh, fixture);
    expect(human.code).toBe(0);
    expect(human.out).toMatch(/^Imported \d+ annotations? and 0 links from a hypothesis file/);
    expect(human.out).toContain('Not placed');
    expect(human.out).toContain('Zb4pW0S1Ee-hV0ABC123ee');
    expect(human.out).toContain('page note');
  });

  it('gives re-imported annotations new ids when --annotator puts them beside the originals, keeping links joined', async () => {
    const copy = path.join(tmp, 'copy.study');
    expect((await cli('sample', copy)).code).toBe(0);
    await json('import-annotations', copy, path.join(tmp, 'golden.w3c'));
    const result = await json('import-annotations', copy, path.join(tmp, 'golden.w3c'), '--annotator', 'Carol');
    expect(result.tagSets).toEqual([{ annotator: 'Carol', annotations: 12, links: 3 }]);
    const service = new StudyService({ seedsDir: seedsDir() });
    await service.openStudy({ dir: copy });
    const carol = await service.listAnnotations({ annotator: 'Carol' });
    const carolLinks = await service.listLinks({ annotator: 'Carol' });
    await service.close();
    const alice = new Set(originals.annotations.map((a) => a.id));
    expect(carol.filter((a) => alice.has(a.id))).toEqual([]);
    const carolIds = new Set(carol.map((a) => a.id));
    expect(carolLinks.flatMap((l) => l.members).every((m) => carolIds.has(m))).toBe(true);
  });

  it('writes nothing on a dry run', async () => {
    const fresh = path.join(tmp, 'dry.study');
    expect((await cli('sample', fresh)).code).toBe(0);
    const result = await json('import-annotations', fresh, path.join(tmp, 'golden.w3c'), '--dry-run');
    expect(result.dryRun).toBe(true);
    expect(result.tagSets[0].annotations).toBeGreaterThan(0);
    expect(await json('annotations', fresh)).toEqual([]);
  });

  it('refuses bad files with exit code 2, one line, and nothing written', async () => {
    const fresh = path.join(tmp, 'bad.study');
    expect((await cli('sample', fresh)).code).toBe(0);
    const qde = '<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="x"/>';
    const files: [string, string | Uint8Array, RegExp][] = [
      ['broken.jsonld', '{"@context": ', /^error: broken\.jsonld is not valid JSON/],
      ['schema.jsonld', '{"@context": "http://schema.org", "type": "Thing"}', /^error: Unknown JSON-LD context/],
      ['climb.qdpx', zipSync({ 'project.qde': strToU8(qde), '../outside.txt': strToU8('x') }), /^error: The \.qdpx archive has an entry that climbs out of it/],
      ['laughs.qdpx', zipSync({ 'project.qde': strToU8(`<!DOCTYPE Project [<!ENTITY a "ha">]>${qde}`) }), /^error: project\.qde declares a DTD or entities/],
      ['notzip.qdpx', 'plain text', /^error: Not a \.qdpx file/],
    ];
    for (const [name, content, message] of files) {
      const file = path.join(tmp, name);
      await writeFile(file, content);
      const result = await cli('import-annotations', fresh, file);
      expect(result.code, name).toBe(2);
      expect(result.err, name).toMatch(message);
      expect(result.err.split('\n')).toHaveLength(1);
    }
    expect((await cli('import-annotations', fresh, path.join(tmp, 'missing.json'))).err).toMatch(/^error: Cannot read .*missing\.json: no such file$/);
    expect(await readdir(path.join(fresh, 'tagsets')).catch(() => [])).toEqual([]);
    expect((await readdir(path.join(fresh, 'articles'))).length).toBe(5);
  });

  it('export --format qdpx without --out is refused: the zip is binary', async () => {
    const result = await cli('export', golden, '--format', 'qdpx');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/binary zip: give --out/);
    expect((await readFile(path.join(tmp, 'golden.qdpx'))).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
