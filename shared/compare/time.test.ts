import { describe, expect, it } from 'vitest';
import { extractTimes, referenceDate, timesDisagree, type TimeExpr } from './time';

/** Saturday 20 December 2025, noon local time. */
const REF = new Date(2025, 11, 20, 12);

/** The one time expression in `text`; `ref` null means no reference date. */
function one(text: string, ref: Date | null = REF): TimeExpr {
  const ts = extractTimes(text, ref ?? undefined);
  expect(ts, `times in "${text}"`).toHaveLength(1);
  const t = ts[0]!;
  expect(text.slice(t.start, t.end)).toBe(t.text);
  return t;
}

describe('extractTimes: calendar dates', () => {
  it('reads month-day dates as absolute days in the reference year', () => {
    expect(one('which came into effect October 10 following')).toMatchObject({ kind: 'absolute', iso: '2025-10-10', parts: { month: 10, day: 10 } });
    expect(one("signing of Trump's 20-point peace plan on October 9.")).toMatchObject({ iso: '2025-10-09' });
    expect(one('ahead of a crucial December 29 meeting')).toMatchObject({ iso: '2025-12-29' });
  });
  it('keeps the written parts but no day when there is no reference date', () => {
    const t = one('came into effect October 10', null);
    expect(t.iso).toBeUndefined();
    expect(t.parts).toEqual({ month: 10, day: 10 });
  });
  it('reads a month with "later in" as that whole month', () => {
    expect(one('at the World Economic Forum in Davos later in January.')).toMatchObject({
      text: 'later in January', kind: 'absolute', range: { from: '2026-01-01', to: '2026-01-31' },
    });
    expect(one('early December')).toMatchObject({ range: { from: '2025-12-01', to: '2025-12-10' } });
  });
  it('reads "last October" as the latest October before the reference', () => {
    expect(one('since the ceasefire took effect last October.')).toMatchObject({ text: 'last October', range: { from: '2025-10-01', to: '2025-10-31' } });
  });
  it('reads a year after a preposition', () => {
    expect(one('the war that began in 2023 has')).toMatchObject({ text: '2023', range: { from: '2023-01-01', to: '2023-12-31' } });
  });
});

describe('extractTimes: relative expressions', () => {
  it('reads weekdays against the reference', () => {
    expect(one('Israeli Channel 13 reported last Saturday evening, citing')).toMatchObject({
      text: 'last Saturday evening', kind: 'relative', iso: '2025-12-13', relative: { amount: 7, unit: 'day', direction: 'past' },
    });
    expect(one('Last Friday, Witkoff and Kushner met')).toMatchObject({ text: 'Last Friday', iso: '2025-12-19' });
  });
  it('reads "last week" as the previous calendar week', () => {
    expect(one('Witkoff described last week efforts')).toMatchObject({
      kind: 'relative', range: { from: '2025-12-08', to: '2025-12-14' }, relative: { amount: 1, unit: 'week', direction: 'past', approx: false },
    });
  });
  it('reads "more than a week ago" as a hedged window', () => {
    expect(one('Witkoff indicated more than a week ago that')).toMatchObject({
      text: 'more than a week ago', range: { from: '2025-12-06', to: '2025-12-13' }, relative: { amount: 1, unit: 'week', approx: true },
    });
    expect(one('two weeks ago')).toMatchObject({ iso: '2025-12-06', relative: { amount: 2, approx: false } });
  });
  it('reads "past few weeks" and "recent weeks" as approximate windows ending at the reference', () => {
    const expected = { range: { from: '2025-11-29', to: '2025-12-20' }, relative: { amount: 3, unit: 'week', direction: 'past', approx: true } };
    expect(one('have continued over the past few weeks but')).toMatchObject(expected);
    expect(one("Hamas's strength has increased in recent weeks since")).toMatchObject(expected);
  });
  it('reads "earlier this year" from the start of the year to the reference', () => {
    expect(one('since the president took office earlier this year,')).toMatchObject({ range: { from: '2025-01-01', to: '2025-12-20' } });
  });
  it('reads event-anchored amounts without resolving them against the reference', () => {
    const after = one('The meeting took place one month after intense diplomatic mobilization');
    expect(after).toMatchObject({ text: 'one month after', kind: 'relative', relative: { amount: 1, unit: 'month', direction: 'future' } });
    expect(after.iso).toBeUndefined();
    expect(after.range).toBeUndefined();
    expect(one('following two years of devastating war')).toMatchObject({ text: 'two years of', relative: { amount: 2, unit: 'year', direction: 'past' } });
    expect(one('after two years of aggression').range).toBeUndefined();
  });
  it('does not read "now" or plain numbers as times', () => {
    expect(extractTimes('Officials now estimate that 20 captives remain', REF)).toEqual([]);
  });
});

describe('timesDisagree', () => {
  const t = (s: string) => one(s);
  it('flags different days', () => {
    expect(timesDisagree(t('October 10'), t('October 9'))).toBe(true);
    expect(timesDisagree(t('December 29'), t('on December 29 at Mar-a-Lago'))).toBe(false);
  });
  it('accepts "more than a week ago" and "last week" as the same time', () => {
    expect(timesDisagree(t('more than a week ago'), t('last week'))).toBe(false);
  });
  it('flags "last week" against a date months earlier', () => {
    expect(timesDisagree(t('last week'), t('October 10'))).toBe(true);
  });
  it('compares event-anchored durations by length', () => {
    expect(timesDisagree(t('two years of war'), t('two years of aggression'))).toBe(false);
    expect(timesDisagree(t('two years of war'), t('three years of war'))).toBe(true);
    expect(timesDisagree(t('one month after'), t('two years of war'))).toBe(false); // different directions: no verdict
  });
  it('compares written parts when there is no reference date', () => {
    const a = one('October 10', null);
    const b = one('October 9', null);
    expect(timesDisagree(a, b)).toBe(true);
    expect(timesDisagree(a, one('October 10', null))).toBe(false);
  });
  it('gives no verdict between a window and an event-anchored amount', () => {
    expect(timesDisagree(t('last week'), t('one month after'))).toBe(false);
  });
});

describe('referenceDate', () => {
  it('reads ISO dates and month-year strings', () => {
    expect(referenceDate('2025-12-20T08:00:00Z')?.getDate()).toBe(20);
    const d = referenceDate('December 2025')!;
    expect([d.getFullYear(), d.getMonth(), d.getDate()]).toEqual([2025, 11, 31]);
    expect(referenceDate(undefined)).toBeUndefined();
  });
});
