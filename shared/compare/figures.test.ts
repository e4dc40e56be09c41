import { describe, expect, it } from 'vitest';
import { extractQuantities, type Quantity } from './numbers';
import { compareQuantities } from './quantity-bounds';

/** Readings of the figures quoted in issue 9 and their neighbours: bounds as stated, the counted noun as the head. */
function one(text: string): Quantity {
  const qs = extractQuantities(text);
  expect(qs, `quantities in "${text}"`).toHaveLength(1);
  return qs[0]!;
}
const INF = null;

describe('figures: the counted thing is the head of the noun phrase', () => {
  it.each([
    ['100 to 200 Hamas terrorists', 'terrorist'],
    ['scores of Hamas fighters', 'fighter'],
    ['more than 100 Hamas fighters remain trapped', 'fighter'],
    ['about 150 gunmen', 'gunman'],
    ['nearly 400 Palestinians', 'palestinian'],
    ['two Western diplomats said', 'diplomat'],
    ['200 fighters hid in tunnels', 'fighter'],
    ['20 Israeli captives', 'captive'],
    ['some 30 aid trucks', 'truck'],
  ] as const)('%s -> %s', (text, unit) => {
    expect(one(text).unit).toBe(unit);
  });
});

describe('figures: bounds read as stated', () => {
  it.each([
    ['more than 100 fighters', { low: 100, lowOpen: true, high: INF, highOpen: true }, 'probably near 100'],
    ['over 100 fighters', { low: 100, lowOpen: true, high: INF, highOpen: true }, 'probably near 100'],
    ['at least 12 soldiers', { low: 12, lowOpen: false, high: INF, highOpen: true }, 'probably near 12'],
    ['under 200 fighters', { low: 0, lowOpen: false, high: 200, highOpen: true }, undefined],
    ['fewer than 100 fighters', { low: 0, lowOpen: false, high: 100, highOpen: true }, undefined],
    ['up to 25,000 people', { low: 0, lowOpen: false, high: 25_000, highOpen: false }, undefined],
    ['100 to 200 Hamas terrorists', { low: 100, lowOpen: false, high: 200, highOpen: false }, undefined],
    ['between 20 and 30 trucks', { low: 20, lowOpen: false, high: 30, highOpen: false }, undefined],
    ['about 150 gunmen', { low: 135, lowOpen: false, high: 165, highOpen: false }, undefined],
    ['approximately 200 fighters', { low: 180, lowOpen: false, high: 220, highOpen: false }, undefined],
    ['nearly 400 Palestinians', { low: 360, lowOpen: false, high: 400, highOpen: false }, undefined],
    ['scores of Hamas fighters', { low: 40, lowOpen: false, high: 199, highOpen: false }, undefined],
    ['dozens of militants', { low: 24, lowOpen: false, high: 99, highOpen: false }, undefined],
    ['hundreds of fighters', { low: 200, lowOpen: false, high: 999, highOpen: false }, undefined],
    ['200 fighters', { low: 200, lowOpen: false, high: 200, highOpen: false }, undefined],
  ] as const)('%s', (text, bounds, note) => {
    const q = one(text);
    expect(q.bounds).toEqual(bounds);
    expect(q.note).toBe(note);
  });

  it('keeps a finite drawing range for open bounds: "more than 100" is drawn 101-150', () => {
    expect(one('more than 100 fighters')).toMatchObject({ min: 101, max: 150, approximator: 'more-than' });
    expect(one('under 200 fighters')).toMatchObject({ min: 0, max: 199, approximator: 'less-than' });
  });

  it('reads "under 200, and possibly fewer than 100" as one figure with a hedge', () => {
    const q = one('there are under 200, and possibly fewer than 100 fighters in the tunnels');
    expect(q).toMatchObject({
      text: 'under 200, and possibly fewer than 100', unit: 'fighter', approximator: 'less-than',
      bounds: { low: 0, lowOpen: false, high: 200, highOpen: true },
      hedge: { text: 'possibly fewer than 100', bounds: { low: 0, lowOpen: false, high: 100, highOpen: true } },
    });
    expect(one('perhaps more than 300, possibly as many as 500 people').hedge).toMatchObject({
      text: 'possibly as many as 500', bounds: { low: 0, high: 500, highOpen: false },
    });
  });

  it('reads a figure hedged on its own as stated, with a note', () => {
    expect(one('possibly fewer than 100 fighters')).toMatchObject({
      text: 'possibly fewer than 100', bounds: { low: 0, high: 100, highOpen: true }, note: 'hedged: possibly',
    });
  });
});

describe('figures: numbers that are not quantities of the thing are left out', () => {
  it.each([
    "Trump's 20-point plan",
    'the 20-point peace plan',
    'a 45-year-old man was killed',
    'the man, 45, was killed',
    'a man aged 45 was killed',
    'he is 45 years old',
    'the attack began at 10 a.m.',
    'they met at 6 pm',
    'the meeting at 10:30 ended',
    'published on 2025-12-20',
    'on 12/20 the talks resumed',
    'the 10th round of talks',
    'the second phase',
    'which came into effect October 10',
    'In 2025 the war ended',
    'Resolution 2803 was adopted',
  ])('%s', (text) => {
    expect(extractQuantities(text)).toEqual([]);
  });
});

describe('compareQuantities: incompatible, different or same', () => {
  const cmp = (a: string, b: string) => compareQuantities(one(a), one(b));
  it.each([
    ['more than 100 fighters', 'approximately 200 fighters', 'different'],
    ['more than 100 fighters', 'about 120 militants', 'different'],
    ['100 to 200 Hamas terrorists', 'approximately 200 fighters', 'different'],
    ['100 to 200 Hamas terrorists', 'scores of Hamas fighters', 'different'],
    ['under 200 fighters', 'more than 100 fighters', 'different'],
    ['about 150 gunmen', '100 to 200 Hamas terrorists', 'different'],
    ['About 200 fighters', 'approximately 200 fighters', 'same'],
    ['200 fighters', '200 militants', 'same'],
    ['more than 100 fighters', 'dozens of militants', 'incompatible'],
    ['approximately 200 fighters', 'dozens of militants', 'incompatible'],
    ['under 200 fighters', 'approximately 200 fighters', 'different'],
    ['under 200 fighters', '250 fighters', 'incompatible'],
    ['fewer than 100 fighters', '100 fighters', 'incompatible'],
    ['more than 100 fighters', '100 fighters', 'incompatible'],
    ['at least 100 fighters', '100 fighters', 'different'],
    ['two remaining bodies', '200 fighters', null],
    ['10 percent of people', '200 people', null],
  ] as const)('%s / %s -> %s', (a, b, verdict) => {
    expect(cmp(a, b)).toBe(verdict);
    expect(cmp(b, a)).toBe(verdict);
  });

  it('does not use the hedge to make figures incompatible', () => {
    expect(cmp('under 200, and possibly fewer than 100 fighters', 'approximately 150 fighters')).toBe('different');
  });
});
