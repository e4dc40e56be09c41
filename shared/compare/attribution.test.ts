import { describe, expect, it } from 'vitest';
import { citedSource, classifySource, sourceKindOfLabel } from './attribution';

describe('classifySource', () => {
  it.each([
    ['two Western diplomats', 'anonymous-official'],
    ['a senior Israeli official', 'anonymous-official'],
    ['informed sources', 'anonymous-official'],
    ['Israeli Channel 13', 'media-report'],
    ['Haaretz', 'media-report'],
    ['Yedioth Ahronoth', 'media-report'],
    ['The New York Times', 'media-report'],
    ['Axios', 'media-report'],
    ['multiple reports', 'media-report'],
    ['Diaa Rashwan', 'named'],
    ['Diaa Rashwan, head of Egypt\u2019s State Information Service', 'named'],
    ["Gaza's Ministry of Health", 'named'],
    ['Maria Gonzalez', 'named'],
    ['the leaked document', 'document'],
    ['', 'unattributed'],
    ['the situation', 'unattributed'],
  ] as const)('%s -> %s', (text, kind) => {
    expect(classifySource(text)).toBe(kind);
  });
});

describe('sourceKindOfLabel', () => {
  it('maps codebook label ids and names', () => {
    expect(sourceKindOfLabel('named-source')).toBe('named');
    expect(sourceKindOfLabel('Anonymous official')).toBe('anonymous-official');
    expect(sourceKindOfLabel('media-report')).toBe('media-report');
    expect(sourceKindOfLabel('framing')).toBeUndefined();
    expect(sourceKindOfLabel(undefined)).toBeUndefined();
  });
});

const ARTICLE = [
  'Israeli Channel 13 reported last Saturday evening, citing informed sources, that the U.S. administration has begun to pressure Israel.',
  'Two Western diplomats said Israel is reluctant to allow any safe passage to another area of Gaza or to Egypt.',
  'U.S. envoy Steve Witkoff indicated more than a week ago that resolving this issue would be a test. He added that it could be resolved by providing a safe passage.',
  'There are approximately 200 fighters in tunnels beneath Rafah.',
  'According to the Prime Minister\u2019s spokesperson, Shos Bedrosian, the two men discussed the first phase.',
  'A White House official told Axios that Trump\u2019s top team has grown increasingly frustrated.',
  'Diaa Rashwan, head of Egypt\u2019s State Information Service, stated that Netanyahu is trying to avoid the second phase.',
  'However, Israel has violated the agreement hundreds of times, according to Gaza\u2019s Ministry of Health.',
].join('\n\n');

function spanOf(quote: string): { start: number; end: number } {
  const start = ARTICLE.indexOf(quote);
  expect(start, quote).toBeGreaterThanOrEqual(0);
  return { start, end: start + quote.length };
}

describe('citedSource: cues in the sentence', () => {
  it.each([
    ['has begun to pressure Israel', 'media-report', 'Israeli Channel 13'],
    ['Israel is reluctant to allow any safe passage', 'anonymous-official', 'Two Western diplomats'],
    ['resolving this issue would be a test', 'named', 'U.S. envoy Steve Witkoff'],
    ['the two men discussed the first phase', 'named', 'the Prime Minister\u2019s spokesperson, Shos Bedrosian'],
    ['top team has grown increasingly frustrated', 'anonymous-official', 'A White House official'],
    ['Netanyahu is trying to avoid the second phase', 'named', 'Diaa Rashwan, head of Egypt\u2019s State Information Service'],
    ['violated the agreement hundreds of times', 'named', 'Gaza\u2019s Ministry of Health'],
  ] as const)('%s <- %s (%s)', (quote, kind, text) => {
    const found = citedSource(ARTICLE, spanOf(quote), []);
    expect(found).toMatchObject({ kind, text });
    expect(ARTICLE.slice(found.start!, found.end!)).toBe(text);
  });

  it('follows a pronoun subject to the previous sentence\u2019s source', () => {
    expect(citedSource(ARTICLE, spanOf('it could be resolved by providing a safe passage'), [])).toMatchObject({
      kind: 'named', text: 'U.S. envoy Steve Witkoff',
    });
  });

  it('says unattributed when the sentence names no source', () => {
    expect(citedSource(ARTICLE, spanOf('approximately 200 fighters'), [])).toEqual({ kind: 'unattributed', detail: 'unattributed' });
  });
});

describe('citedSource: attribution annotations', () => {
  it('uses an annotation covering the span, with its codebook label', () => {
    const span = spanOf('Israel is reluctant');
    const annotation = { ...spanOf('Two Western diplomats said Israel'), label: 'anonymous-official' };
    expect(citedSource(ARTICLE, span, [annotation])).toMatchObject({ kind: 'anonymous-official', text: 'Two Western diplomats said Israel' });
  });

  it('credits no annotation in the previous sentence; the pronoun of "He added" names the previous speaker', () => {
    const far = spanOf('Israeli Channel 13');
    const near = spanOf('U.S. envoy Steve Witkoff');
    const found = citedSource(ARTICLE, spanOf('it could be resolved'), [far, near]);
    expect(found).toMatchObject({ kind: 'named', text: 'U.S. envoy Steve Witkoff', start: near.start, cue: 'added' });
  });

  it('ignores annotations outside the span\u2019s sentence and falls back to cues', () => {
    const far = spanOf('Israeli Channel 13');
    expect(citedSource(ARTICLE, spanOf('approximately 200 fighters'), [far])).toEqual({ kind: 'unattributed', detail: 'unattributed' });
  });
});
