import * as chrono from 'chrono-node';
import { addDays, calendarPeriod, day, daysIn, isoOf, lastOfMonth, window } from './calendar';
import { anchorWeekday, applyPartOfDay, futureCue, type PartOfDay } from './weekdays';

/**
 * Time expressions: calendar dates through chrono-node, plus rules for the
 * relative and vague phrases news copy uses and chrono misreads or misses
 * ("more than a week ago", "recent weeks", "one month after", "two years of").
 *
 * Every expression resolvable against a reference date (the article's
 * publication date, else now) gets a window [from, to] of calendar days, so
 * two outlets can be checked for overlap. Conventions, all in calendar days
 * in the local time zone (as chrono-node uses):
 * - "N units ago": [ref - (N + 0.5) units, ref - (N - 0.5) units]; with "more
 *   than"/"over": [ref - 2N units, ref - N units]; with "about": ±50%;
 *   with "nearly"/"less than": [ref - N units, ref].
 * - "few", "several" and "recent" count as 3 (approximate): "past few weeks"
 *   and "recent weeks" are [ref - 3 weeks, ref].
 * - "last/this/next week|month|year" are calendar periods (weeks start
 *   Monday); "earlier this year" runs from the start of the year to ref,
 *   "later this month" from ref to the end of the month.
 * - A month name alone is the whole month; "early"/"mid"/"late" narrow it
 *   to days 1-10/11-20/21-end; "last October" is the latest October before ref.
 * - "one month after", "two years of", "three days later" are measured from
 *   an event, not from ref: they carry `relative` but no window.
 */

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

/** A time expression found in text. Dates are ISO calendar dates (YYYY-MM-DD). */
export interface TimeExpr {
  text: string;
  start: number;
  end: number;
  /** 'absolute' for calendar dates and years as written; 'relative' for anything measured from a reference or an event. */
  kind: 'absolute' | 'relative';
  /** The day meant, when it resolves to one day. */
  iso?: string;
  /** The window of days meant, when it resolves against the reference. */
  range?: { from: string; to: string };
  /** Amount and direction for relative expressions. */
  relative?: { amount: number; unit: TimeUnit; direction: 'past' | 'future'; approx: boolean };
  /** The calendar parts written in an absolute expression (year may be missing). */
  parts?: { year?: number; month?: number; day?: number };
  /** The part of the day named ("Sunday night" -> 'night'); see weekdays.ts. */
  partOfDay?: PartOfDay;
  /** How an ambiguous expression was read ("midnight on Sunday: read as the night of Sunday into Monday"). */
  note?: string;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, few: 3, 'a few': 3, several: 3, recent: 3, 'a couple of': 2,
};
const APPROX_AMOUNTS = new Set(['few', 'a few', 'several', 'recent']);
const AMOUNT = String.raw`(\d+|a couple of|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|few|several)`;
const UNIT = String.raw`(days?|weeks?|months?|years?)`;
const HEDGE = String.raw`(?:(more than|over|just over|nearly|almost|about|around|roughly|some|at least|less than|under)\s+)?`;

type Hedge = 'more' | 'about' | 'less' | null;
function hedgeOf(word: string | undefined): Hedge {
  if (!word) return null;
  const w = word.toLowerCase();
  if (['more than', 'over', 'just over', 'at least'].includes(w)) return 'more';
  if (['nearly', 'almost', 'less than', 'under'].includes(w)) return 'less';
  return 'about';
}

function amountOf(word: string): { amount: number; approx: boolean } {
  const w = word.toLowerCase();
  const n = /^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w] ?? 1;
  return { amount: n, approx: APPROX_AMOUNTS.has(w) };
}

function unitOf(word: string): TimeUnit {
  return word.toLowerCase().replace(/s$/, '') as TimeUnit;
}

// ---- rules ----------------------------------------------------------------

interface Found extends TimeExpr {}

type Rule = (text: string, ref: Date | undefined) => Found[];

