/**
 * Counted nouns that count the same kind of thing. Two figures are compared
 * only when their heads (singular, lower case) fall in one group, or are the
 * same word. The first unit of a group is its key. Each unit has a test in
 * unit-groups.test.ts.
 *
 * Armed people: outlets call the same men "terrorists", "fighters",
 * "militants", "gunmen" or "operatives"; for counting people these are one
 * count, whatever the framing (the framing is the term table's business).
 * Civilians and people in general are a separate count: "200 people" may
 * include non-combatants.
 */

export interface UnitGroup {
  name: string;
  units: readonly string[];
}

export const UNIT_GROUPS: readonly UnitGroup[] = [
  { name: 'armed people', units: [
    'fighter', 'militant', 'gunman', 'terrorist', 'combatant', 'operative', 'member', 'insurgent', 'guerrilla', 'jihadist', 'militiaman',
  ] },
  { name: 'dead bodies', units: ['body', 'remains', 'corpse'] },
  { name: 'people held', units: ['hostage', 'captive', 'detainee', 'abductee'] },
  { name: 'soldiers', units: ['troop', 'soldier', 'peacekeeper'] },
  { name: 'people', units: ['people', 'person', 'resident', 'civilian', 'palestinian', 'individual'] },
  { name: 'countries', units: ['country', 'nation', 'state'] },
];
