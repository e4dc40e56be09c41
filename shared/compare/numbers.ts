/**
 * Quantities in news copy: "more than 100 fighters", "approximately 200",
 * "dozens of militants", "20,000 to 25,000 people", "over half the enclave".
 * Each becomes an interval [min, max] so two outlets' figures can be checked
 * for overlap. Dates and times are left to time.ts; ordinals ("the second
 * phase") and labels ("Phase 2", "Channel 13") are not quantities.
 *
 * Each figure carries its bounds as stated ("more than 100" is (100, ∞),
 * "under 200" is [0, 200)) and a finite range to draw; quantity-bounds.ts
 * documents both and compares figures. Vague words (approximator 'vague'):
 * a few 2..5, a handful 2..6, several 3..9, dozens 24..99, scores 40..199,
 * hundreds 200..999, thousands 2,000..9,999, tens of thousands
 * 20,000..99,999, hundreds of thousands 200,000..999,999, millions
 * 2,000,000..999,999,999. Percentages and fractions have measure
 * 'proportion' (50% = 0.5) and never compare with counts.
 *
 * Left out as not quantities of a thing: dates (October 10, 2025-12-20,
 * 12/20), years, times of day (8:30, 10 a.m.), ages (aged 45, 45 years old,
 * "the man, 45,"), ordinals (10th), labels (Phase 2, Channel 13, Resolution
 * 2803) and hyphenated modifiers ("20-point plan", "45-year-old").
 *
 * A figure hedged by "possibly"/"perhaps"/... right after another ("under
 * 200, and possibly fewer than 100") is that figure's `hedge`, not a second
 * figure; on its own ("possibly fewer than 100") it is read as stated with
 * the note "hedged: possibly".
 *
 * The parser reads a figure in steps: the number itself (digits, number
 * words, vague words, fractions), then a range ("100 to 200"), then a hedge
 * before it, then the counted noun after it. Word tables are in
 * quantity-words.ts, the counted-noun rules in units.ts.
 */

import { boundsOfHedge, drawingRange, type Bounds } from './quantity-bounds';
import { isPlural, unitLemma } from './units';
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
  /** The head of the counted noun phrase, singular and lower case ('fighter' for "Hamas fighters", 'people'). */
  unit?: string;
  /** The bounds as stated; min/max are the finite range drawn. */
  bounds?: Bounds;
  /** A reading note: "probably near 100" for "more than 100", "hedged: possibly". */
  note?: string;
  /** A second, hedged figure said of the same thing: "possibly fewer than 100". */
  hedge?: { text: string; bounds: Bounds };
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
    if (/^\s*[ap]\.?m\b\.?/i.test(text.slice(last.end, last.end + 6))) return true; // 10 a.m., 6 pm
    if (/\d{4}-\d{1,2}(?:-\d{1,2})?$/.test(text.slice(Math.max(0, first.start - 8), last.end)) || /^-\d{1,2}-\d{1,2}/.test(text.slice(last.end))) return true; // 2025-12-20
    if (isAge(text, toks, from, to, value)) return true;
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

