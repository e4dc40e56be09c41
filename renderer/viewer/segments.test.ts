import { describe, expect, it } from 'vitest';
import { canonicalText, docFromJSON } from '../../shared/text';
import { rangeSegments } from './segments';
import { paragraphsDoc } from './test-docs';

// "Alpha beta gamma" = 0..16, "\n\n", "" (empty block) = 18..18, "\n\n", "Zeta eta" = 20..28
const doc = docFromJSON(paragraphsDoc('Alpha beta gamma', '', 'Zeta eta'));
const { text, blocks } = canonicalText(doc);
const covered = (start: number, end: number): string[] =>
  rangeSegments(blocks, start, end).map((s) => doc.textBetween(s.from, s.to));

describe('rangeSegments', () => {
  it('maps a range inside one block to one segment over the same text', () => {
    expect(text.slice(6, 10)).toBe('beta');
    expect(covered(6, 10)).toEqual(['beta']);
  });

  it('splits at block separators and skips empty blocks', () => {
    expect(covered(11, 24)).toEqual(['gamma', 'Zeta']);
  });

  it('yields nothing for an empty range or one inside a separator', () => {
    expect(covered(5, 5)).toEqual([]);
    expect(covered(16, 18)).toEqual([]);
    expect(covered(10, 4)).toEqual([]);
  });

  it('clamps a range that runs past the text', () => {
    expect(covered(25, 999)).toEqual(['eta']);
  });
});
