import { describe, expect, it } from 'vitest';
import type { MemberComparison } from '../../shared/compare/types';
import { MIN_BAR, niceStep, rangeChart } from './range-chart';

type Quantity = MemberComparison['quantities'][number];

function member(id: string, outletName: string, quantities: Partial<Quantity>[]): MemberComparison {
  return {
    id,
    articleId: `art-${id}`,
    outletName,
    text: '',
    start: 0,
    end: 0,
    quantities: quantities.map((q) => ({ text: '', start: 0, end: 0, value: null, min: 0, max: 0, approximator: 'exact', measure: 'count', ...q })),
    times: [],
    actors: [],
    source: { kind: 'unattributed' },
    distinctive: [],
  };
}

// As shared/compare reads them: "more than 100" is (100, ∞), drawn from 101.
const okaz = member('a', 'Okaz', [
  { text: 'more than 100', value: 100, min: 101, max: 150, approximator: 'more-than', unit: 'fighter', bounds: { low: 100, lowOpen: true, high: null, highOpen: true } },
]);
const para = member('b', 'Parapolitika', [
  { text: 'approximately 200', value: 200, min: 180, max: 220, approximator: 'about', unit: 'fighter', bounds: { low: 180, lowOpen: false, high: 220, highOpen: false } },
]);
const levant = member('c', 'The Levant Files', [
  { text: 'dozens', min: 24, max: 99, approximator: 'vague', unit: 'militant', bounds: { low: 24, lowOpen: false, high: 99, highOpen: false } },
]);

describe('rangeChart', () => {
  it('puts the fighter counts on one axis from zero; "more than 100" runs open to the axis end', () => {
    // 300 px for a 0–300 axis: one pixel per fighter.
    const chart = rangeChart([okaz, para, levant], 300)!;
    expect(chart.unit).toBe('fighter');
    expect(chart.domainMax).toBe(300);
    expect(chart.ticks.map((t) => [t.label, t.x])).toEqual([['0', 0], ['100', 100], ['200', 200], ['300', 300]]);
    const [a, b, c] = chart.rows.map((r) => r.bar!);
    expect(a).toMatchObject({ x: 101, width: 199, valueX: 100, text: 'more than 100', openHigh: true });
    expect(b).toMatchObject({ x: 180, width: 40, valueX: 200, openHigh: false });
    // A vague word has no stated value to mark.
    expect(c).toMatchObject({ x: 24, width: 75, valueX: null });
  });

  it('reads "more than 100" and "approximately 200" as different but compatible, "dozens" as incompatible with them', () => {
    const two = rangeChart([okaz, para], 300)!;
    expect([two.verdict, two.overlapAll]).toEqual(['different', true]);
    const three = rangeChart([okaz, para, levant], 300)!;
    expect([three.verdict, three.overlapAll]).toEqual(['incompatible', false]);
  });

  it('goes by the bounds, not the drawn range: a bounded reading of the same drawing range would not fit', () => {
    const closedOkaz = member('a', 'Okaz', [{ text: '101 to 150', min: 101, max: 150, approximator: 'range', unit: 'fighter', bounds: { low: 101, lowOpen: false, high: 150, highOpen: false } }]);
    expect(rangeChart([closedOkaz, para], 300)!.verdict).toBe('incompatible');
  });

  it('says when every reading can be true at once', () => {
    const about110 = member('d', 'Other', [{ text: 'about 110', value: 110, min: 99, max: 121, approximator: 'about', unit: 'fighter' }]);
    expect(rangeChart([okaz, about110], 400)!.overlapAll).toBe(true);
    const same = member('e', 'Same', [{ text: 'approximately 200', value: 200, min: 180, max: 220, approximator: 'about', unit: 'fighter' }]);
    expect(rangeChart([para, same], 400)!.verdict).toBe('same');
  });

  it('leaves a row empty for a member without a comparable figure, and needs two figures', () => {
    const none = member('e', 'Silent', [{ text: '50%', value: 0.5, min: 0.5, max: 0.5, measure: 'proportion' }]);
    const chart = rangeChart([okaz, none, para], 400)!;
    expect(chart.rows.map((r) => r.bar === null)).toEqual([false, true, false]);
    expect(rangeChart([okaz, none], 400)).toBeNull();
    expect(rangeChart([okaz], 400)).toBeNull();
  });

  it('widens exact figures to a visible bar', () => {
    const exact = member('f', 'Exact', [{ text: '120', value: 120, min: 120, max: 120, unit: 'fighter' }]);
    const chart = rangeChart([okaz, exact], 400)!;
    expect(chart.rows[1]!.bar!.width).toBe(MIN_BAR);
    expect(chart.overlapAll).toBe(true);
  });

  it('draws proportions from 0 to 100%', () => {
    const p = (id: string, v: number) => member(id, id, [{ text: `${v * 100}%`, value: v, min: v, max: v, measure: 'proportion' }]);
    const chart = rangeChart([p('x', 0.5), p('y', 0.6)], 400)!;
    expect(chart.ticks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
  });
});

describe('niceStep', () => {
  it('rounds to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([220, 1000, 37, 25_000, 0].map(niceStep)).toEqual([100, 250, 10, 10_000, 1]);
  });
});
