import { describe, expect, it } from 'vitest';
import { citedSource, classifySourceDetail } from './attribution';

/** Issue 9 item 6: who a claim is attributed to, from the span's own sentence. */
describe('classifySourceDetail', () => {
  it.each([
    ['Witkoff', 'named-person'],
    ['U.S. envoy Steve Witkoff', 'named-person'],
    ['Diaa Rashwan, head of Egypt\u2019s State Information Service', 'named-person'],
    ['Maria Gonzalez', 'named-person'],
    ["Gaza's Ministry of Health", 'named-organization'],
    ['Hamas', 'named-organization'],
    ['the Israeli army', 'named-organization'],
    ['Sources', 'anonymous-official'],
    ['informed sources', 'anonymous-official'],
    ['a senior Israeli official', 'anonymous-official'],
    ['A White House official', 'anonymous-official'],
    ['two Western diplomats', 'anonymous-official'],
    ['international analysts', 'unnamed-group'],
    ['observers', 'unnamed-group'],
    ['some experts', 'unnamed-group'],
    ['critics', 'unnamed-group'],
    ['Israeli Channel 13', 'media-report'],
    ['Haaretz', 'media-report'],
    ['multiple reports', 'media-report'],
    ['the leaked document', 'document'],
    ['a draft resolution', 'document'],
    ['the situation', 'unattributed'],
  ] as const)('%s -> %s', (text, detail) => {
    expect(classifySourceDetail(text)).toBe(detail);
  });
});

function sourceOf(article: string, quote: string, attributions: { start: number; end: number; label?: string }[] = []) {
  const start = article.indexOf(quote);
  expect(start, quote).toBeGreaterThanOrEqual(0);
  return citedSource(article, { start, end: start + quote.length }, attributions);
}

describe('citedSource: the span\u2019s own sentence only', () => {
  it('credits "Witkoff cited approximately 200 fighters" to Witkoff, a named person, with the cue "cited"', () => {
    const article = 'Talks stalled again. Witkoff cited approximately 200 fighters in the tunnels.';
    expect(sourceOf(article, 'approximately 200 fighters')).toMatchObject({ kind: 'named', detail: 'named-person', text: 'Witkoff', cue: 'cited' });
  });

  it('credits Okaz\u2019s "Sources attributed ..." in the same sentence to an anonymous source', () => {
    const article = 'Sources attributed the delay in moving to the second phase also to the crisis of Hamas members trapped in Rafah.';
    expect(sourceOf(article, 'the crisis of Hamas members trapped in Rafah')).toMatchObject({
      kind: 'anonymous-official', detail: 'anonymous-official', text: 'Sources', cue: 'attributed',
    });
  });

  it('classes "international analysts" as an unnamed group', () => {
    const article = 'The truce is fragile, international analysts warned.';
    expect(sourceOf(article, 'The truce is fragile')).toMatchObject({ detail: 'unnamed-group', text: 'international analysts', cue: 'warned' });
  });

  it('does not credit a cue or an attribution annotation in the previous sentence', () => {
    const article = 'Officials said the talks stalled. The fighters number about 200.';
    expect(sourceOf(article, 'The fighters number about 200')).toEqual({ kind: 'unattributed', detail: 'unattributed' });
    const officials = { start: 0, end: 'Officials'.length };
    expect(sourceOf(article, 'The fighters number about 200', [officials])).toEqual({ kind: 'unattributed', detail: 'unattributed' });
  });

  it.each([
    ['according to', 'The fighters number about 200, according to Israeli officials.', 'fighters number about 200', 'Israeli officials'],
    ['citing', 'Channel 12 put the figure at 200, citing security sources.', 'the figure at 200', 'security sources'],
    ['quoting', 'The paper put the figure at 200, quoting a senior official.', 'the figure at 200', 'a senior official'],
    ['told', 'The fighters number about 200, a senior official told Reuters.', 'fighters number about 200', 'a senior official'],
    ['confirmed', 'The army confirmed that the fighters number about 200.', 'fighters number about 200', 'The army'],
    ['denied', 'Hamas denied that the fighters number about 200.', 'fighters number about 200', 'Hamas'],
    ['claimed', 'Israel claimed that the fighters number about 200.', 'fighters number about 200', 'Israel'],
  ] as const)('finds the source of a "%s" cue', (cue, article, quote, text) => {
    expect(sourceOf(article, quote)).toMatchObject({ text, cue });
  });
});
