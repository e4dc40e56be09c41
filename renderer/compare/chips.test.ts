import { describe, expect, it } from 'vitest';
import { quantityChip, sourceChip, timeChip } from './chips';

const q = (over: Partial<Parameters<typeof quantityChip>[0]>) => ({
  text: '',
  start: 0,
  end: 0,
  value: null,
  min: 0,
  max: 0,
  approximator: 'exact' as const,
  measure: 'count' as const,
  ...over,
});

describe('quantityChip', () => {
  it('reads hedged figures with a sign and the interval in words', () => {
    expect(quantityChip(q({ text: 'more than 100', value: 100, min: 101, max: 150, approximator: 'more-than', unit: 'fighter' }))).toEqual({
      text: 'more than 100',
      reading: '> 100',
      description: '“more than 100”: more than 100, read as 101 to 150',
    });
    // With stated bounds the open end is said as such, with the note.
    const open = quantityChip(
      q({ text: 'more than 100', value: 100, min: 101, max: 150, approximator: 'more-than', bounds: { low: 100, lowOpen: true, high: null, highOpen: true }, note: 'probably near 100' }),
    );
    expect(open.description).toBe('“more than 100”: more than 100, read as over 100, no upper bound (probably near 100)');
    expect(quantityChip(q({ text: 'under 200', value: 200, min: 0, max: 199, approximator: 'less-than', bounds: { low: 0, lowOpen: false, high: 200, highOpen: true } })).description).toBe(
      '“under 200”: less than 200, read as under 200',
    );
    expect(quantityChip(q({ text: 'approximately 200', value: 200, min: 180, max: 220, approximator: 'about' })).reading).toBe('≈ 200');
  });

  it('reads vague words and ranges as their interval', () => {
    expect(quantityChip(q({ text: 'dozens', min: 24, max: 99, approximator: 'vague' })).reading).toBe('24–99');
    expect(quantityChip(q({ text: '20,000 to 25,000', min: 20000, max: 25000, approximator: 'range' })).reading).toBe('20,000–25,000');
  });

  it('shows proportions as percentages', () => {
    expect(quantityChip(q({ text: 'half', value: 0.5, min: 0.5, max: 0.5, measure: 'proportion' })).reading).toBe('= 50%');
  });
});

describe('timeChip', () => {
  it('resolves dates and relative times', () => {
    expect(timeChip({ text: '5 December', start: 0, end: 0, kind: 'absolute', iso: '2025-12-05' }).reading).toBe('5 Dec 2025');
    expect(
      timeChip({ text: 'last week', start: 0, end: 0, kind: 'relative', relative: { amount: 1, unit: 'week', direction: 'past', approx: true } }).reading,
    ).toBe('about 1 week ago');
    expect(
      timeChip({ text: 'in two years', start: 0, end: 0, kind: 'relative', relative: { amount: 2, unit: 'year', direction: 'future', approx: false } }).reading,
    ).toBe('in 2 years');
  });
});

describe('sourceChip', () => {
  it('names the kind and quotes the source when there is one', () => {
    expect(sourceChip({ kind: 'anonymous-official', text: 'two Western diplomats' })).toEqual({
      text: 'two Western diplomats',
      reading: 'Anonymous official',
      description: 'Cited source: “two Western diplomats”, anonymous official',
      cue: null,
    });
    expect(sourceChip({ kind: 'unattributed' }).description).toBe('No source is cited for this');
  });

  it('shows the finer reading (detail) and the cue', () => {
    const witkoff = sourceChip({ kind: 'named', detail: 'named-person', text: 'Witkoff', cue: 'cited' });
    expect([witkoff.reading, witkoff.cue, witkoff.description]).toEqual(['Named person', 'cited', 'Cited source: “Witkoff”, named person (cue: “cited”)']);
    expect(sourceChip({ kind: 'anonymous-official', detail: 'unnamed-group', text: 'international analysts' }).reading).toBe('Unnamed group');
    expect(sourceChip({ kind: 'named', detail: 'named-organization', text: 'the UN' }).reading).toBe('Named organisation');
    expect(sourceChip({ kind: 'media-report', detail: 'media-report', cue: 'according to' }).text).toBe('Media report');
  });
});
