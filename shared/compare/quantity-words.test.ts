import { describe, expect, it } from 'vitest';
import { matchWords, parseNumberWords, tokenize } from './quantity-words';

const read = (text: string) => parseNumberWords(tokenize(text), 0);

describe('parseNumberWords', () => {
  it.each([
    ['two hundred and fifty people', 250, 4],
    ['twenty-five hostages', 25, 3],
    ['a dozen soldiers', 12, 2],
    ['half a dozen officials', 6, 3],
    ['two million residents', 2_000_000, 2],
    ['one', 1, 1],
  ] as const)('%s -> %d', (text, value, to) => {
    expect(read(text)).toEqual({ value, to });
  });
  it('reads nothing from other words', () => {
    expect(read('fighters')).toBeNull();
  });
});

describe('tokenize and matchWords', () => {
  it('keeps numbers with commas, decimals and percent signs whole', () => {
    expect(tokenize('20,000 to 3.5% of U.S.').map((t) => [t.text, t.kind])).toEqual([
      ['20,000', 'num'], ['to', 'word'], ['3.5%', 'num'], ['of', 'word'], ['U', 'word'], ['.', 'punct'], ['S', 'word'], ['.', 'punct'],
    ]);
  });
  it('matches a hyphen only when written without spaces', () => {
    expect(matchWords(tokenize('two-thirds'), 0, ['two', '-', 'thirds'])).toBe(true);
    expect(matchWords(tokenize('two - thirds'), 0, ['two', '-', 'thirds'])).toBe(false);
  });
});
