import { describe, expect, it } from 'vitest';
import { MAX_CONTEXT, sentenceAround, spanInSentence } from './span-context';

const text = 'Talks stalled. Israel says more than 100 fighters remain trapped in Rafah. Hamas denies it.\n\nNext paragraph.';

describe('spanInSentence', () => {
  it('splits the sentence around the span', () => {
    const start = text.indexOf('more than 100 fighters');
    expect(spanInSentence(text, start, start + 'more than 100 fighters'.length)).toEqual({
      before: 'Israel says ',
      span: 'more than 100 fighters',
      after: ' remain trapped in Rafah.',
    });
  });

  it('takes every sentence a span crosses', () => {
    const start = text.indexOf('Rafah.');
    const end = text.indexOf('Hamas') + 5;
    const ctx = spanInSentence(text, start, end);
    expect(ctx.before).toBe('Israel says more than 100 fighters remain trapped in ');
    expect(ctx.after).toBe(' denies it.');
  });

  it('clips very long context at a word boundary', () => {
    const long = `${'word '.repeat(200)}target ${'tail '.repeat(200)}end.`;
    const start = long.indexOf('target');
    const ctx = spanInSentence(long, start, start + 6);
    expect(ctx.before.startsWith('…word')).toBe(true);
    expect(ctx.before.length).toBeLessThanOrEqual(MAX_CONTEXT + 1);
    expect(ctx.after.endsWith('tail…')).toBe(true);
  });
});

describe('sentenceAround', () => {
  it('returns the whole sentence a span sits in', () => {
    const start = text.indexOf('100 fighters');
    expect(sentenceAround(text, start, start + 3)).toBe('Israel says more than 100 fighters remain trapped in Rafah.');
  });

  it('clamps offsets past the end of the text', () => {
    expect(sentenceAround(text, text.length - 4, text.length + 50)).toBe('Next paragraph.');
  });
});
