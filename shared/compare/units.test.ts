import { describe, expect, it } from 'vitest';
import { isTimeUnit, unitKey, unitLemma, unitsCompatible } from './units';

describe('unitLemma and unitsCompatible', () => {
  it('singularises counted nouns', () => {
    expect(['bodies', 'people', 'times', 'fighters', 'complexes', 'men', 'captives'].map(unitLemma)).toEqual([
      'body', 'people', 'time', 'fighter', 'complex', 'man', 'captive',
    ]);
  });
  it('treats fighters and militants as the same count, fighters and bodies not', () => {
    expect(unitsCompatible('fighter', 'militant')).toBe(true);
    expect(unitsCompatible('fighter', 'body')).toBe(false);
    expect(unitsCompatible(undefined, 'body')).toBe(true);
  });
});

describe('unitKey and isTimeUnit', () => {
  it('gives one key to a group and knows the time units', () => {
    expect(unitKey('militant')).toBe(unitKey('fighter'));
    expect(unitKey('body')).not.toBe(unitKey('fighter'));
    expect(unitKey(undefined)).toBe('');
    expect(isTimeUnit('year')).toBe(true);
    expect(isTimeUnit('fighter')).toBe(false);
  });
});
