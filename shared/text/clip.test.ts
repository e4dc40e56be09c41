import { describe, expect, it } from 'vitest';
import { clip, clipAtWord, truncate } from './clip';

describe('clip', () => {
  it('keeps short text whole, on one line', () => {
    expect(clip('  Two\n lines ', 20)).toBe('Two lines');
  });

  it('cuts to the width, the ellipsis included', () => {
    expect(clip('abcdefghij', 5)).toBe('abcd…');
    expect(clip('abcdefghij', 5)).toHaveLength(5);
  });
});

describe('clipAtWord', () => {
  it('cuts at the last space instead of inside a word', () => {
    expect(clipAtWord('The fighters remain trapped in Rafah', 20)).toBe('The fighters remain…');
  });

  it('cuts inside a word when the only space is too early', () => {
    expect(clipAtWord('A verylongwordthatgoesonandon', 12)).toBe('A verylongw…');
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(clipAtWord('Talks stalled, then resumed again today', 16)).toBe('Talks stalled…');
  });
});

describe('truncate', () => {
  it('keeps line breaks and cuts to the limit, the ellipsis included', () => {
    expect(truncate('one\ntwo three', 8)).toBe('one\ntwo…');
    expect(truncate('short', 8)).toBe('short');
  });

  it('shortens labels to forty characters by default through clip', () => {
    expect(clip('x'.repeat(60))).toHaveLength(40);
  });
});
