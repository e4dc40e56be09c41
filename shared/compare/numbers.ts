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
 */

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

interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'punct';
}

const TOKEN = /[A-Za-z]+(?:['\u2019][A-Za-z]+)*|\d+(?:,\d{3})*(?:\.\d+)?%?|\S/g;

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const kind = /^\d/.test(t) ? 'num' : /^[A-Za-z]/.test(t) ? 'word' : 'punct';
    out.push({ text: t, lower: t.toLowerCase(), start: m.index!, end: m.index! + t.length, kind });
  }
  return out;
}

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

const VAGUE: [string[], number, number][] = [
  [['hundreds', 'of', 'thousands'], 200_000, 999_999],
  [['tens', 'of', 'thousands'], 20_000, 99_999],
  [['a', 'handful'], 2, 6],
  [['a', 'few'], 2, 5],
  [['several'], 3, 9],
  [['dozens'], 24, 99],
  [['scores'], 40, 199],
  [['hundreds'], 200, 999],
  [['thousands'], 2_000, 9_999],
  [['millions'], 2_000_000, 999_999_999],
];

const FRACTIONS: [string[], number][] = [
  [['two', '-', 'thirds'], 2 / 3],
  [['three', '-', 'quarters'], 0.75],
  [['two', 'thirds'], 2 / 3],
  [['three', 'quarters'], 0.75],
  [['a', 'third'], 1 / 3],
  [['one', 'third'], 1 / 3],
  [['a', 'quarter'], 0.25],
  [['one', 'quarter'], 0.25],
  [['half'], 0.5],
];

type Hedge = 'about' | 'nearly' | 'more-than' | 'less-than' | 'at-least' | 'up-to';
const MODIFIERS: [string[], Hedge][] = [
  [['no', 'fewer', 'than'], 'at-least'],
  [['no', 'less', 'than'], 'at-least'],
  [['no', 'more', 'than'], 'up-to'],
  [['in', 'excess', 'of'], 'more-than'],
  [['as', 'many', 'as'], 'up-to'],
  [['as', 'much', 'as'], 'up-to'],
  [['more', 'than'], 'more-than'],
  [['greater', 'than'], 'more-than'],
  [['upwards', 'of'], 'more-than'],
  [['just', 'over'], 'more-than'],
  [['less', 'than'], 'less-than'],
  [['fewer', 'than'], 'less-than'],
  [['just', 'under'], 'less-than'],
  [['at', 'least'], 'at-least'],
  [['at', 'most'], 'up-to'],
  [['up', 'to'], 'up-to'],
  [['close', 'to'], 'about'],
  [['an', 'estimated'], 'about'],
  [['over'], 'more-than'],
  [['above'], 'more-than'],
  [['under'], 'less-than'],
  [['below'], 'less-than'],
  [['about'], 'about'],
  [['approximately'], 'about'],
  [['around'], 'about'],
  [['roughly'], 'about'],
  [['some'], 'about'],
  [['estimated'], 'about'],
  [['nearly'], 'nearly'],
  [['almost'], 'nearly'],
];

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Nouns that a number labels rather than counts: "phase two", "channel 13". */
const LABEL_NOUNS = new Set([
  'phase', 'stage', 'step', 'channel', 'article', 'resolution', 'chapter', 'section', 'round', 'number', 'no',
  'part', 'level', 'route', 'room', 'page', 'line', 'grade', 'class', 'code', 'flight', 'version', 'item',
  'paragraph', 'clause', 'point', 'gate', 'building', 'block', 'sector', 'zone', 'area', 'camp', 'highway',
]);
/** Words that may stand capitalised before a number without making it a label. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'for', 'to', 'by', 'with', 'from', 'since', 'only',
  'just', 'all', 'some', 'those', 'these', 'its', 'their', 'his', 'her', 'our', 'another', 'last', 'first', 'nearly',
  'almost', 'about', 'around', 'approximately', 'roughly', 'over', 'more', 'less', 'fewer', 'up', 'at', 'least', 'under',
  'above', 'below', 'estimated', 'between', 'from', 'among', 'after', 'before', 'while', 'when', 'if', 'as', 'than',
  'there', 'are', 'were', 'is', 'was', 'some', 'exactly', 'another', 'we', 'they', 'he', 'she', 'it',
]);
/** Words that end the noun phrase after a number. */
const STOP = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would',
  'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'that', 'which', 'who', 'whom', 'whose', 'where',
  'when', 'while', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'onto', 'to', 'toward', 'towards',
  'with', 'without', 'and', 'or', 'but', 'nor', 'so', 'than', 'then', 'if', 'because', 'since', 'until', 'after',
  'before', 'ago', 'later', 'earlier', 'during', 'per', 'each', 'every', 'the', 'a', 'an', 'this', 'these', 'those',
  'its', 'their', 'his', 'her', 'our', 'your', 'my', 'said', 'says', 'say', 'told', 'reported', 'according', 'he',
  'she', 'it', 'they', 'we', 'i', 'you', 'not', 'also', 'still', 'remain', 'remains', 'remained', 'beneath', 'under',
  'over', 'above', 'below', 'inside', 'outside', 'near', 'across', 'among', 'between', 'more', 'less', 'alive', 'dead',
  'ago', 'about', 'against', 'through', 'left', 'there', 'here', 'now', 'today',
]);
const IRREGULAR_PLURALS: Record<string, string> = {
  people: 'people', men: 'man', women: 'woman', children: 'child', police: 'police', personnel: 'personnel',
  remains: 'remains', feet: 'foot', staff: 'staff', lives: 'life', wives: 'wife', thieves: 'thief', series: 'series',
  news: 'news', times: 'time',
};
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']);