function matches(re: RegExp, text: string): RegExpMatchArray[] {
  return [...text.matchAll(re)];
}

/** "one month after", "two years of war", "three days later": measured from an event. */
const anchored: Rule = (text) =>
  matches(new RegExp(String.raw`\b${HEDGE}${AMOUNT}\s+${UNIT}\s+(after|later|before|earlier|of)\b`, 'gi'), text).map((m) => {
    const { amount, approx } = amountOf(m[2]!);
    const dir = m[4]!.toLowerCase();
    return {
      text: m[0], start: m.index!, end: m.index! + m[0].length, kind: 'relative' as const,
      relative: { amount, unit: unitOf(m[3]!), direction: dir === 'after' || dir === 'later' ? 'future' as const : 'past' as const, approx: approx || m[1] !== undefined },
    };
  });

/** "a week ago", "more than a week ago", "about two months ago". */
const ago: Rule = (text, ref) =>
  matches(new RegExp(String.raw`\b${HEDGE}${AMOUNT}\s+${UNIT}\s+ago\b`, 'gi'), text).map((m) => {
    const { amount, approx } = amountOf(m[2]!);
    const unit = unitOf(m[3]!);
    const hedge = hedgeOf(m[1]);
    const found: Found = {
      text: m[0], start: m.index!, end: m.index! + m[0].length, kind: 'relative',
      relative: { amount, unit, direction: 'past', approx: approx || hedge !== null },
    };
    if (ref) {
      const n = amount * daysIn(unit);
      const u = daysIn(unit);
      const [far, near] =
        hedge === 'more' ? [2 * n, n] : hedge === 'less' ? [n, 0] : hedge === 'about' || approx ? [1.5 * n, 0.5 * n] : [n + u / 2, n - u / 2];
      found.range = window(addDays(ref, -far), addDays(ref, -near));
      if (hedge === null && !approx) found.iso = isoOf(addDays(ref, -n));
    }
    return found;
  });

/** "the past few weeks", "the last two months", "recent weeks", "in recent days". */
const recent: Rule = (text, ref) =>
  matches(new RegExp(String.raw`\b(?:(?:the\s+)?(?:past|last)\s+(?:${AMOUNT}\s+)?|(recent)\s+)${UNIT}`, 'gi'), text)
    .filter((m) => m[1] !== undefined || m[2] !== undefined || /s$/i.test(m[3]!))
    .map((m) => {
      const word = m[2] ?? m[1] ?? 'one';
      const { amount, approx } = amountOf(word);
      const unit = unitOf(m[3]!);
      const found: Found = {
        text: m[0], start: m.index!, end: m.index! + m[0].length, kind: 'relative',
        relative: { amount, unit, direction: 'past', approx },
      };
      if (ref) found.range = window(addDays(ref, -amount * daysIn(unit)), ref);
      return found;
    });

/** "last week", "this year", "earlier this year", "later this month", "next week". */
const period: Rule = (text, ref) =>
  matches(/\b(?:(earlier|later)\s+)?(last|this|next|previous)\s+(week|month|year)\b/gi, text).map((m) => {
    const edge = m[1]?.toLowerCase();
    const which = m[2]!.toLowerCase();
    const unit = m[3]!.toLowerCase() as 'week' | 'month' | 'year';
    const offset = which === 'last' || which === 'previous' ? -1 : which === 'next' ? 1 : 0;
    const direction = offset < 0 || edge === 'earlier' ? 'past' : 'future';
    const found: Found = {
      text: m[0], start: m.index!, end: m.index! + m[0].length, kind: 'relative',
      relative: { amount: Math.abs(offset), unit, direction, approx: edge !== undefined },
    };
    if (ref) {
      const p = calendarPeriod(ref, unit, offset);
      const from = edge === 'later' && offset === 0 ? ref : p.from;
      const to = edge === 'earlier' && offset === 0 ? ref : p.to;
      found.range = window(from, to);
    }
    return found;
  });

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "in 2024", "since 2023", "by 2030": a year on its own. */
const bareYear: Rule = (text) =>
  matches(/\b(in|since|by|until|during|from|before|after|of|early|late|mid-?)\s+((?:19|20)\d\d)\b(?![,\d]|\s*(?:troops|people|soldiers|fighters))/gi, text).map((m) => {
    const year = Number(m[2]);
    const start = m.index! + m[0].length - m[2]!.length;
    return {
      text: m[2]!, start, end: start + m[2]!.length, kind: 'absolute' as const,
      range: { from: `${year}-01-01`, to: `${year}-12-31` }, parts: { year },
    };
  });

