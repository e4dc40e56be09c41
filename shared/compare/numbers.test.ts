import { describe, expect, it } from 'vitest';
import { extractQuantities, quantitiesConflict, type Quantity } from './numbers';

function one(text: string): Quantity {
  const qs = extractQuantities(text);
  expect(qs, `quantities in "${text}"`).toHaveLength(1);
  return qs[0]!;
}

describe('extractQuantities', () => {
  it('reads hedged figures from the seed articles as intervals', () => {
    expect(one('more than 100 fighters remain trapped')).toMatchObject({
      text: 'more than 100', value: 100, min: 101, max: 150, approximator: 'more-than', unit: 'fighter',
    });
    expect(one('There are approximately 200 fighters in tunnels')).toMatchObject({
      text: 'approximately 200', value: 200, min: 180, max: 220, approximator: 'about', unit: 'fighter',
    });
    expect(one('Gaza: About 200 fighters in tunnels beneath Rafah')).toMatchObject({ value: 200, approximator: 'about', unit: 'fighter' });
    expect(one('with dozens of militants barricaded in tunnels')).toMatchObject({
      text: 'dozens', value: null, min: 24, max: 99, approximator: 'vague', unit: 'militant',
    });
  });

  it('reads vague plurals with documented ranges', () => {
    expect(one('Israel has violated the agreement hundreds of times')).toMatchObject({ min: 200, max: 999, unit: 'time', approximator: 'vague' });
    expect(one('to contribute thousands of troops to police the Strip')).toMatchObject({ min: 2000, max: 9999, unit: 'troop' });
    expect(one('tens of thousands of people')).toMatchObject({ min: 20_000, max: 99_999, unit: 'people' });
    expect(one('several of its obligations')).toMatchObject({ min: 3, max: 9, unit: 'obligation' });
  });

  it('reads ranges written with "to", a dash or "between ... and"', () => {
    const q = one('each of which will be able to accommodate 20,000 to 25,000 people.');
    expect(q).toMatchObject({ text: '20,000 to 25,000', value: null, min: 20_000, max: 25_000, approximator: 'range', unit: 'people' });
    expect(one('between 20 and 30 trucks')).toMatchObject({ text: 'between 20 and 30', min: 20, max: 30, unit: 'truck' });
    expect(one('20-25 trucks')).toMatchObject({ min: 20, max: 25, approximator: 'range' });
  });

  it('reads number words, a dozen and scales', () => {
    expect(one('the two remaining bodies of its captives')).toMatchObject({ value: 2, unit: 'body', approximator: 'exact' });
    expect(one('twenty-five hostages')).toMatchObject({ value: 25, unit: 'hostage' });
    expect(one('two hundred and fifty people')).toMatchObject({ value: 250, unit: 'people' });
    expect(one('a dozen soldiers')).toMatchObject({ value: 12, unit: 'soldier' });
    expect(one('half a dozen officials')).toMatchObject({ value: 6, unit: 'official' });
    expect(one('the two million residents of the Gaza Strip')).toMatchObject({ value: 2_000_000, unit: 'resident' });
    expect(one('about 3.5 million people')).toMatchObject({ value: 3_500_000, min: 3_150_000, max: 3_850_000 });
    expect(one('Two Western diplomats said')).toMatchObject({ value: 2, unit: 'diplomat' });
  });

  it('reads every hedge word', () => {
    expect(one('at least 12 soldiers')).toMatchObject({ approximator: 'at-least', min: 12, max: 18 });
    expect(one('up to 25,000 people')).toMatchObject({ approximator: 'up-to', min: 0, max: 25_000 });
    expect(one('less than 100 metres')).toMatchObject({ approximator: 'less-than', min: 0, max: 99, unit: 'metre' });
    expect(one('nearly 400 Palestinians')).toMatchObject({ approximator: 'about', min: 360, max: 400, unit: 'palestinian' });
    expect(one('killing more than 400 Palestinians')).toMatchObject({ min: 401, max: 600 });
  });

  it('reads percentages and fractions as proportions', () => {
    expect(one('which comprises over half the enclave')).toMatchObject({
      text: 'over half', measure: 'proportion', min: 0.5, max: 0.75, approximator: 'more-than', unit: 'enclave',
    });
    expect(one('10 percent of the budget')).toMatchObject({ value: 0.1, measure: 'proportion' });
    expect(one('a cut of 10% this year')).toMatchObject({ value: 0.1, measure: 'proportion' });
    expect(one('two-thirds of residents').value).toBeCloseTo(2 / 3);
  });

  it('leaves out "20-point plan": the number names the plan, it counts nothing the outlets compare', () => {
    expect(extractQuantities("Trump's 20-point peace plan")).toEqual([]);
  });

  it('finds no quantity in ordinals, labels, dates, codes or bare nouns', () => {
    for (const text of [
      'the second phase of the agreement',
      'Hamas members trapped in Rafah',
      'the transition to "Phase 2" of the plan',
      'deliberately obstructing progress on phase two',
      'Israeli Channel 13 reported',
      'which came into effect October 10',
      'In 2025 the war ended',
      'Save 10% With Code RVM10'.slice(15),
      'safe exile to a third country',
      'the only one he has left is the president',
      "Netanyahu's fifth visit",
      'at 8:30 the talks resumed',
    ]) {
      expect(extractQuantities(text), text).toEqual([]);
    }
  });

  it('does not read the particle of "handed over" as a hedge', () => {
    expect(one('have handed over 20 Israeli captives alive')).toMatchObject({ text: '20', approximator: 'exact', unit: 'captive' });
  });

  it('counts a four-digit number that is followed by a plural noun', () => {
    expect(one('2000 troops')).toMatchObject({ value: 2000, unit: 'troop' });
  });

  it('reports offsets into the original text', () => {
    const text = 'Sources said more than 100 fighters and dozens of militants remain.';
    for (const q of extractQuantities(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(extractQuantities(text).map((q) => q.text)).toEqual(['more than 100', 'dozens']);
  });
});

describe('quantitiesConflict', () => {
  const q = (text: string) => one(text);
  it('flags the Rafah fighter counts that cannot both be true; "more than 100" allows "approximately 200"', () => {
    const over100 = q('more than 100 fighters');
    const about200 = q('approximately 200 fighters');
    const dozens = q('dozens of militants');
    expect(quantitiesConflict(over100, about200)).toBe(false);
    expect(quantitiesConflict(over100, dozens)).toBe(true);
    expect(quantitiesConflict(about200, dozens)).toBe(true);
  });
  it('accepts overlapping intervals', () => {
    expect(quantitiesConflict(q('About 200 fighters'), q('approximately 200 fighters'))).toBe(false);
    expect(quantitiesConflict(q('more than 100 fighters'), q('about 120 militants'))).toBe(false);
    expect(quantitiesConflict(q('hundreds of troops'), q('up to 250 soldiers'))).toBe(false);
  });
  it('ignores quantities of different things or different measures', () => {
    expect(quantitiesConflict(q('two remaining bodies'), q('200 fighters'))).toBe(false);
    expect(quantitiesConflict(q('10 percent of people'), q('200 people'))).toBe(false);
  });
  it('compares when a unit is unknown', () => {
    expect(quantitiesConflict(q('It was 12.'), q('more than 100 fighters'))).toBe(true);
  });
});
