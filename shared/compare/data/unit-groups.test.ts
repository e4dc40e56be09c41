import { describe, expect, it } from 'vitest';
import { unitKey, unitLemma, unitsCompatible } from '../units';
import { UNIT_GROUPS } from './unit-groups';

describe('unit groups (people-noun table)', () => {
  it.each(UNIT_GROUPS.flatMap((g) => g.units.map((u) => [g.name, u] as const)))('%s counts %s', (name, unit) => {
    const group = UNIT_GROUPS.find((g) => g.name === name)!;
    expect(unitsCompatible(unit, group.units[0])).toBe(true);
    expect(unitKey(unit)).toBe(group.units[0]);
    for (const other of UNIT_GROUPS) if (other !== group) expect(unitsCompatible(unit, other.units[0])).toBe(false);
  });

  it('counts terrorists, fighters, militants and gunmen as one thing', () => {
    const heads = ['terrorists', 'fighters', 'militants', 'gunmen'].map(unitLemma);
    expect(heads).toEqual(['terrorist', 'fighter', 'militant', 'gunman']);
    for (const a of heads) for (const b of heads) expect(unitsCompatible(a, b)).toBe(true);
  });

  it('lists each unit once', () => {
    const all = UNIT_GROUPS.flatMap((g) => g.units);
    expect(new Set(all).size).toBe(all.length);
  });
});
