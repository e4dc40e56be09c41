import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presetCodebook } from '../model';
import { ARTICLES } from '../export/testing/fixture';
import { hypothesisUser, readHypothesis } from './hypothesis-import';
import { articleSources, planImport } from './plan';

/**
 * fixtures/hypothesis-search.json is hand-made in the shape of the
 * Hypothesis API's search response (`GET /api/search`, Hypothesis API
 * reference, "Search for annotations" and the Annotation schema): rows with
 * RangeSelector / TextPositionSelector / TextQuoteSelector targets, `tags`,
 * `text`, `user` as acct:name@hypothes.is, a page note and a reply.
 */
const fixture = JSON.parse(readFileSync(new URL('./fixtures/hypothesis-search.json', import.meta.url), 'utf8'));
const articles = ARTICLES.map((a) => ({ id: a.id, text: a.text, sources: articleSources(a) }));

describe('readHypothesis', () => {
  it('reads annotated rows and sets page notes and replies aside with the reason', () => {
    const read = readHypothesis(fixture);
    expect(read.annotations.map((a) => a.sourceId)).toEqual(['Wq8kR2N3Ee-hV0ABC123aa', 'Xr1mT4P5Ee-hV0ABC123bb', 'Yz2nU6Q7Ee-hV0ABC123cc', 'Zb4pW0S1Ee-hV0ABC123ee']);
    expect(read.skipped).toEqual([
      { sourceId: 'Za3oV8R9Ee-hV0ABC123dd', reason: expect.stringMatching(/page note/) },
      { sourceId: 'Zc5qX2T3Ee-hV0ABC123ff', reason: expect.stringMatching(/reply/) },
    ]);
    expect(read.annotations[0]).toMatchObject({ annotator: 'jane.doe', position: { start: 35, end: 86 }, tags: ['claim', 'Numeric'] });
  });

  it('names users by display name, else the account name', () => {
    expect(hypothesisUser({ user: 'acct:jane.doe@hypothes.is' })).toBe('jane.doe');
    expect(hypothesisUser({ user: 'acct:sam@hypothes.is', user_info: { display_name: 'Sam Okafor' } })).toBe('Sam Okafor');
  });

  it('refuses JSON that is not a search response', () => {
    expect(() => readHypothesis({ annotations: [] })).toThrow(/Not a Hypothesis export/);
  });
});

describe('importing a Hypothesis export', () => {
  const plan = planImport({ file: readHypothesis(fixture), articles, codebook: presetCodebook(), now: '2026-12-01T00:00:00.000Z' });

  it('anchors by URL (fragment, case and scheme aside) and by quote: position, then exact, then fuzzy', () => {
    expect(plan.methods).toEqual({ position: 1, exact: 1, normalised: 0, fuzzy: 1 });
    const jane = plan.tagSets.find((t) => t.annotator === 'jane.doe')!;
    const sam = plan.tagSets.find((t) => t.annotator === 'Sam Okafor')!;
    const para = ARTICLES[0]!.text;
    const [numeric, media] = jane.annotations;
    expect(numeric).toMatchObject({ articleId: 'art-para', category: 'claim', label: 'numeric', note: 'Figure differs from Okaz.', createdAt: '2026-11-18T08:12:44.302811+00:00' });
    expect(media).toMatchObject({ category: 'attribution', label: 'media-report', note: 'Tags: to verify' });
    expect(para.slice(media!.position.start, media!.position.end)).toBe('according to Israeli media');
    const fuzzy = sam.annotations[0]!;
    expect(fuzzy.category).toBe('framing');
    expect(para.slice(fuzzy.position.start, fuzzy.position.end)).toBe('There are approximately 200 fighters in tunnels');
  });

  it('reports the row on an address outside the study instead of dropping it', () => {
    expect(plan.unplaced).toEqual([expect.objectContaining({ sourceId: 'Zb4pW0S1Ee-hV0ABC123ee', source: 'https://example.org/not-in-this-study', reason: expect.stringMatching(/no article/) })]);
  });
});
