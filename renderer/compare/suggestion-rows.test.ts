import { describe, expect, it } from 'vitest';
import type { SuggestionView } from '../../shared/api';
import { bestScore, explanationText, suggestionRows } from './suggestion-rows';

function s(outletName: string, score: number, patch: Partial<SuggestionView> = {}): SuggestionView {
  return { articleId: `art-${outletName}`, outletName, start: 0, end: 10, text: `${outletName} text`, score, shared: [], differing: [], ...patch };
}

describe('suggestionRows', () => {
  it('sorts by score across outlets, not by outlet group', () => {
    const rows = suggestionRows([s('Okaz', 0.08), s('Okaz', 0.05), s('Parapolitika', 0.28), s('Dupree', 0.12)]);
    expect(rows.map((r) => [r.suggestion.outletName, r.suggestion.score])).toEqual([
      ['Parapolitika', 0.28],
      ['Dupree', 0.12],
      ['Okaz', 0.08],
      ['Okaz', 0.05],
    ]);
  });

  it('puts the no-close-match entries after every close match, whatever their score', () => {
    const rows = suggestionRows([s('Zeta', 0.09, { noCloseMatch: true }), s('Okaz', 0.11), s('Alpha', 0.07, { noCloseMatch: true })]);
    expect(rows.map((r) => [r.suggestion.outletName, r.noCloseMatch])).toEqual([
      ['Okaz', false],
      ['Alpha', true],
      ['Zeta', true],
    ]);
    expect(bestScore(rows)).toBe(0.11);
  });

  it('keeps the explanation for each row', () => {
    const [row] = suggestionRows([s('Okaz', 0.3, { explanation: 'shares: people; similar meaning: quake ≈ earthquake' })]);
    expect(row!.why).toBe('shares: people; similar meaning: quake ≈ earthquake');
  });
});

describe('explanationText', () => {
  it('drops the service lead on weak entries and the numeric split', () => {
    expect(explanationText('No close match in this outlet; nearest passage shares: force (words 0.05 + meaning 0.02)')).toBe('shares: force');
    expect(explanationText('shares: international force, form; same figure: 92')).toBe('shares: international force, form; same figure: 92');
  });

  it('gives null for a missing or empty explanation', () => {
    expect(explanationText(undefined)).toBeNull();
    expect(explanationText('')).toBeNull();
  });
});
