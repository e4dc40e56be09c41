import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, LINK_KINDS, presetCodebook, type Annotation, type Link } from '../model';
import { quoteSelector } from '../text';
import { ARTICLES, fixtureInput } from '../export/testing/fixture';
import type { ExportInput, ExportTagSet } from '../export/types';
import { articleSources, planImport, type PlanArticle } from './plan';
import { sha256Hex } from './sha256';
import { webAnnotationJson, articleSourceIri } from './w3c-export';
import { readWebAnnotations } from './w3c-import';

const codebook = presetCodebook();
const freshStudy: PlanArticle[] = ARTICLES.map((a) => ({ id: a.id, text: a.text, sources: articleSources(a) }));
const NOW = '2026-12-01T00:00:00.000Z';

function roundTrip(input: ExportInput) {
  const file = readWebAnnotations(JSON.parse(webAnnotationJson(input)));
  return planImport({ file, articles: freshStudy, codebook, now: NOW });
}

describe('webAnnotationJson', () => {
  it('writes an AnnotationCollection with quote and position selectors, purposes and linking annotations', () => {
    const doc = JSON.parse(webAnnotationJson(fixtureInput()));
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(4);
    const items = doc.first.items;
    const para = items.find((i: { id: string }) => i.id.endsWith(':an-para'));
    // Parapolitika has an http URL; Okaz's is javascript:, so it is named by its content hash instead.
    expect(para.target.source).toBe('https://en.parapolitika.gr/?p=92262');
    expect(items.find((i: { id: string }) => i.id.endsWith(':an-okaz')).target.source).toBe(`urn:sha256:${sha256Hex(ARTICLES[1]!.text)}`);
    expect(para.target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(para.body.map((b: { purpose: string }) => b.purpose)).toEqual(['classifying', 'classifying', 'tagging', 'commenting']);
    expect(para.creator).toEqual({ id: 'urn:outlet-compare:annotator:Alice', type: 'Person', name: 'Alice' });
    const link = items.find((i: { motivation: string }) => i.motivation === 'linking');
    expect(link.target).toEqual(['urn:outlet-compare:annotation:an-okaz', 'urn:outlet-compare:annotation:an-para']);
  });

  it('refuses files that are not Web Annotations, with a message naming the problem', () => {
    expect(() => readWebAnnotations({ '@context': 'http://schema.org', type: 'Thing' })).toThrow(/Unknown JSON-LD context/);
    expect(() => readWebAnnotations({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Person' })).toThrow(/expected AnnotationCollection/);
    expect(() => readWebAnnotations([{ type: 'Annotation', target: 'https://x' }])).toThrow(/no target with a source and a TextQuoteSelector/);
  });

  it('re-anchors by quote when the offsets no longer fit, and reports what matches nothing', () => {
    const doc = JSON.parse(webAnnotationJson(fixtureInput()));
    const items = doc.first.items;
    items[0].target.selector[1] = { type: 'TextPositionSelector', start: 0, end: 5 };
    items[1].target.selector[0].exact = 'a sentence that is in no article at all';
    const plan = planImport({ file: readWebAnnotations(doc), articles: freshStudy, codebook, now: NOW });
    expect(plan.methods.exact).toBe(1);
    // The lost annotation was a link member, so the link (now one member) is reported too.
    expect(plan.unplaced).toEqual([
      expect.objectContaining({ kind: 'annotation', sourceId: items[1].id, reason: expect.stringMatching(/not found/) }),
      expect.objectContaining({ kind: 'link', sourceId: 'urn:outlet-compare:link:ln-fighters', reason: expect.stringMatching(/only 1 of its 2 members/) }),
    ]);
    expect(plan.tagSets[0]!.annotations).toHaveLength(2);
    expect(plan.tagSets[0]!.links).toHaveLength(0);
  });
});

/** Random tag sets over the fixture articles: spans, categories, labels, notes, links across articles. */
const tagSetArb = (annotator: string) =>
  fc
    .array(
      fc.record({
        article: fc.integer({ min: 0, max: ARTICLES.length - 1 }),
        a: fc.nat(),
        b: fc.nat(),
        category: fc.constantFrom(...CATEGORIES),
        labelPick: fc.option(fc.nat(), { nil: undefined }),
        note: fc.string({ maxLength: 40 }),
        time: fc.integer({ min: 0, max: 10_000_000 }),
      }),
      { maxLength: 8 },
    )
    .chain((specs) => {
      const annotations: Annotation[] = specs.map((s, i) => {
        const article = ARTICLES[s.article]!;
        const start = s.a % (article.text.length - 1);
        const end = start + 1 + (s.b % (article.text.length - start));
        const labels = codebook[s.category];
        const when = new Date(Date.UTC(2026, 0, 1) + s.time * 1000).toISOString();
        return {
          id: `an-${annotator.replace(/ /g, '_')}-${i}`,
          articleId: article.id,
          annotator,
          category: s.category,
          ...(s.labelPick !== undefined ? { label: labels[s.labelPick % labels.length]!.id } : {}),
          note: s.note,
          createdAt: when,
          updatedAt: when,
          position: { start, end },
          quote: quoteSelector(article.text, { start, end }),
        };
      });
      const byArticle = (id: string) => annotations.filter((a) => a.articleId === id).map((a) => a.id);
      const [left, right] = [byArticle(ARTICLES[0]!.id), byArticle(ARTICLES[1]!.id)];
      const linkArb: fc.Arbitrary<Link[]> =
        left.length && right.length
          ? fc.array(
              fc.record({ l: fc.nat(), r: fc.nat(), label: fc.string({ maxLength: 20 }), kind: fc.constantFrom(...LINK_KINDS), note: fc.string({ maxLength: 20 }) }),
              { maxLength: 3 },
            ).map((ls) =>
              ls.map((l, i) => ({
                id: `ln-${annotator.replace(/ /g, '_')}-${i}`,
                annotator,
                label: l.label,
                kind: l.kind,
                members: [left[l.l % left.length]!, right[l.r % right.length]!],
                note: l.note,
                createdAt: '2026-02-01T00:00:00.000Z',
                updatedAt: '2026-02-02T00:00:00.000Z',
              })),
            )
          : fc.constant([]);
      return linkArb.map((links): ExportTagSet => ({ annotator, annotations, links }));
    });

describe('W3C round trip', () => {
  it('export then import into a fresh copy of the study gives the same annotations and links', () => {
    fc.assert(
      fc.property(tagSetArb('Alice'), tagSetArb('Bob Smith'), (alice, bob) => {
        const tagSets = [alice, bob].filter((t) => t.annotations.length > 0);
        const plan = roundTrip(fixtureInput({ tagSets, comparisons: {} }));
        expect(plan.unplaced).toEqual([]);
        const sort = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(plan.tagSets.map((t) => t.annotator)).toEqual(tagSets.map((t) => t.annotator));
        for (const [i, t] of plan.tagSets.entries()) {
          expect(sort(t.annotations)).toEqual(sort(tagSets[i]!.annotations));
          expect(sort(t.links)).toEqual(sort(tagSets[i]!.links));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('names an article without a web address by the hash of its text', () => {
    expect(articleSourceIri({ text: 'abc' })).toBe(`urn:sha256:${sha256Hex('abc')}`);
    expect(articleSourceIri({ url: ' https://example.org/a ', text: 'abc' })).toBe('https://example.org/a');
  });
});
