import { addDays, isoOf } from './calendar';

/**
 * Weekdays and parts of the day, anchored to the article's publication date.
 *
 * - A bare weekday ("on Monday") is the nearest such day on or before the
 *   publication date (news reports what happened), or on or after it when
 *   the sentence speaks of the future before it ("will meet on Thursday",
 *   "is due to resume on Wednesday"). "last/next/this Monday" keep
 *   chrono-node's reading.
 * - Parts of the day keep the day: "Sunday night", "late Sunday night",
 *   "Sunday evening" and "Monday morning" are that day.
 * - "midnight on Sunday" / "midnight Sunday" is ambiguous between Sunday
 *   00:00 and the end of Sunday. We read it as the night of Sunday into
 *   Monday (the usual news sense), so its window is Sunday..Monday and it
 *   agrees with both "Sunday night" and "Monday"; "overnight Sunday" likewise.
 */

export type PartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night' | 'midnight' | 'overnight';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FUTURE = /\b(?:will|shall|is due|are due|due to|expected to|scheduled|plans? to|set to|going to|to be held)\b/i;

/** Whether the words of the sentence before an expression speak of the future. */
export function futureCue(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1);
  return FUTURE.test(sentence);
}

/** The day a bare weekday (0 Sunday .. 6 Saturday) names: on or before ref, or on or after it for the future. */
export function anchorWeekday(weekday: number, ref: Date, future: boolean): Date {
  const diff = weekday - ref.getDay();
  if (future) return addDays(ref, (diff + 7) % 7);
  return addDays(ref, -((-diff + 7) % 7));
}

const PARTS: [RegExp, PartOfDay][] = [
  [/\bmidnight\b/i, 'midnight'],
  [/\bnoon\b|\bmidday\b/i, 'noon'],
  [/\bmorning\b|\bdawn\b/i, 'morning'],
  [/\bafternoon\b/i, 'afternoon'],
  [/\bevening\b/i, 'evening'],
  [/\bnight\b/i, 'night'],
];

interface DayExpr {
  text: string;
  start: number;
  end: number;
  iso?: string;
  range?: { from: string; to: string };
  partOfDay?: PartOfDay;
  note?: string;
}

/**
 * Names the part of the day of an expression found in `text`, taking in an
 * "overnight" or "midnight" written just before it; a midnight or overnight
 * on a known day becomes the window of that day and the next.
 */
export function applyPartOfDay<T extends DayExpr>(found: T, text: string): T {
  const before = /\b(overnight|midnight)\s+(?:on\s+)?$/i.exec(text.slice(Math.max(0, found.start - 20), found.start));
  if (before) {
    found.start -= before[0].length;
    found.text = text.slice(found.start, found.end);
  }
  const part = before ? (before[1]!.toLowerCase() as PartOfDay) : PARTS.find(([re]) => re.test(found.text))?.[1];
  if (!part) return found;
  found.partOfDay = part;
  if ((part === 'midnight' || part === 'overnight') && found.iso) {
    const d = new Date(`${found.iso}T12:00:00`);
    const next = addDays(d, 1);
    found.range = { from: found.iso, to: isoOf(next) };
    found.note = `${found.text}: read as the night of ${WEEKDAYS[d.getDay()]} into ${WEEKDAYS[next.getDay()]}`;
    delete found.iso;
  }
  return found;
}
