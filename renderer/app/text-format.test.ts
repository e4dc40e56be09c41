import { describe, expect, it } from 'vitest';
import { shortQuote, truncate } from './text-format';

describe('truncate', () => {
  it('keeps text that fits and cuts longer text to the limit, ellipsis included', () => {
    expect(truncate('Rafah', 5)).toBe('Rafah');
    expect(truncate('Fighters in Rafah', 8)).toBe('Fighter…');
    expect(truncate('Fighters in Rafah', 8)).toHaveLength(8);
  });
});

describe('shortQuote', () => {
  it('flattens line breaks and runs of spaces before cutting', () => {
    expect(shortQuote('  More than\n100   fighters ')).toBe('More than 100 fighters');
    expect(shortQuote('a'.repeat(45))).toBe(`${'a'.repeat(39)}…`);
    expect(shortQuote('one  two three', 8)).toBe('one two…');
  });
});
