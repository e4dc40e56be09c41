/**
 * Calendar arithmetic on local dates. A day is held as noon local time, so
 * adding days never crosses a daylight-saving edge into the wrong date.
 */

/** Noon local time on the given calendar day (month 1-12). */
export function day(y: number, m: number, d: number): Date {
  return new Date(y, m - 1, d, 12);
}
/** The ISO calendar day (YYYY-MM-DD) of a local date. */
export function isoOf(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getFullYear(), 4)}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
export function addDays(d: Date, n: number): Date {
  const r = new Date(d.getTime());
  r.setDate(r.getDate() + Math.round(n));
  return r;
}
export function daysIn(unit: 'day' | 'week' | 'month' | 'year'): number {
  return unit === 'day' ? 1 : unit === 'week' ? 7 : unit === 'month' ? 30.44 : 365.25;
}
export function lastOfMonth(y: number, m: number): number {
  return new Date(y, m, 0).getDate();
}
export function window(from: Date, to: Date): { from: string; to: string } {
  return from <= to ? { from: isoOf(from), to: isoOf(to) } : { from: isoOf(to), to: isoOf(from) };
}

/** The calendar week (from Monday), month or year `offset` periods from ref's. */
export function calendarPeriod(ref: Date, unit: 'week' | 'month' | 'year', offset: number): { from: Date; to: Date } {
  const y = ref.getFullYear();
  const m = ref.getMonth() + 1;
  if (unit === 'year') return { from: day(y + offset, 1, 1), to: day(y + offset, 12, 31) };
  if (unit === 'month') {
    const first = new Date(y, m - 1 + offset, 1, 12);
    return { from: first, to: day(first.getFullYear(), first.getMonth() + 1, lastOfMonth(first.getFullYear(), first.getMonth() + 1)) };
  }
  const monday = addDays(ref, -((ref.getDay() + 6) % 7) + 7 * offset);
  return { from: monday, to: addDays(monday, 6) };
}

