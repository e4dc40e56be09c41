import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../shared/compare/types';
import { conflictBadges, conflictWords } from './conflict-badges';

const comparison = (conflicts: Comparison['conflicts']): Comparison => ({
  members: [],
  wording: { base: 0, diffs: [] },
  actors: { shared: [], differing: [] },
  conflicts,
});

describe('conflictBadges', () => {
  it('heads number and date conflicts with their count and keeps the readings as detail', () => {
    const [badge] = conflictBadges(
      comparison([{ kind: 'quantity', message: '3 numbers disagree: more than 100 fighters / approximately 200 fighters / dozens of militants', members: ['a', 'b', 'c'] }]),
    );
    expect(badge).toEqual({
      kind: 'quantity',
      headline: '3 numbers disagree',
      detail: 'more than 100 fighters / approximately 200 fighters / dozens of militants',
      members: ['a', 'b', 'c'],
    });
  });

  it('keeps the severity of figures: incompatible or merely different', () => {
    const badges = conflictBadges(
      comparison([
        { kind: 'quantity', message: '2 numbers disagree: more than 100 fighters / dozens of militants', members: ['a', 'c'], severity: 'incompatible' },
        { kind: 'quantity', message: 'Figures differ: more than 100 fighters (probably near 100) / approximately 200 fighters', members: ['a', 'b'], severity: 'different' },
      ]),
    );
    expect(badges.map((b) => [b.headline, b.severity])).toEqual([
      ['2 numbers disagree', 'incompatible'],
      ['Figures differ', 'different'],
    ]);
  });

  it('names the differing actors without their outlets', () => {
    const [badge] = conflictBadges(
      comparison([
        {
          kind: 'actor',
          message: 'Outlets name different administrations: Biden administration (The Dupree Report) / Trump administration (Okaz, Parapolitika)',
          members: ['a', 'b'],
        },
      ]),
    );
    expect(badge!.headline).toBe('Actors differ: Biden administration / Trump administration');
    expect(badge!.detail).toContain('(Okaz, Parapolitika)');
  });

  it('says sources differ and lists who cites what', () => {
    const [badge] = conflictBadges(
      comparison([{ kind: 'attribution', message: 'Sources differ: Okaz: unattributed / Parapolitika: two Western diplomats (anonymous official)', members: ['a', 'b'] }]),
    );
    expect(badge!.headline).toBe('Sources differ');
    expect(badge!.detail).toBe('Okaz: unattributed / Parapolitika: two Western diplomats (anonymous official)');
  });
});

describe('conflictWords', () => {
  it('words zero, one and many, with the severity when known', () => {
    expect(conflictWords({ count: 0, severity: null })).toBe('no conflicts');
    expect(conflictWords({ count: 1, severity: 'different' })).toBe('1 conflict (different but compatible)');
    expect(conflictWords({ count: 3, severity: 'incompatible' })).toBe('3 conflicts (incompatible)');
    expect(conflictWords({ count: 2, severity: null })).toBe('2 conflicts');
    expect(conflictWords(null)).toBe('');
  });
});
