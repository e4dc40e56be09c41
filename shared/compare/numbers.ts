/**
 * Quantities in news copy: "more than 100 fighters", "approximately 200",
 * "dozens of militants", "20,000 to 25,000 people", "over half the enclave".
 * Each becomes an interval [min, max] so two outlets' figures can be checked
 * for overlap. Dates and times are left to time.ts; ordinals ("the second
 * phase") and labels ("Phase 2", "Channel 13") are not quantities.
 *
 * How hedged figures become intervals (all bounds finite, so they survive JSON):
 * - exact N: [N, N]
 * - about / approximately / around / roughly / some / an estimated N: N ± 10%
 * - nearly / almost N: [0.9N, N] (approximator 'about')
 * - more than / over / above N: [N + 1, 1.5N] (for proportions [N, min(1, 1.5N)]).
 *   News copy says "more than 100" for figures up to the next round number;
 *   1.5N is our documented ceiling, wide enough for that, narrow enough that
 *   "more than 100" and "approximately 200" disagree.
 * - less than / fewer than / under N: [N / 1.5, N - 1]
 * - at least / no fewer than N: [N, 1.5N]
 * - up to / as many as / no more than / at most N: [0, N]
 * - N to M, N-M, between N and M, N or M: [N, M] (approximator 'range')
 * - vague words (approximator 'vague'): a few 2..5, a handful 2..6, several 3..9,
 *   dozens 24..99, scores 40..199, hundreds 200..999, thousands 2,000..9,999,
 *   tens of thousands 20,000..99,999, hundreds of thousands 200,000..999,999,
 *   millions 2,000,000..999,999,999.
 * Percentages and fractions have measure 'proportion' (50% = 0.5) and never
 * conflict with counts.
 *
 * The parser reads a figure in steps: the number itself (digits, number
 * words, vague words, fractions), then a range ("100 to 200"), then a hedge
 * before it, then the counted noun after it. Word tables are in
 * quantity-words.ts, the counted-noun rules in units.ts.
 */

import { isPlural, unitLemma, unitsCompatible } from './units';
import {
  FRACTIONS, FUNCTION_WORDS, LABEL_NOUNS, MODIFIERS, MONTHS, PHRASAL_OVER, SCALES, SMALL, STOP, VAGUE,
  matchWords, parseNumberWords, tokenize, type Hedge, type Tok,
} from './quantity-words';

// The figures chart in the renderer imports this from here.
export { unitsCompatible } from './units';

export type Approximator = 'exact' | 'about' | 'more-than' | 'less-than' | 'at-least' | 'up-to' | 'range' | 'vague';

/** A quantity found in text, with the interval it stands for. */
export interface Quantity {
  text: string;
  start: number;
  end: number;
  /** The stated number (null for ranges and vague words). */
  value: number | null;
  min: number;
  max: number;
  approximator: Approximator;
  /** 'count' for numbers of things, 'proportion' for percentages and fractions (0..1). */
  measure: 'count' | 'proportion';
  /** The noun counted, singular and lower case ('fighter', 'people', 'time', 'point'). */
  unit?: string;
}

interface Core {
  /** Token index range [from, to) of the number itself. */
  from: number;
  to: number;
  value: number | null;
  min?: number;
  max?: number;
  vague?: boolean;
  measure: 'count' | 'proportion';
  /** Unit fixed by the form itself ("20-point"). */
  unit?: string;
  /** A bare number word "one" that needs a unit to count. */
  weakOne?: boolean;
}

function parseDigits(t: Tok): { value: number; percent: boolean } {
  const percent = t.text.endsWith('%');
  const value = Number(t.text.replace(/[,%]/g, ''));
  return { value, percent };
}

function prevWord(toks: Tok[], i: number): Tok | undefined {
  const t = toks[i - 1];
  return t && t.kind === 'word' ? t : undefined;
}

