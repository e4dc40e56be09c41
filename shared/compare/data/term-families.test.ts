import { describe, expect, it } from 'vitest';
import { familyOf, referentTerms } from '../terms';
import { TERM_FAMILIES } from './term-families';

describe('term families', () => {
  it.each(TERM_FAMILIES.flatMap((f) => f.variants.map((v) => [f.name, v] as const)))('%s: %s', (name, variant) => {
    expect(familyOf(variant)).toBe(name);
    // Found inside a longer span, in the text's own spelling.
    const span = `Reports say that the ${variant} was seen near the crossing again yesterday.`;
    expect(referentTerms(span)).toContain(variant);
  });

  it('finds plurals and possessives of a variant', () => {
    expect(familyOf('Terrorists')).toBe('terror');
    expect(familyOf('gunmen')).toBe('combatants');
    expect(familyOf('Israel')).toBeUndefined();
  });

  it('lists each variant once', () => {
    const all = TERM_FAMILIES.flatMap((f) => f.variants.map((v) => v.toLowerCase()));
    expect(new Set(all).size).toBe(all.length);
  });
});
