import type { z } from 'zod';
import { SOURCE_DETAIL_NAMES } from '../../shared/compare/attribution';
import type { CitedSourceSchema, QuantitySchema, TimeExprSchema } from '../../shared/compare/types';

/**
 * The small facts under each member in the compare view, worded for an
 * analyst: a figure and the interval it stands for, a time and the day it
 * resolves to, the cited source and its kind.
 */

type Quantity = z.infer<typeof QuantitySchema>;
type TimeExpr = z.infer<typeof TimeExprSchema>;
type CitedSource = z.infer<typeof CitedSourceSchema>;

export interface Chip {
  /** As written in the article. */
  text: string;
  /** How the app reads it (short). */
  reading: string;
  /** A full sentence for the tooltip and screen readers. */
  description: string;
}

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

function figure(n: number, measure: Quantity['measure']): string {
  return measure === 'proportion' ? `${numberFormat.format(n * 100)}%` : numberFormat.format(n);
}

const APPROX_SIGN: Record<Quantity['approximator'], string> = {
  exact: '=',
  about: '≈',
  'more-than': '>',
  'less-than': '<',
  'at-least': '≥',
  'up-to': '≤',
  range: '',
  vague: '',
};

const APPROX_WORDS: Record<Quantity['approximator'], string> = {
  exact: 'exactly',
  about: 'about',
  'more-than': 'more than',
  'less-than': 'less than',
  'at-least': 'at least',
  'up-to': 'up to',
  range: 'between',
  vague: 'a vague amount',
};

/** The bounds in words: "over 100, no upper bound", "24 to 99". */
function boundsWords(q: Quantity, f: (n: number) => string): string {
  const b = q.bounds;
  if (b && b.high === null) return `${b.lowOpen ? 'over' : 'at least'} ${f(b.low)}, no upper bound`;
  if (b && b.low === 0 && b.high !== null) return `${b.highOpen ? 'under' : 'at most'} ${f(b.high)}`;
  return q.min === q.max ? f(q.min) : `${f(q.min)} to ${f(q.max)}`;
}

/** "more than 100" → "> 100", "dozens" → "24–99", with the bounds in words (and a note such as "probably near 100"). */
export function quantityChip(q: Quantity): Chip {
  const f = (n: number) => figure(n, q.measure);
  const interval = q.min === q.max ? f(q.min) : `${f(q.min)}–${f(q.max)}`;
  const reading = q.value !== null && q.approximator !== 'range' && q.approximator !== 'vague' ? `${APPROX_SIGN[q.approximator]} ${f(q.value)}` : interval;
  const said = q.value !== null && q.approximator !== 'range' && q.approximator !== 'vague' ? `${APPROX_WORDS[q.approximator]} ${f(q.value)}` : APPROX_WORDS[q.approximator];
  const note = q.note ? ` (${q.note})` : '';
  return { text: q.text, reading, description: `“${q.text}”: ${said}, read as ${boundsWords(q, f)}${note}` };
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function day(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
}

/** "last week" → "about 1 week ago", "5 December" → "5 Dec 2025". */
export function timeChip(t: TimeExpr): Chip {
  let reading = t.kind === 'absolute' ? 'date' : 'relative time';
  if (t.iso) reading = day(t.iso);
  else if (t.range) reading = `${day(t.range.from)} – ${day(t.range.to)}`;
  else if (t.relative) {
    const { amount, unit, direction, approx } = t.relative;
    const n = `${approx ? 'about ' : ''}${amount} ${unit}${amount === 1 ? '' : 's'}`;
    reading = direction === 'past' ? `${n} ago` : `in ${n}`;
  } else if (t.parts) {
    reading = [t.parts.day, t.parts.month, t.parts.year].filter((p) => p !== undefined).join('/');
  }
  return { text: t.text, reading, description: `“${t.text}”: ${reading}` };
}

const SOURCE_NAMES: Record<CitedSource['kind'], string> = {
  named: 'named source',
  'anonymous-official': 'anonymous official',
  'media-report': 'media report',
  document: 'document',
  unattributed: 'unattributed',
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The cited source: what kind of source it is (named person, named
 * organisation, anonymous official, unnamed group, media report, document),
 * its words when the span names one, and the cue that attributes it
 * ("cited", "according to").
 */
export function sourceChip(s: CitedSource): Chip & { cue: string | null } {
  const kind = s.detail ? SOURCE_DETAIL_NAMES[s.detail] : SOURCE_NAMES[s.kind];
  const cue = s.cue ? ` (cue: “${s.cue}”)` : '';
  const description = s.text
    ? `Cited source: “${s.text}”, ${kind}${cue}`
    : s.kind === 'unattributed'
      ? 'No source is cited for this'
      : `Cited source: ${kind}${cue}`;
  return { text: s.text ?? capital(kind), reading: capital(kind), description, cue: s.cue ?? null };
}