const RULES: Rule[] = [anchored, ago, recent, period, bareYear];

// ---- chrono results -------------------------------------------------------

const MONTH_EDGE = /\b(later in|earlier in|early|late|mid-?|in early|in late|in mid-?|last)\s*$/i;

function fromChrono(text: string, r: chrono.ParsedResult, ref: Date | undefined): Found | null {
  let start = r.index;
  let t = r.text.replace(/[\s,.;:]+$/, '');
  if (/^now$/i.test(t)) return null; // "officials now estimate": not a date
  const c = r.start;
  const known = (k: chrono.Component) => c.isCertain(k);
  const year = c.get('year') ?? undefined;
  const month = c.get('month') ?? undefined;
  const dayOfMonth = c.get('day') ?? undefined;
  const casual = /\b(today|tonight|yesterday|tomorrow|ago|later|last|next|this|past)\b/i.test(t);
  const explicitDate = !casual && known('month') && (known('day') || !known('weekday'));
  if (explicitDate) {
    const parts: TimeExpr['parts'] = { month: month! };
    if (known('day')) parts.day = dayOfMonth!;
    if (known('year')) parts.year = year!;
    const found: Found = { text: t, start, end: start + t.length, kind: 'absolute', parts };
    const y = known('year') ? year! : ref ? year! : undefined;
    if (known('day')) {
      if (y !== undefined) found.iso = isoOf(day(y, month!, dayOfMonth!));
    } else {
      // A month alone, perhaps narrowed: "later in January", "early December", "last October".
      const before = text.slice(0, start);
      const edge = MONTH_EDGE.exec(before);
      let yy = y;
      if (edge) {
        start = edge.index;
        t = text.slice(start, r.index + t.length);
        found.text = t;
        found.start = start;
        found.end = start + t.length;
        const e = edge[1]!.toLowerCase();
        if (e === 'last' && ref) {
          yy = month! < ref.getMonth() + 1 ? ref.getFullYear() : ref.getFullYear() - 1;
          found.kind = 'relative';
          found.relative = { amount: 1, unit: 'year', direction: 'past', approx: true };
        }
        if (yy !== undefined) {
          const last = lastOfMonth(yy, month!);
          const [d1, d2] = /early/.test(e) ? [1, 10] : /mid/.test(e) ? [11, 20] : /late/.test(e) && !/later/.test(e) ? [21, last] : [1, last];
          found.range = { from: isoOf(day(yy, month!, d1)), to: isoOf(day(yy, month!, d2)) };
        }
      } else if (yy !== undefined) {
        found.range = { from: isoOf(day(yy, month!, 1)), to: isoOf(day(yy, month!, lastOfMonth(yy, month!))) };
      }
    }
    if (r.end && found.iso) {
      const e = r.end;
      found.range = { from: found.iso, to: isoOf(day(e.get('year')!, e.get('month')!, e.get('day')!)) };
    }
    return found;
  }
  // Weekdays and casual references: "last Saturday evening", "last Friday", "today", "on Monday".
  const found: Found = { text: t, start, end: start + t.length, kind: 'relative' };
  const bareWeekday = known('weekday') && !known('day') && !/\b(?:last|next|this|past|previous|coming)\b/i.test(t);
  if (ref && year !== undefined && month !== undefined && dayOfMonth !== undefined) {
    const date = bareWeekday ? anchorWeekday(c.get('weekday')!, ref, futureCue(text, start)) : day(year, month, dayOfMonth);
    found.iso = isoOf(date);
    const refDay = day(ref.getFullYear(), ref.getMonth() + 1, ref.getDate());
    const diff = Math.round((date.getTime() - refDay.getTime()) / 86_400_000);
    found.relative = { amount: Math.abs(diff), unit: 'day', direction: diff <= 0 ? 'past' : 'future', approx: false };
  }
  return applyPartOfDay(found, text);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Finds time expressions in text; `ref` (the article's date) resolves relative ones to days. */
export function extractTimes(text: string, ref?: Date): TimeExpr[] {
  const out: Found[] = [];
  for (const rule of RULES) {
    for (const f of rule(text, ref)) if (!out.some((o) => overlaps(o, f))) out.push(f);
  }
  const chronoRef = ref ?? new Date();
  for (const r of chrono.parse(text, chronoRef, { forwardDate: false })) {
    const f = fromChrono(text, r, ref);
    if (f && !out.some((o) => overlaps(o, f))) out.push(f);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The window of days an expression stands for, if it has one. */
function windowOf(t: TimeExpr, ref: Date | undefined): { from: string; to: string } | null {
  if (t.range) return t.range;
  if (t.iso) return { from: t.iso, to: t.iso };
  if (t.parts?.month !== undefined && ref) {
    const y = t.parts.year ?? ref.getFullYear();
    const m = t.parts.month;
    return t.parts.day !== undefined
      ? { from: isoOf(day(y, m, t.parts.day)), to: isoOf(day(y, m, t.parts.day)) }
      : { from: isoOf(day(y, m, 1)), to: isoOf(day(y, m, lastOfMonth(y, m))) };
  }
  return null;
}

/** Whether two expressions can be compared at all (both resolve to days, both give written dates, or both are event-anchored amounts in one direction). */
export function timesComparable(a: TimeExpr, b: TimeExpr, ref?: Date): boolean {
  if (windowOf(a, ref) && windowOf(b, ref)) return true;
  if (a.parts && b.parts) return true;
  return !windowOf(a, ref) && !windowOf(b, ref) && !!a.relative && !!b.relative && a.relative.direction === b.relative.direction;
}

/**
 * Whether two expressions cannot mean the same time: their windows do not
 * overlap; or, without windows, their written dates differ; or two event-anchored
 * amounts in the same direction differ (by more than half when either is approximate).
 */
export function timesDisagree(a: TimeExpr, b: TimeExpr, ref?: Date): boolean {
  const wa = windowOf(a, ref);
  const wb = windowOf(b, ref);
  if (wa && wb) return wa.to < wb.from || wb.to < wa.from;
  if (a.parts && b.parts) {
    for (const k of ['year', 'month', 'day'] as const) {
      const x = a.parts[k];
      const y = b.parts[k];
      if (x !== undefined && y !== undefined && x !== y) return true;
    }
    return false;
  }
  if (!wa && !wb && a.relative && b.relative && a.relative.direction === b.relative.direction) {
    const da = a.relative.amount * daysIn(a.relative.unit);
    const db = b.relative.amount * daysIn(b.relative.unit);
    const tolerance = a.relative.approx || b.relative.approx ? 0.5 : 0.1;
    return Math.abs(da - db) > tolerance * Math.max(da, db);
  }
  return false;
}

/** Parses an article's published date ("2025-12-20", "December 2025") into a reference date, if it can. */
export function referenceDate(publishedAt: string | undefined): Date | undefined {
  if (!publishedAt) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthYear = /^([A-Za-z]+)\s+(\d{4})$/.exec(publishedAt.trim());
  if (monthYear) {
    const m = MONTH_NAMES.indexOf(monthYear[1]!.toLowerCase());
    if (m >= 0) {
      const y = Number(monthYear[2]);
      return day(y, m + 1, lastOfMonth(y, m + 1)); // the latest the article can be
    }
  }
  return chrono.parseDate(publishedAt) ?? undefined;
}
