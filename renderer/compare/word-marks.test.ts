import { describe, expect, it } from 'vitest';
import { markWords } from './word-marks';

describe('markWords', () => {
  const text = 'Simultaneously, the situation in Rafah remains volatile, with dozens of militants barricaded in tunnels.';

  it('marks shared and differing words as whole words, case-insensitively', () => {
    const runs = markWords(text, ['rafah', 'militants', 'in'], ['dozens']);
    const marked = runs.filter((r) => r.mark).map((r) => `${r.mark}:${r.text}`);
    expect(marked).toEqual(['shared:in', 'shared:Rafah', 'differing:dozens', 'shared:militants', 'shared:in']);
    // Nothing lost or added.
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('does not mark inside longer words', () => {
    const runs = markWords('Gazans in Gaza', ['Gaza'], []);
    expect(runs).toEqual([
      { text: 'Gazans in ', mark: null },
      { text: 'Gaza', mark: 'shared' },
    ]);
  });

  it('prefers the longer phrase where two overlap', () => {
    const runs = markWords('a stabilization force is planned', ['force'], ['stabilization force']);
    expect(runs.filter((r) => r.mark)).toEqual([{ text: 'stabilization force', mark: 'differing' }]);
  });

  it('escapes words with regular-expression characters', () => {
    const marked = markWords('U.S. envoy (Witkoff) in US', ['U.S.', '(Witkoff)'], []).filter((r) => r.mark);
    // "U.S." must not match "US" (the dots are literal).
    expect(marked.map((r) => r.text)).toEqual(['U.S.', '(Witkoff)']);
  });
});