function isPlural(word: string): boolean {
  if (word in IRREGULAR_PLURALS) return true;
  return word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word);
}

/** Lower-case singular of a counted noun ("bodies" -> "body", "people" stays). */
export function unitLemma(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_PLURALS[w];
  if (irregular) return irregular;
  if (!isPlural(w)) return w;
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (/(ches|shes|xes|sses|zes)$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** Whether a unit is a span of time (such quantities are durations; time.ts compares them). */
export function isTimeUnit(unit: string | undefined): boolean {
  return unit !== undefined && TIME_UNITS.has(unit);
}

/** Groups of units that count the same kind of thing in this domain. */
const UNIT_GROUPS: string[][] = [
  ['fighter', 'militant', 'gunman', 'combatant', 'operative', 'member'],
  ['body', 'remains', 'corpse'],
  ['hostage', 'captive', 'detainee', 'abductee'],
  ['troop', 'soldier', 'peacekeeper'],
  ['people', 'person', 'resident', 'civilian', 'palestinian', 'individual'],
  ['country', 'nation', 'state'],
];
const UNIT_GROUP = new Map<string, number>();
UNIT_GROUPS.forEach((g, i) => g.forEach((u) => UNIT_GROUP.set(u, i)));

/** Whether two units count the same kind of thing (unknown units match anything). */
export function unitsCompatible(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === b) return true;
  const ga = UNIT_GROUP.get(a);
  return ga !== undefined && ga === UNIT_GROUP.get(b);
}

/** A key that is equal for compatible units: the group's first unit, else the unit itself. */
export function unitKey(unit: string | undefined): string {
  if (unit === undefined) return '';
  const g = UNIT_GROUP.get(unit);
  return g === undefined ? unit : UNIT_GROUPS[g]![0]!;
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

function matchWords(toks: Tok[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = toks[i + k];
    if (!t || t.lower !== words[k]) return false;
    // A hyphenated form must be written without spaces ("two-thirds").
    if (words[k] === '-' && (toks[i + k - 1]!.end !== t.start || toks[i + k + 1]?.start !== t.end)) return false;
  }
  return true;
}

function parseDigits(t: Tok): { value: number; percent: boolean } {
  const percent = t.text.endsWith('%');
  const value = Number(t.text.replace(/[,%]/g, ''));
  return { value, percent };
}

function parseNumberWords(toks: Tok[], i: number): { value: number; to: number } | null {
  let total = 0;
  let current = 0;
  let j = i;
  let seen = false;
  // "a hundred", "a dozen", "half a dozen"
  if (toks[j]?.lower === 'half' && toks[j + 1]?.lower === 'a' && toks[j + 2]?.lower === 'dozen') return { value: 6, to: j + 3 };
  if (toks[j]?.lower === 'a' && ['hundred', 'thousand', 'million', 'billion', 'dozen'].includes(toks[j + 1]?.lower ?? '')) {
    current = 1;
    j++;
  }
  while (j < toks.length) {
    const t = toks[j]!;
    const w = t.lower;
    if (w in SMALL) {
      current += SMALL[w]!;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
    } else if (w === 'dozen') {
      current = (current || 1) * 12;
    } else if (w in SCALES) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
    } else if (w === '-' && seen && toks[j - 1]!.end === t.start && toks[j + 1]?.start === t.end && (toks[j + 1]!.lower in SMALL)) {
      j++;
      continue;
    } else if (w === 'and' && seen && (toks[j + 1]?.lower ?? '') in SMALL && toks[j - 1]!.lower === 'hundred') {
      j++;
      continue;
    } else {
      break;
    }
    seen = true;
    j++;
  }
  if (!seen) return null;
  return { value: total + current, to: j };
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

/** Verbs whose particle "over" is not a hedge: "handed over 20 captives". */
const PHRASAL_OVER = new Set([
  'hand', 'hands', 'handed', 'handing', 'turn', 'turns', 'turned', 'turning', 'take', 'takes', 'took', 'taking',
  'taken', 'pass', 'passes', 'passed', 'passing', 'give', 'gives', 'gave', 'given', 'giving', 'sign', 'signed',
]);

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
    const hedge = hedgeBefore(toks, core.from);
    let first = hedge ? hedge.from : core.from;
    let last = core.to;
    let min: number;
    let max: number;
    let value = core.value;
    let approximator: Approximator;
    // Ranges: "20,000 to 25,000", "20-25", "between 20 and 30", "two or three".
    const sep = toks[core.to];
    const other = sep && ['to', '-', '\u2013', 'and', 'or'].includes(sep.lower) && !core.vague && core.value !== null ? findCore(text, toks, core.to + 1) : null;
    const between = toks[core.from - 1]?.lower === 'between';
    if (other && other.value !== null && other.measure === core.measure && !isNotACount(text, toks, other.from, other.to, other.value) &&
        (sep!.lower !== 'and' || between) && other.value > core.value!) {
      min = core.value!;
      max = other.value;
      value = null;
      approximator = 'range';
      last = other.to;
      if (between) first = core.from - 1;
      if (toks[core.from - 1]?.lower === 'from') first = core.from - 1;
    } else if (core.vague) {
      min = core.min!;
      max = core.max!;
      approximator = 'vague';
      if (hedge?.hedge === 'more-than' || hedge?.hedge === 'at-least') approximator = 'vague';
    } else {
      ({ min, max, approximator } = interval(core.value!, hedge?.hedge ?? null, core.measure));
    }
    let unit: string | undefined;
    const hyphen = hyphenUnit(toks, { ...core, to: last });
    if (hyphen) {
      unit = hyphen.unit;
      last = hyphen.to;
    } else {
      unit = findUnit(toks, last, value === 1);
    }
    if (core.weakOne && !unit && !hedge) {
      i = core.to;
      continue; // "the only one he has left": a pronoun, not a count
    }
    if (core.weakOne && ['no', 'each', 'any', 'every', 'this', 'that', 'which', 'the', 'only', 'someone', 'anyone', 'everyone'].includes(toks[core.from - 1]?.lower ?? '')) {
      i = core.to;
      continue;
    }
    const start = toks[first]!.start;
    const end = toks[last - 1]!.end;
    const q: Quantity = { text: text.slice(start, end), start, end, value, min, max, approximator, measure: core.measure };
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
