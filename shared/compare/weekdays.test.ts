import { describe, expect, it } from 'vitest';
import { extractTimes, timesComparable, timesDisagree, type TimeExpr } from './time';

/** Monday 22 and Tuesday 23 December 2025, noon local time: two outlets' publication dates. */
const MON = new Date(2025, 11, 22, 12);
const TUE = new Date(2025, 11, 23, 12);

function one(text: string, ref: Date | undefined): TimeExpr {
  const ts = extractTimes(text, ref);
  expect(ts, `times in "${text}"`).toHaveLength(1);
  expect(text.slice(ts[0]!.start, ts[0]!.end)).toBe(ts[0]!.text);
  return ts[0]!;
}

describe('weekdays anchored to the publication date', () => {
  it.each([
    ['The convoy arrived on Monday', TUE, '2025-12-22'],
    ['The convoy arrived on Monday', MON, '2025-12-22'],
    ['The convoy arrived on Thursday', MON, '2025-12-18'],
    ['The envoy will meet them on Thursday', MON, '2025-12-25'],
    ['Talks are due to resume on Wednesday', MON, '2025-12-24'],
    ['The convoy arrived on Sunday', MON, '2025-12-21'],
  ] as const)('%s (published %s) -> %s', (text, ref, iso) => {
    expect(one(text, ref).iso).toBe(iso);
  });

  it('gives no day without a publication date', () => {
    const t = one('The convoy arrived on Monday', undefined);
    expect(t.iso).toBeUndefined();
    expect(t.range).toBeUndefined();
  });
});

describe('parts of the day', () => {
  it('reads "Sunday night" and "Sunday evening" as Sunday', () => {
    expect(one('The convoy arrived on Sunday night', MON)).toMatchObject({ text: 'on Sunday night', iso: '2025-12-21', partOfDay: 'night' });
    expect(one('It arrived late Sunday night', MON)).toMatchObject({ iso: '2025-12-21', partOfDay: 'night' });
    expect(one('It arrived Sunday evening', MON)).toMatchObject({ iso: '2025-12-21', partOfDay: 'evening' });
    expect(one('on Monday morning', TUE)).toMatchObject({ iso: '2025-12-22', partOfDay: 'morning' });
  });

  it('reads "midnight on Sunday" as the night of Sunday into Monday (documented reading)', () => {
    const t = one('The convoy arrived at midnight on Sunday', MON);
    expect(t).toMatchObject({
      text: 'midnight on Sunday', partOfDay: 'midnight', range: { from: '2025-12-21', to: '2025-12-22' },
      note: 'midnight on Sunday: read as the night of Sunday into Monday',
    });
    expect(t.iso).toBeUndefined();
    expect(one('at midnight Sunday', MON).range).toEqual({ from: '2025-12-21', to: '2025-12-22' });
    expect(one('It arrived overnight Sunday', MON)).toMatchObject({
      text: 'overnight Sunday', partOfDay: 'overnight', range: { from: '2025-12-21', to: '2025-12-22' },
    });
  });

  it('flags "Sunday night" and "Monday" for one arrival as different days; "midnight on Sunday" fits both', () => {
    const midnight = one('arrived at midnight on Sunday', MON);
    const night = one('arrived on Sunday night', MON);
    const monday = one('arrived on Monday', TUE);
    expect(timesComparable(night, monday)).toBe(true);
    expect(timesDisagree(night, monday)).toBe(true);
    expect(timesDisagree(midnight, monday)).toBe(false);
    expect(timesDisagree(midnight, night)).toBe(false);
  });
});
