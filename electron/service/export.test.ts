import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../shared/api';
import { StudyError } from '../../shared/errors';
import { seedsDir } from '../repo-paths';
import { dispatch } from './dispatch';
import { StudyService } from './service';

let dir: string;
let service: StudyService;
let byOutlet: Record<string, ArticleSummary>;
let linkId: string;
const NOW = new Date(2026, 10, 22, 14, 30);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'export-'));
  service = new StudyService({ seedsDir: seedsDir(), now: () => NOW });
  await service.createSampleStudy({ dir: path.join(dir, 'Sample.study') });
  byOutlet = Object.fromEntries((await service.listArticles()).map((a) => [a.outletName, a]));
  await service.setAnnotator({ name: 'Alice' });
  const a = await service.annotate({ articleId: byOutlet['Okaz']!.id, quote: 'more than 100 fighters remain trapped in underground tunnels', category: 'claim', label: 'numeric', note: '<script>alert(1)</script>' });
  const b = await service.annotate({ articleId: byOutlet['Parapolitika']!.id, quote: 'There are approximately 200 fighters in tunnels beneath Rafah', category: 'claim' });
  linkId = (await service.link({ annotationIds: [a.id, b.id], label: 'Fighters in the Rafah tunnels' })).id;
  await service.setAnnotator({ name: 'Bob' });
  await service.annotate({ articleId: byOutlet['The Levant Files']!.id, quote: 'Biden administration', category: 'claim', note: '=1+1' });
});

afterAll(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

describe('exportStudy', () => {
  it('exports every annotator as CSV with a BOM, named after the study and the local day', async () => {
    const file = await service.exportStudy({ format: 'csv' });
    expect(file.fileName).toBe('gaza-ceasefire-phase-two-five-outlets-2026-11-22.csv');
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    expect(file.content.startsWith('\uFEFFAnnotation ID,')).toBe(true);
    const lines = file.content.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(file.content).toContain('more than 100 fighters remain trapped in underground tunnels');
    expect(file.content).toContain(",'=1+1,");
    expect(file.content).toContain(linkId);
  });

  it('narrows to one annotator, and refuses one without a tag set', async () => {
    const bob = await service.exportStudy({ format: 'csv', annotator: 'Bob' });
    expect(bob.content.trimEnd().split('\r\n')).toHaveLength(2);
    expect(bob.content).toContain('Biden administration');
    const error = await service.exportStudy({ format: 'csv', annotator: 'Carol' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StudyError);
    expect((error as StudyError).message).toBe('Carol has no tag set in this study (annotators: Alice, Bob)');
  });

  it('exports the current annotator before their first annotation as an empty tag set', async () => {
    await service.setAnnotator({ name: 'Dana' });
    try {
      const report = await service.exportStudy({ format: 'html', annotator: 'Dana' });
      expect(report.content).toContain('<dt>Annotator</dt><dd>Dana</dd>');
      expect(report.content).toContain('No linked facts yet.');
      const csv = await service.exportStudy({ format: 'csv', annotator: 'Dana' });
      expect(csv.content.trimEnd().split('\r\n')).toHaveLength(1);
    } finally {
      await service.setAnnotator({ name: 'Bob' });
    }
  });

  it('writes the JSON bundle with articles, annotations and each link compared', async () => {
    const file = await service.exportStudy({ format: 'json' });
    expect(file.fileName.endsWith('.json')).toBe(true);
    const bundle = JSON.parse(file.content) as {
      exportedAt: string;
      annotators: string[];
      articles: { id: string; text: string }[];
      annotations: unknown[];
      links: { id: string; comparison: { conflicts: { kind: string }[] } }[];
    };
    expect(bundle.exportedAt).toBe(NOW.toISOString());
    expect(bundle.annotators).toEqual(['Alice', 'Bob']);
    expect(bundle.articles).toHaveLength(5);
    expect(bundle.annotations).toHaveLength(3);
    expect(bundle.links[0]!.comparison.conflicts.map((c) => c.kind)).toContain('quantity');
  });

  it('writes the HTML report with the link, its conflict and the escaped note', async () => {
    const file = await service.exportStudy({ format: 'html', annotator: 'Alice' });
    expect(file.mimeType).toBe('text/html;charset=utf-8');
    expect(file.content).toContain('<h3>Fighters in the Rafah tunnels</h3>');
    // "more than 100" allows "approximately 200": the figures differ without contradicting each other.
    expect(file.content).toMatch(/Figures differ/);
    expect(file.content).toContain('Note: &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(file.content).not.toContain('<script>');
  });

  it('exports only the chosen links and their members, and names unknown ones', async () => {
    const file = await service.exportStudy({ format: 'csv', linkIds: [linkId] });
    expect(file.content.trimEnd().split('\r\n')).toHaveLength(3);
    expect(file.content).not.toContain('Biden administration');
    await expect(service.exportStudy({ format: 'csv', linkIds: ['ln-nope'] })).rejects.toThrow('Unknown link id ln-nope');
  });

  it('is checked against the contract like every call, and writes nothing to the study', async () => {
    const before = await readdir(path.join(dir, 'Sample.study'), { recursive: true });
    const bad = await dispatch(service, 'exportStudy', { format: 'pdf' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.code).toBe('bad-input');
    const good = await dispatch(service, 'exportStudy', { format: 'html' });
    expect(good.ok).toBe(true);
    expect((await readdir(path.join(dir, 'Sample.study'), { recursive: true })).sort()).toEqual(before.sort());
  });
});