/** A number that belongs to a date, a time of day, a code or a label, not a count. */
function isNotACount(text: string, toks: Tok[], from: number, to: number, value: number): boolean {
  const first = toks[from]!;
  const last = toks[to - 1]!;
  const before = text[first.start - 1] ?? ' ';
  const after = text[last.end] ?? ' ';
  if (first.kind === 'num') {
    if (/[A-Za-z]/.test(before) || /[A-Za-z]/.test(after)) return true; // RVM10, 10th, 2nd
    if (after === ':' && /\d/.test(text[last.end + 1] ?? '') || before === ':' || before === '/' || after === '/') return true; // 8:30, 12/10
    const next = toks[to];
    if (next && /^(a\.?m|p\.?m)\.?$/.test(next.lower)) return true;
    const prev = prevWord(toks, from);
    if (prev && MONTHS.has(prev.lower) && value >= 1 && value <= 31) return true;
    if (next && MONTHS.has(next.lower) && value >= 1 && value <= 31) return true;
    if (!first.text.includes(',') && Number.isInteger(value) && value >= 1900 && value <= 2100) {
      const nextWord = next?.kind === 'word' ? next.lower : '';
      if (!isPlural(nextWord)) return true; // a year, unless it counts something ("2000 troops")
    }
  }
  const prev = prevWord(toks, from);
  if (prev) {
    if (LABEL_NOUNS.has(prev.lower)) return true; // phase two, channel 13
    const capital = /^[A-Z]/.test(prev.text);
    const possessive = /['\u2019]s$/i.test(prev.text);
    if (capital && !possessive && !FUNCTION_WORDS.has(prev.lower) && !MONTHS.has(prev.lower) && first.kind === 'num') return true; // Channel 13
  }
  return false;
}

function findCore(text: string, toks: Tok[], i: number): Core | null {
  const t = toks[i]!;
  // Fractions first: "two-thirds" must not read as "two".
  for (const [words, value] of FRACTIONS) {
    if (matchWords(toks, i, words)) {
      // "a third country" is an ordinal; "a third of the territory" a fraction.
      if ((words[0] === 'a' || words[0] === 'one') && toks[i + words.length]?.lower !== 'of') continue;
      if (words[0] === 'half') {
        if (toks[i + 1]?.lower === 'a' && toks[i + 2]?.lower === 'dozen') break; // a number word
        if (['first', 'second', 'latter', 'former'].includes(toks[i - 1]?.lower ?? '')) return null; // "the second half"
      }
      return { from: i, to: i + words.length, value, measure: 'proportion' };
    }
  }
  for (const [words, min, max] of VAGUE) {
    if (matchWords(toks, i, words)) return { from: i, to: i + words.length, value: null, min, max, vague: true, measure: 'count' };
  }
  if (t.kind === 'num') {
    const { value, percent } = parseDigits(t);
    let to = i + 1;
    let v = value;
    const scale = toks[to]?.lower;
    if (scale && (scale in SCALES || scale === 'hundred')) {
      v *= scale === 'hundred' ? 100 : SCALES[scale]!;
      to++;
    }
    if (percent) return { from: i, to, value: v / 100, measure: 'proportion' };
    if (toks[to]?.lower === 'percent' || (toks[to]?.lower === 'per' && toks[to + 1]?.lower === 'cent')) {
      return { from: i, to: to + (toks[to]!.lower === 'per' ? 2 : 1), value: v / 100, measure: 'proportion' };
    }
    return { from: i, to, value: v, measure: 'count' };
  }
  if (t.kind === 'word') {
    const parsed = parseNumberWords(toks, i);
    if (!parsed) return null;
    const weakOne = parsed.value === 1 && parsed.to === i + 1;
    return { from: i, to: parsed.to, value: parsed.value, measure: 'count', weakOne };
  }
  return null;
}

/** The hyphen-joined noun of "20-point", if any. */
function hyphenUnit(toks: Tok[], core: Core): { unit: string; to: number } | null {
  const last = toks[core.to - 1]!;
  const dash = toks[core.to];
  const word = toks[core.to + 1];
  if (dash?.text === '-' && dash.start === last.end && word?.kind === 'word' && word.start === dash.end && !(word.lower in SMALL)) {
    return { unit: unitLemma(word.lower), to: core.to + 2 };
  }
  return null;
}

/** The counted noun after a number: skips "of the", prefers the first plural noun of a short run. */
function findUnit(toks: Tok[], from: number, singular: boolean): string | undefined {
  let j = from;
  if (toks[j]?.lower === 'of') {
    j++;
    if (['the', 'its', 'their', 'his', 'her', 'these', 'those', 'our'].includes(toks[j]?.lower ?? '')) j++;
  } else if (toks[j]?.lower === 'the') {
    j++; // "half the enclave"
  }
  const run: string[] = [];
  while (j < toks.length && run.length < 3) {
    const t = toks[j]!;
    if (t.kind !== 'word' || STOP.has(t.lower)) break;
    if (toks[j - 1] && hasGap(toks[j - 1]!, t)) break;
    run.push(t.lower.replace(/['\u2019]s$/, ''));
    j++;
  }
  if (run.length === 0) return undefined;
  if (!singular) {
    const plural = run.find((w) => isPlural(w));
    if (plural) return unitLemma(plural);
  }
  return unitLemma(run[run.length - 1]!);
}

/** Words more than a few characters apart belong to different phrases (a dash, a line break). */
function hasGap(a: Tok, b: Tok): boolean {
  return b.start - a.end > 3;
}

function hedgeBefore(toks: Tok[], i: number): { hedge: Hedge; from: number } | null {
  for (const [words, hedge] of MODIFIERS) {
    const from = i - words.length;
    if (from < 0 || !matchWords(toks, from, words)) continue;
    if (words.length === 1 && words[0] === 'over' && PHRASAL_OVER.has(toks[from - 1]?.lower ?? '')) return null;
    return { hedge, from };
  }
  return null;
}

function round(n: number, measure: Quantity['measure'], dir: 'down' | 'up'): number {
  if (measure === 'proportion') return Math.min(1, n);
  // The epsilon keeps float noise (200 * 1.1 = 220.00000000000003) from widening a bound.
  return dir === 'down' ? Math.floor(n + 1e-9) : Math.ceil(n - 1e-9);
}

function interval(value: number, hedge: Hedge | null, measure: Quantity['measure']): { min: number; max: number; approximator: Approximator } {
  const step = measure === 'count' && Number.isInteger(value) ? 1 : 0;
  switch (hedge) {
    case null:
      return { min: value, max: value, approximator: 'exact' };
    case 'about':
      return { min: round(value * 0.9, measure, 'down'), max: round(value * 1.1, measure, 'up'), approximator: 'about' };
    case 'nearly':
      return { min: round(value * 0.9, measure, 'down'), max: value, approximator: 'about' };
    case 'more-than':
      return { min: value + step, max: Math.max(value + step, round(value * 1.5, measure, 'up')), approximator: 'more-than' };
    case 'less-than':
      return { min: Math.min(value - step, round(value / 1.5, measure, 'up')), max: value - step, approximator: 'less-than' };
    case 'at-least':
      return { min: value, max: round(value * 1.5, measure, 'up'), approximator: 'at-least' };
    case 'up-to':
      return { min: 0, max: value, approximator: 'up-to' };
  }
}

/** The numeric reading of a figure and the token range it covers. */
interface Reading {
  first: number;
  last: number;
  value: number | null;
  min: number;
  max: number;
  approximator: Approximator;
}

/** Range step: "20,000 to 25,000", "20-25", "between 20 and 30", "two or three"; null when the core is not a range's start. */
function readRange(text: string, toks: Tok[], core: Core): Reading | null {
  const sep = toks[core.to];
  if (!sep || !['to', '-', '\u2013', 'and', 'or'].includes(sep.lower) || core.vague || core.value === null) return null;
  const other = findCore(text, toks, core.to + 1);
  const between = toks[core.from - 1]?.lower === 'between';
  if (!other || other.value === null || other.measure !== core.measure || isNotACount(text, toks, other.from, other.to, other.value)) return null;
  if ((sep.lower === 'and' && !between) || other.value <= core.value) return null;
  const opener = between || toks[core.from - 1]?.lower === 'from';
  return { first: opener ? core.from - 1 : core.from, last: other.to, value: null, min: core.value, max: other.value, approximator: 'range' };
}

/** Hedge step: the hedge word before the number turns it into an interval ("more than 100" -> 101..150). */
function readHedged(toks: Tok[], core: Core): Reading & { hedged: boolean } {
  const hedge = hedgeBefore(toks, core.from);
  const first = hedge ? hedge.from : core.from;
  if (core.vague) return { first, last: core.to, value: null, min: core.min!, max: core.max!, approximator: 'vague', hedged: !!hedge };
  return { first, last: core.to, value: core.value, ...interval(core.value!, hedge?.hedge ?? null, core.measure), hedged: !!hedge };
}

/** Unit step: the hyphen-joined noun ("20-point") or the counted noun after the figure. */
function readUnit(toks: Tok[], core: Core, last: number, value: number | null): { unit: string | undefined; last: number } {
  const hyphen = hyphenUnit(toks, { ...core, to: last });
  if (hyphen) return { unit: hyphen.unit, last: hyphen.to };
  return { unit: findUnit(toks, last, value === 1), last };
}

const NOT_COUNTED_BEFORE_ONE = new Set(['no', 'each', 'any', 'every', 'this', 'that', 'which', 'the', 'only', 'someone', 'anyone', 'everyone']);

/** Finds the quantities in a text, with offsets into it. */
export function extractQuantities(text: string): Quantity[] {
  const toks = tokenize(text);
  const out: Quantity[] = [];
  let i = 0;
  while (i < toks.length) {
    const core = findCore(text, toks, i);
    if (!core || (core.value !== null && isNotACount(text, toks, core.from, core.to, core.value))) {
      i = core ? core.to : i + 1;
      continue;
    }
    const hedged = readHedged(toks, core);
    const range = readRange(text, toks, core);
    const reading = range ? { ...range, first: Math.min(range.first, hedged.first) } : hedged;
    const { unit, last } = readUnit(toks, core, reading.last, reading.value);
    // "the only one he has left": a pronoun, not a count.
    if (core.weakOne && ((!unit && !hedged.hedged) || NOT_COUNTED_BEFORE_ONE.has(toks[core.from - 1]?.lower ?? ''))) {
      i = core.to;
      continue;
    }
    const start = toks[reading.first]!.start;
    const end = toks[last - 1]!.end;
    const q: Quantity = {
      text: text.slice(start, end), start, end, value: reading.value, min: reading.min, max: reading.max,
      approximator: reading.approximator, measure: core.measure,
    };
    if (unit) q.unit = unit;
    out.push(q);
    i = last;
  }
  return out;
}

/** Whether two quantities count compatible things and their intervals do not overlap. */
export function quantitiesConflict(a: Quantity, b: Quantity): boolean {
  if (a.measure !== b.measure) return false;
  if (!unitsCompatible(a.unit, b.unit)) return false;
  const eps = a.measure === 'proportion' ? 1e-9 : 0;
  return a.max + eps < b.min || b.max + eps < a.min;
}
