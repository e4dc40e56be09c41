import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { presetCodebook } from '../model';
import { fixtureInput } from '../export/testing/fixture';
import { planImport } from './plan';
import { unpackQdpx } from './qdpx-archive';
import { refiQdaProject } from './qdpx-export';
import { readQdpx } from './qdpx-import';

const XSD = new URL('./refi-qda/Project.xsd', import.meta.url).pathname;
const FIXTURE = new URL('./fixtures/other-tool/', import.meta.url).pathname;
const SOURCE = 'Sources/7D3E1C55-0B8E-4A0B-9D8B-6E1B1A2C3D4E.txt';

/** Validates XML against the QDA-XML 1.0 schema with libxml2's xmllint; returns its complaint, or '' when valid. */
function xsdErrors(xml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'qde-'));
  const file = path.join(dir, 'project.qde');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', XSD, file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('xmllint is not installed: apt-get install -y libxml2-utils');
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

/** The hand-made "other tool" project (fixtures/other-tool, from the published QDA-XML 1.0 standard), zipped as a .qdpx. */
function otherToolQdpx(qde = readFileSync(path.join(FIXTURE, 'project.qde'), 'utf8')): Uint8Array {
  return zipSync({ 'project.qde': strToU8(qde), [SOURCE]: readFileSync(path.join(FIXTURE, SOURCE)) });
}

describe('refiQdaProject', () => {
  it('writes a project.qde that validates against the QDA-XML 1.0 schema', () => {
    const { projectXml } = refiQdaProject(fixtureInput());
    expect(xsdErrors(projectXml)).toBe('');
    expect(projectXml).toContain('<PlainTextSelection');
    expect(projectXml).toContain('<Link ');
  });

  it('the schema check can fail: a selection without positions is refused', () => {
    const { projectXml } = refiQdaProject(fixtureInput());
    expect(xsdErrors(projectXml.replace(/ startPosition="\d+"/, ''))).toMatch(/startPosition/);
  });

  it('zips project.qde with one text file per article, the same bytes every time', () => {
    const a = refiQdaProject(fixtureInput());
    const files = unzipSync(a.zip);
    expect(Object.keys(files)[0]).toBe('project.qde');
    expect(Object.keys(files).filter((n) => n.startsWith('Sources/'))).toHaveLength(2);
    expect(refiQdaProject(fixtureInput()).zip).toEqual(a.zip);
  });

  it('round-trips: its own export reads back as the same spans, categories, labels and link', () => {
    const read = readQdpx(refiQdaProject(fixtureInput()).zip);
    expect(read.texts).toHaveLength(2);
    // Without the codebook a label name becomes a new label; with it, the existing id is reused.
    const withCodebook = readQdpx(refiQdaProject(fixtureInput()).zip, presetCodebook());
    expect(withCodebook.newLabels).toEqual([]);
    expect(withCodebook.annotations.find((a) => a.category === 'attribution')?.label).toBe('media-report');
    const byQuote = new Map(read.annotations.map((a) => [a.quote.exact, a]));
    expect(byQuote.get('approximately 200 fighters in tunnels beneath Rafah')).toMatchObject({ category: 'claim', label: 'numeric', annotator: 'Alice' });
    expect(read.links).toHaveLength(1);
    expect(read.links[0]!.targets).toHaveLength(2);
  });
});

describe('readQdpx from another tool', () => {
  const read = readQdpx(otherToolQdpx());
  const text = read.texts[0]!.text;

  it('turns text sources into texts and codings into annotations per coder', () => {
    expect(read.texts.map((t) => t.title)).toEqual(['Doha wire story']);
    expect(read.annotations.map((a) => [a.annotator, text.slice(a.position!.start, a.position!.end), a.category, a.label])).toEqual([
      ['Maria Keller', '24 hostages released on Sun', 'claim', 'numeric'],
      ['Tom Reyes', '24 hostages released on Sun', 'framing', 'economy-jobs-wages'],
      ['Maria Keller', 'Mediators in Doha said', 'attribution', undefined],
      ['Maria Keller', 'more to come', 'framing', 'economy'],
    ]);
    expect(read.annotations[0]!.note).toBe('Other outlets say 23 <check>.');
    expect(read.newLabels).toEqual(
      expect.arrayContaining([{ category: 'framing', id: 'economy-jobs-wages', name: 'Economy / Jobs & wages' }, { category: 'framing', id: 'economy', name: 'Economy' }]),
    );
    expect(read.links).toEqual([expect.objectContaining({ label: 'Count and source', annotator: 'Maria Keller', targets: expect.any(Array) })]);
  });

  it('places the codings in the imported article (positions are code points; curly quotes count once)', () => {
    const codebook = presetCodebook();
    codebook.framing.push(...read.newLabels.map((l) => ({ id: l.id, name: l.name })));
    const plan = planImport({ file: read, articles: [{ id: 'art-doha', text, sources: ['qdpx:7D3E1C55-0B8E-4A0B-9D8B-6E1B1A2C3D4E'] }], codebook, now: '2026-12-01T00:00:00.000Z' });
    expect(plan.unplaced.filter((u) => u.kind === 'annotation')).toEqual([]);
    expect(plan.tagSets.map((t) => [t.annotator, t.annotations.length])).toEqual([['Maria Keller', 3], ['Tom Reyes', 1]]);
    // The link joins two spans of one article, which a link cannot: reported, not dropped.
    expect(plan.unplaced).toEqual([expect.objectContaining({ kind: 'link', reason: expect.stringMatching(/different articles/) })]);
  });
});

describe('hostile .qdpx files', () => {
  const qde = readFileSync(path.join(FIXTURE, 'project.qde'), 'utf8');

  it('refuses billion laughs and external entities before parsing', () => {
    const laughs = qde.replace('<Project', '<!DOCTYPE Project [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<Project').replace('Count check', '&b;');
    expect(() => readQdpx(otherToolQdpx(laughs))).toThrow(/DTD or entities/);
    const external = qde.replace('<Project', '<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Project');
    expect(() => readQdpx(otherToolQdpx(external))).toThrow(/DTD or entities/);
  });

  it('refuses zip entries that climb out of the archive', () => {
    const zip = zipSync({ 'project.qde': strToU8(qde), '../../evil.txt': strToU8('x') });
    expect(() => readQdpx(zip)).toThrow(/climbs out of it \("\.\.\/\.\.\/evil\.txt"\)/);
    expect(() => readQdpx(zipSync({ '/etc/cron.d/x': strToU8('x') }))).toThrow(/climbs out/);
  });

  it('refuses an archive that unpacks past the size cap (zip bomb) and one that is not a zip', () => {
    const bomb = zipSync({ 'project.qde': new Uint8Array(5_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    expect(() => unpackQdpx(bomb, { archiveBytes: 1e6, unpackedBytes: 1e6, entries: 10 })).toThrow(/zip bomb/);
    expect(() => readQdpx(strToU8('{"rows": []}'))).toThrow(/not a zip archive/);
  });

  it('refuses malformed XML and a missing project.qde with one-line messages', () => {
    expect(() => readQdpx(otherToolQdpx(qde.replace('</Sources>', '')))).toThrow(/not well-formed XML/);
    expect(() => readQdpx(zipSync({ 'other.xml': strToU8('<a/>') }))).toThrow(/no project.qde/);
  });
});
