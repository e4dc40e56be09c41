import { describe, expect, it } from 'vitest';
import { clip, clipAtWord } from './clip';

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
