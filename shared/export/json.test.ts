import { describe, expect, it } from 'vitest';
import { EXPORT_SCHEMA_VERSION, studyJson } from './json';
import { ANNOTATIONS, LINK, fixtureInput } from './testing/fixture';

interface Bundle {
  schemaVersion: number;
  format: string;
  description: string;
  exportedAt: string;
  annotators: string[];
  study: { name: string };
  outlets: { id: string; name: string; description: string | null; url: string | null }[];
  codebook: Record<string, { id: string; name: string }[]>;
  articles: { id: string; outletName: string; text: string; chars: number; url: string | null; blocks: unknown[]; doc?: unknown }[];
  annotations: { id: string; articleId: string; labelName: string | null; label: string | null; linkIds: string[]; position: { start: number; end: number }; quote: { exact: string } }[];
  links: { id: string; members: string[]; comparison: { conflicts: { kind: string; message: string }[]; members: unknown[] } | null }[];
}

describe('studyJson', () => {
  it('describes itself and carries the study, outlets, codebook, articles, annotations and links', () => {
    const bundle = JSON.parse(studyJson(fixtureInput())) as Bundle;
    expect(Object.keys(bundle)).toEqual([
      'schemaVersion', 'format', 'description', 'exportedAt', 'annotators', 'study', 'outlets', 'codebook', 'articles', 'annotations', 'links',
    ]);
    expect(bundle.schemaVersion).toBe(EXPORT_SCHEMA_VERSION);
    expect(bundle.format).toBe('outlet-compare/study-export');
    expect(bundle.description).toMatch(/offsets/);
    expect(bundle.annotators).toEqual(['Alice']);
    expect(bundle.outlets.map((o) => o.id)).toEqual(['okaz', 'parapolitika', 'absent']);
    expect(bundle.outlets[0]!.description).toBeNull();
    expect(bundle.codebook.framing!.at(-1)!.name).toBe('Loaded term');
    expect(bundle.articles.map((a) => a.outletName)).toEqual(['Okaz', 'Parapolitika']);
    expect(bundle.articles[0]!.doc).toBeUndefined();
    expect(bundle.articles[0]!.chars).toBe(bundle.articles[0]!.text.length);
    expect(bundle.annotations).toHaveLength(ANNOTATIONS.length);
    expect(bundle.links).toHaveLength(1);
  });

  it('keeps offsets that slice each article text back to the exact quote', () => {
    const bundle = JSON.parse(studyJson(fixtureInput())) as Bundle;
    const texts = new Map(bundle.articles.map((a) => [a.id, a.text]));
    for (const a of bundle.annotations) expect(texts.get(a.articleId)!.slice(a.position.start, a.position.end)).toBe(a.quote.exact);
    const okaz = bundle.annotations.find((a) => a.id === 'an-okaz')!;
    expect(okaz.labelName).toBe('Numeric');
    expect(okaz.linkIds).toEqual([LINK.id]);
    expect(bundle.annotations.find((a) => a.id === 'an-source')!.linkIds).toEqual([]);
  });

  it('attaches each link its comparison, with the figures conflict', () => {
    const bundle = JSON.parse(studyJson(fixtureInput())) as Bundle;
    const link = bundle.links[0]!;
    expect(link.members).toEqual(LINK.members);
    expect(link.comparison!.members).toHaveLength(2);
    expect(link.comparison!.conflicts.map((c) => c.kind)).toContain('quantity');
    expect(JSON.parse(studyJson(fixtureInput({ comparisons: {} }))).links[0].comparison).toBeNull();
  });

  it('is byte-identical for the same study, and the same whatever order tag sets and comparison keys come in', () => {
    const input = fixtureInput();
    const first = studyJson(input);
    expect(studyJson(fixtureInput())).toBe(first);
    const comparison = input.comparisons[LINK.id]!;
    const shuffled = Object.fromEntries(Object.entries(comparison).reverse()) as typeof comparison;
    const reordered = fixtureInput({
      tagSets: [{ ...input.tagSets[0]!, annotations: [...ANNOTATIONS].reverse() }],
      comparisons: { [LINK.id]: shuffled },
    });
    expect(studyJson(reordered)).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
  });
});
