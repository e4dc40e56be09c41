/**
 * Families of referent wording: the different words outlets use for one
 * kind of naming, counted together in the term table ("terrorist",
 * "terrorists", "terror group" are the 'terror' family). Inflections of a
 * variant (plural, singular, possessive) need not be listed: terms.ts
 * matches them. Each variant has a test in term-families.test.ts.
 */

export interface TermFamily {
  name: string;
  variants: readonly string[];
}

export const TERM_FAMILIES: readonly TermFamily[] = [
  { name: 'terror', variants: [
    'terrorist', 'terror group', 'terrorist group', 'terror organization', 'terrorist organization',
    'terror organisation', 'terrorist organisation', 'terror cell', 'terrorist cell',
  ] },
  { name: 'zionist', variants: ['Zionist regime', 'Zionist entity', 'Zionist enemy', 'Zionist occupation', 'Zionist'] },
  { name: 'occupation', variants: ['occupation forces', 'occupying forces', 'occupation army', 'occupation authorities', 'occupation state'] },
  { name: 'resistance', variants: ['Palestinian resistance', 'resistance fighter', 'resistance movement', 'resistance faction'] },
  { name: 'combatants', variants: ['fighter', 'militant', 'gunman', 'combatant', 'operative'] },
];
