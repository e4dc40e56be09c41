import { describe, expect, it } from 'vitest';
import { normalizeForMatch, normalizeWithMap } from './normalize';
import { anchor, findQuote, findQuoteAll, quoteSelector } from './quote';

const text = 'According to the Prime Minister’s spokesperson, Shos Bedrosian, the two men “discussed the first phase” — and   more.';

describe('normalisation', () => {
  it('folds curly quotes, dashes, width, case and whitespace', () => {
    expect(normalizeForMatch('“Zionist  Regime” — ＴＥＬ\u00A0Aviv’s')).toBe('"zionist regime" - tel aviv\'s');
  });

  it('maps every normalised character back into the original', () => {
    const { text: norm, starts, ends } = normalizeWithMap('a\u00A0\u00A0ﬁb');
    expect(norm).toBe('a fib');
    expect(starts).toEqual([0, 1, 3, 3, 4]);
    expect(ends).toEqual([1, 3, 4, 4, 5]);
  });
});

describe('quote lookup', () => {
  it('finds a quote typed with straight quotes and reports original offsets', () => {
    const hit = findQuote(text, "Prime Minister's spokesperson")!;
    expect(text.slice(hit.start, hit.end)).toBe('Prime Minister’s spokesperson');
    const dash = findQuote(text, 'phase" - and more')!;
    expect(text.slice(dash.start, dash.end)).toBe('phase” — and   more');
  });

  it('counts occurrences and honours the occurrence number', () => {
    const t = 'Israel said. Then Israel said again. ISRAEL!';
    expect(findQuoteAll(t, 'israel')).toHaveLength(3);
    expect(findQuote(t, 'Israel', 3)).toEqual({ start: 37, end: 43 });
    expect(findQuote(t, 'Israel', 4)).toBeUndefined();
    expect(findQuoteAll(t, '   ')).toEqual([]);
  });

  it('re-anchors by quote and context when the text moved', () => {
    const original = 'one two three. one two four.';
    const selector = quoteSelector(original, { start: 15, end: 22 });
    expect(selector).toEqual({ exact: 'one two', prefix: 'one two three. ', suffix: ' four.' });
    const edited = 'PREFIX one two three. one two four.';
    expect(anchor(edited, { start: 15, end: 22 }, selector)).toEqual({ start: 22, end: 29 });
    expect(anchor(original, { start: 15, end: 22 }, selector)).toEqual({ start: 15, end: 22 });
    expect(anchor('nothing here', { start: 0, end: 4 }, selector)).toBeUndefined();
  });
});
