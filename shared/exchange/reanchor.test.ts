import { describe, expect, it } from 'vitest';
import { approximateMatches, reanchor } from './reanchor';

const TEXT = 'Officials said more than 100 fighters remain trapped. Later, officials said more than 100 fighters had left the tunnels.';

describe('reanchor', () => {
  it('keeps the stored offsets when the text there is still the quote', () => {
    const start = TEXT.lastIndexOf('more than 100 fighters');
    const hit = reanchor(TEXT, { exact: 'more than 100 fighters', prefix: '', suffix: '' }, { start, end: start + 22 });
    expect(hit).toEqual({ start, end: start + 22, method: 'position' });
  });

  it('moves to the exact quote when offsets drifted, choosing the occurrence whose context matches', () => {
    const second = TEXT.lastIndexOf('more than 100 fighters');
    const hit = reanchor(TEXT, { exact: 'more than 100 fighters', prefix: 'Later, officials said ', suffix: ' had left' }, { start: 3, end: 25 });
    expect(hit).toEqual({ start: second, end: second + 22, method: 'exact' });
    const first = TEXT.indexOf('more than 100 fighters');
    expect(reanchor(TEXT, { exact: 'more than 100 fighters', prefix: 'Officials said ', suffix: ' remain' })).toMatchObject({ start: first, method: 'exact' });
  });

  it('falls back to the normalised quote (curly quotes, case, spaces)', () => {
    const text = 'He called it a \u201Cterror group\u201D  yesterday.';
    const hit = reanchor(text, { exact: '"Terror Group" yesterday', prefix: '', suffix: '' });
    expect(hit?.method).toBe('normalised');
    expect(text.slice(hit!.start, hit!.end)).toBe('\u201Cterror group\u201D  yesterday');
  });

  it('finds a quote with a few edits fuzzily, using prefix and suffix to pick among near matches', () => {
    const text = 'The army said 200 fighter remain in tunnels. The army said 200 fighter remain in Rafah.';
    const hit = reanchor(text, { exact: 'said 200 fighters remain in Rafah', prefix: 'The army ', suffix: '.' });
    expect(hit?.method).toBe('fuzzy');
    expect(text.slice(hit!.start, hit!.end)).toBe('said 200 fighter remain in Rafah');
  });

  it('gives up when the quote is too different', () => {
    expect(reanchor(TEXT, { exact: 'an entirely unrelated sentence about weather', prefix: '', suffix: '' })).toBeUndefined();
  });
});

describe('approximateMatches', () => {
  it('reports each match once with its edit distance', () => {
    expect(approximateMatches('xx kitten yy sitting', 'sitten', 2)).toEqual([
      { start: 3, end: 9, cost: 1 },
      { start: 13, end: 19, cost: 1 }, // "sittin"
    ]);
  });
});
