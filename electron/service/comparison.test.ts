import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../shared/api';
import { seedsDir } from '../repo-paths';
import { StudyService } from './service';

let dir: string;
let service: StudyService;
let byOutlet: Record<string, ArticleSummary>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'compare-'));
  service = new StudyService({ seedsDir: seedsDir() });
  await service.createSampleStudy({ dir: path.join(dir, 'Sample.study') });
  await service.setAnnotator({ name: 'Alice' });
  byOutlet = Object.fromEntries((await service.listArticles()).map((a) => [a.outletName, a]));
});

afterAll(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

const id = (outlet: string) => byOutlet[outlet]!.id;

describe('comparing linked spans on the sample study', () => {
  it('flags the fighter counts that disagree', async () => {
    const a = await service.annotate({ articleId: id('Okaz'), quote: 'more than 100 fighters remain trapped in underground tunnels', category: 'claim' });
    const b = await service.annotate({ articleId: id('Parapolitika'), quote: 'There are approximately 200 fighters in tunnels beneath Rafah', category: 'claim' });
    const c = await service.annotate({ articleId: id('The Levant Files'), quote: 'dozens of militants barricaded in tunnels', category: 'claim' });
    const link = await service.link({ annotationIds: [a.id, b.id, c.id], label: 'Fighters in the Rafah tunnels' });
    const { comparison } = await service.compareLink({ linkId: link.id });
    const quantity = comparison.conflicts.find((x) => x.kind === 'quantity');
    expect(quantity?.message).toMatch(/more than 100/);
    expect(quantity?.message).toMatch(/approximately 200/);
    expect(comparison.members.map((m) => m.outletName)).toEqual(['Okaz', 'Parapolitika', 'The Levant Files']);
    expect(comparison.wording.diffs).toHaveLength(3);
  });

  it('flags Biden administration against the Trump administration', async () => {
    const a = await service.annotate({ articleId: id('The Levant Files'), quote: 'the Biden administration is pressing Israel to advance to the next stage of the deal', category: 'claim' });
    const b = await service.annotate({ articleId: id('Parapolitika'), quote: 'the ceasefire plan promoted by the Trump administration', category: 'claim' });
    const link = await service.link({ annotationIds: [a.id, b.id] });
    const { comparison } = await service.compareLink({ linkId: link.id });
    const actor = comparison.conflicts.find((x) => x.kind === 'actor');
    expect(actor?.message).toMatch(/Biden administration/);
    expect(actor?.message).toMatch(/Trump administration/);
  });

  it('suggests the same fact in other outlets, never from the source article or boilerplate', async () => {
    const okaz = await service.getArticle({ articleId: id('Okaz') });
    const quote = 'U.S. envoy Steve Witkoff indicated more than a week ago that resolving this issue would be a test for future steps';
    const suggestions = await service.suggest({ articleId: okaz.id, quote, top: 2 });
    expect(suggestions.some((s) => s.articleId === okaz.id)).toBe(false);
    const para = suggestions.filter((s) => s.outletName === 'Parapolitika');
    expect(para[0]?.text).toMatch(/Witkoff described last week/);
    expect(para[0]!.shared.length).toBeGreaterThan(0);
    const dupree = await service.getArticle({ articleId: id('The Dupree Report') });
    const boiler = dupree.blocks.filter((b) => b.boilerplate);
    const all = await service.align({});
    for (const pair of all) {
      for (const side of [pair.a, pair.b]) {
        if (side.articleId !== dupree.id) continue;
        expect(boiler.some((b) => side.start < b.end && b.start < side.end)).toBe(false);
      }
    }
    expect(all.length).toBeGreaterThan(5);
  });

  it('counts referent variants and tags every occurrence of a loaded term', async () => {
    const a = await service.annotate({ articleId: id('Pakistan News Network'), quote: 'the Zionist regime', category: 'framing' });
    const b = await service.annotate({ articleId: id('Okaz'), quote: 'Tel Aviv', category: 'framing' });
    const link = await service.link({ annotationIds: [a.id, b.id], kind: 'same-referent', label: 'Israel (government)' });
    const table = await service.terms({ linkId: link.id });
    const zionist = table.rows.find((r) => r.term === 'the Zionist regime')!;
    const pnn = table.articles.findIndex((x) => x.id === id('Pakistan News Network'));
    expect(zionist.counts[pnn]).toBeGreaterThanOrEqual(5);
    expect(zionist.total).toBe(zionist.counts[pnn]);
    const tagged = await service.tagTerm({ term: 'Zionist regime', category: 'framing' });
    expect(tagged.created.length).toBeGreaterThanOrEqual(5);
    expect(tagged.created.every((x) => x.label === 'loaded-term' && x.quote.exact.toLowerCase() === 'zionist regime')).toBe(true);
    const again = await service.tagTerm({ term: 'Zionist regime', category: 'framing' });
    expect(again.created).toHaveLength(0);
    expect(again.skipped).toBe(tagged.created.length);
  });

  it('accepts a suggestion by annotating it and joining the source link', async () => {
    const source = await service.annotate({ articleId: id('Okaz'), quote: 'the Americans are unable to form a foreign force', category: 'claim' });
    const [best] = (await service.suggest({ articleId: id('Okaz'), start: source.position.start, end: source.position.end, top: 1 })).filter(
      (s) => s.outletName === 'The Levant Files',
    );
    expect(best).toBeDefined();
    const first = await service.acceptSuggestion({ sourceAnnotationId: source.id, articleId: best!.articleId, start: best!.start, end: best!.end });
    expect(first.link.members).toEqual([source.id, first.annotation.id]);
    const other = (await service.suggest({ articleId: id('Okaz'), start: source.position.start, end: source.position.end, top: 1 })).find(
      (s) => s.outletName === 'Parapolitika',
    )!;
    const second = await service.acceptSuggestion({ sourceAnnotationId: source.id, articleId: other.articleId, start: other.start, end: other.end });
    expect(second.link.id).toBe(first.link.id);
    expect(second.link.members).toHaveLength(3);
  });
});

describe('conflict summaries for every link', () => {
  it('summarises each link on load, with the worst severity, and reuses the cached summary until the link changes', async () => {
    const a = await service.annotate({ articleId: id('Okaz'), quote: 'more than 100 fighters', category: 'claim' });
    const b = await service.annotate({ articleId: id('Parapolitika'), quote: 'approximately 200 fighters', category: 'claim' });
    const differ = await service.link({ annotationIds: [a.id, b.id], label: 'Compatible counts' });
    const c = await service.annotate({ articleId: id('The Levant Files'), quote: 'the Biden administration', category: 'claim' });
    const d = await service.annotate({ articleId: id('Parapolitika'), quote: 'the Trump administration', category: 'claim' });
    const actors = await service.link({ annotationIds: [c.id, d.id], label: 'Administrations' });

    const first = await service.linkConflictSummaries({ annotator: 'Alice' });
    // Compatible figures and differing sources: a difference, not a contradiction.
    expect(first[differ.id]).toMatchObject({ kinds: ['quantity', 'attribution'], severity: 'different', version: differ.updatedAt });
    expect(first[differ.id]!.count).toBe(2);
    expect(first[actors.id]!.kinds).toContain('actor');
    expect(first[actors.id]!.severity).toBe('incompatible');
    // Every link of the tag set is there, not only those compared so far.
    const all = await service.listLinks({ annotator: 'Alice' });
    expect(Object.keys(first).sort()).toEqual(all.map((l) => l.id).sort());

    // Unchanged links come back as the very same cached objects.
    const again = await service.linkConflictSummaries({});
    expect(again[differ.id]).toBe(first[differ.id]);

    // Adding "dozens" makes the counts incompatible, and the summary follows the new version.
    const e = await service.annotate({ articleId: id('The Levant Files'), quote: 'dozens of militants', category: 'claim' });
    const grown = await service.updateLink({ linkId: differ.id, add: [e.id] });
    const after = await service.linkConflictSummaries({ annotator: 'Alice' });
    expect(after[differ.id]).toMatchObject({ severity: 'incompatible', version: grown.updatedAt });
  });
});