/** "aged 45", "45 years old", "the man, 45, was": an age. */
function isAge(text: string, toks: Tok[], from: number, to: number, value: number): boolean {
  if (toks[from - 1]?.lower === 'aged') return true;
  if (['year', 'years'].includes(toks[to]?.lower ?? '') && toks[to + 1]?.lower === 'old') return true;
  const commaBefore = /\p{L}\s*,\s*$/u.test(text.slice(Math.max(0, toks[from]!.start - 30), toks[from]!.start));
  const commaAfter = /^\s*,/.test(text.slice(toks[to - 1]!.end));
  return commaBefore && commaAfter && Number.isInteger(value) && value > 0 && value < 120 && STOP.has(toks[to + 1]?.lower ?? '');
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

/**
 * The counted noun after a number: skips "of the", then takes the head of a
 * short run of words: the first plural that is not a capitalised modifier
 * ("Hamas fighters" -> fighter, "Western diplomats" -> diplomat), else the
 * first plural, else the last word.
 */
function findUnit(toks: Tok[], from: number, singular: boolean): string | undefined {
  let j = from;
  if (toks[j]?.lower === 'of') {
    j++;
    if (['the', 'its', 'their', 'his', 'her', 'these', 'those', 'our'].includes(toks[j]?.lower ?? '')) j++;
  } else if (toks[j]?.lower === 'the') {
    j++; // "half the enclave"
  }
  const run: { word: string; capital: boolean }[] = [];
  while (j < toks.length && run.length < 3) {
    const t = toks[j]!;
    if (t.kind !== 'word' || STOP.has(t.lower)) break;
    if (toks[j - 1] && hasGap(toks[j - 1]!, t)) break;
    run.push({ word: t.lower.replace(/['\u2019]s$/, ''), capital: /^[A-Z]/.test(t.text) });
    j++;
  }
  if (run.length === 0) return undefined;
  if (!singular) {
    const plural = run.find((w) => !w.capital && isPlural(w.word)) ?? run.find((w) => isPlural(w.word));
    if (plural) return unitLemma(plural.word);
  }
  const last = [...run].reverse().find((w) => !w.capital) ?? run[run.length - 1]!;
  return unitLemma(last.word);
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

/** The reading of one figure without its noun, and the token range [first, last) it covers. */
interface Reading {
  first: number;
  last: number;
  value: number | null;
  bounds: Bounds;
  approximator: Approximator;
  /** Stated only from below: "more than N", "at least N". */
  onlyFromBelow: boolean;
  hedged: boolean;
  /** The possibility word before it: "possibly", "perhaps". */
  possibly?: string;
}

/** Range step: "20,000 to 25,000", "20-25", "between 20 and 30", "two or three"; null when the core is not a range's start. */
function readRange(text: string, toks: Tok[], core: Core): { first: number; last: number; min: number; max: number } | null {
  const sep = toks[core.to];
  if (!sep || !['to', '-', '\u2013', 'and', 'or'].includes(sep.lower) || core.vague || core.value === null) return null;
  const other = findCore(text, toks, core.to + 1);
  const between = toks[core.from - 1]?.lower === 'between';
  if (!other || other.value === null || other.measure !== core.measure || isNotACount(text, toks, other.from, other.to, other.value)) return null;
  if ((sep.lower === 'and' && !between) || other.value <= core.value) return null;
  const opener = between || toks[core.from - 1]?.lower === 'from';
  return { first: opener ? core.from - 1 : core.from, last: other.to, min: core.value, max: other.value };
}

const closedBounds = (low: number, high: number): Bounds => ({ low, lowOpen: false, high, highOpen: false });

/** Range and hedge steps: the number with a range after it or a hedge before it, as bounds. */
function readFigure(text: string, toks: Tok[], core: Core): Reading {
  const hedge = hedgeBefore(toks, core.from);
  let first = hedge ? hedge.from : core.from;
  let reading: Reading;
  const range = readRange(text, toks, core);
  if (range) {
    first = Math.min(first, range.first);
    reading = { first, last: range.last, value: null, bounds: closedBounds(range.min, range.max), approximator: 'range', onlyFromBelow: false, hedged: !!hedge };
  } else if (core.vague) {
    reading = { first, last: core.to, value: null, bounds: closedBounds(core.min!, core.max!), approximator: 'vague', onlyFromBelow: false, hedged: !!hedge };
  } else {
    const h = hedge?.hedge ?? null;
    const approximator: Approximator = h === null ? 'exact' : h === 'nearly' ? 'about' : h;
    reading = {
      first, last: core.to, value: core.value, bounds: boundsOfHedge(core.value!, h, core.measure), approximator,
      onlyFromBelow: h === 'more-than' || h === 'at-least', hedged: !!hedge,
    };
  }
  const before = toks[reading.first - 1]?.lower ?? '';
  if (POSSIBLY.has(before)) {
    reading.first -= 1;
    reading.possibly = before;
  }
  return reading;
}

/** Words that make a figure a possibility rather than a statement. */
const POSSIBLY = new Set(['possibly', 'perhaps', 'maybe', 'potentially', 'probably', 'likely']);
const JOINERS = new Set([',', 'and', 'or', 'but', '\u2014', '-']);

/** Hedge step after a figure: ", and possibly fewer than 100" read as that figure's hedge. */
function readHedgeAfter(text: string, toks: Tok[], last: number): Reading | null {
  let j = last;
  while (j < last + 3 && JOINERS.has(toks[j]?.lower ?? '')) j++;
  if (!POSSIBLY.has(toks[j]?.lower ?? '')) return null;
  for (let k = j + 1; k <= j + 4 && k < toks.length; k++) {
    const core = findCore(text, toks, k);
    if (!core || (core.value !== null && isNotACount(text, toks, core.from, core.to, core.value))) continue;
    const second = readFigure(text, toks, core);
    return second.first === j ? second : null;
  }
  return null;
}

/** Unit step: the counted noun after the figure; null for a hyphenated modifier ("20-point plan", "45-year-old"). */
function readUnit(toks: Tok[], core: Core, last: number, value: number | null): { unit: string | undefined } | null {
  if (hyphenUnit(toks, { ...core, to: last })) return null;
  return { unit: findUnit(toks, last, value === 1) };
}

const NOT_COUNTED_BEFORE_ONE = new Set(['no', 'each', 'any', 'every', 'this', 'that', 'which', 'the', 'only', 'someone', 'anyone', 'everyone']);

function noteOf(reading: Reading): string | undefined {
  const notes: string[] = [];
  if (reading.possibly) notes.push(`hedged: ${reading.possibly}`);
  if (reading.onlyFromBelow && reading.value !== null) notes.push(`probably near ${reading.value.toLocaleString('en-US')}`);
  return notes.length ? notes.join('; ') : undefined;
}

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
    const reading = readFigure(text, toks, core);
    const hedge = readHedgeAfter(text, toks, reading.last);
    const last = hedge ? hedge.last : reading.last;
    const unit = readUnit(toks, core, last, reading.value);
    if (!unit) {
      i = hyphenUnit(toks, { ...core, to: last })!.to;
      continue;
    }
    // "the only one he has left": a pronoun, not a count.
    if (core.weakOne && ((!unit.unit && !reading.hedged) || NOT_COUNTED_BEFORE_ONE.has(toks[core.from - 1]?.lower ?? ''))) {
      i = core.to;
      continue;
    }
    const start = toks[reading.first]!.start;
    const end = toks[last - 1]!.end;
    const q: Quantity = {
      text: text.slice(start, end), start, end, value: reading.value,
      ...drawingRange(reading.bounds, core.measure, reading.onlyFromBelow),
      approximator: reading.approximator, measure: core.measure, bounds: reading.bounds,
    };
    if (unit.unit) q.unit = unit.unit;
    const note = noteOf(reading);
    if (note) q.note = note;
    if (hedge) q.hedge = { text: text.slice(toks[hedge.first]!.start, toks[hedge.last - 1]!.end), bounds: hedge.bounds };
    out.push(q);
    i = last;
  }
  return out;
}

export { compareQuantities, quantitiesConflict, type Bounds, type QuantityVerdict } from './quantity-bounds';
