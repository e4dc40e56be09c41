import { describe, expect, it } from 'vitest';
import { extractActors } from './actors';
import { OFFICE_TERMS } from './data/office-holders';
import { administrationAt, anachronisms, holderAt, impliedAdministrations } from './offices';

const day = (iso: string) => new Date(`${iso}T12:00:00`);

describe('office-holder table', () => {
  it.each(OFFICE_TERMS.map((t) => [t.office, t.holder, t.from, t.to] as const))('%s: %s from %s to %s', (office, holder, from, to) => {
    expect(holderAt(office, day(from))?.holder).toBe(holder);
    const lastDay = to ? new Date(day(to).getTime() - 86_400_000) : day('2030-01-01');
    expect(holderAt(office, lastDay)?.holder).toBe(holder);
  });

  it('hands over on inauguration day: Biden until 2025-01-20, Trump from it', () => {
    expect(administrationAt(day('2025-01-19'))).toBe('Biden administration');
    expect(administrationAt(day('2025-01-20'))).toBe('Trump administration');
    expect(administrationAt(day('2021-01-20'))).toBe('Biden administration');
    expect(administrationAt(day('2020-06-01'))).toBe('Trump administration');
    expect(administrationAt(day('2012-06-01'))).toBe('Obama administration');
  });

  it('resolves a bare title to the holder at the article date, and to the latest holder without one', () => {
    expect(extractActors('the Israeli prime minister refused', day('2025-12-20')).map((a) => a.canonical)).toEqual(['Benjamin Netanyahu']);
    expect(extractActors('the Israeli prime minister refused', day('2022-03-01')).map((a) => a.canonical)).toEqual(['Naftali Bennett']);
    expect(extractActors('the Israeli prime minister refused').map((a) => a.canonical)).toEqual(['Benjamin Netanyahu']);
    expect(extractActors('the US president insisted', day('2023-05-01')).map((a) => a.canonical)).toEqual(['Joe Biden']);
  });

  it('knows the administrations and presidents of the table by name', () => {
    expect(extractActors('the Obama administration').map((a) => [a.canonical, a.role])).toEqual([['Obama administration', 'administration']]);
    expect(extractActors('President Barack Obama said').map((a) => [a.canonical, a.role])).toEqual([['Barack Obama', 'us-president']]);
  });
});

describe('anachronisms', () => {
  const text = 'While the Biden administration is pressing Israel to advance to the next stage, Jerusalem is digging in its heels.';
  it('flags "Biden administration" in a late-2025 article on its own', () => {
    expect(anachronisms(text, extractActors(text), day('2025-12-20'))).toEqual([
      { text: 'Biden administration', canonical: 'Biden administration', inOffice: 'Trump administration', since: '2025-01-20' },
    ]);
  });
  it('does not flag it in an article of its own time, or when the text says it is past', () => {
    expect(anachronisms(text, extractActors(text), day('2023-12-20'))).toEqual([]);
    for (const past of ['the former Biden administration had refused', 'under the Biden administration, talks stalled', 'the previous Biden administration']) {
      expect(anachronisms(past, extractActors(past), day('2025-12-20')), past).toEqual([]);
    }
  });
  it('flags "President Biden" as acting president in 2025 but not a bare "Biden"', () => {
    const t = 'President Biden urged restraint.';
    expect(anachronisms(t, extractActors(t), day('2025-12-20')).map((a) => a.inOffice)).toEqual(['Donald Trump']);
    const bare = 'Biden urged restraint in 2023.';
    expect(anachronisms(bare, extractActors(bare), day('2025-12-20'))).toEqual([]);
  });
});

describe('impliedAdministrations', () => {
  it.each(['the U.S. administration', 'Washington', 'the White House', 'the United States'])('%s in a Trump-era article is the Trump administration', (phrase) => {
    const text = `${phrase} has begun to pressure Israel.`;
    expect(impliedAdministrations(extractActors(text), day('2025-12-20'))).toMatchObject([{ canonical: 'Trump administration', role: 'administration', text: phrase.replace(/^the /, '') }]);
  });
  it('implies nothing without a date or for Washington as a place', () => {
    expect(impliedAdministrations(extractActors('Washington pressed Israel.'), undefined)).toEqual([]);
    expect(impliedAdministrations(extractActors('The talks in Washington ended.'), day('2025-12-20'))).toEqual([]);
  });
});
