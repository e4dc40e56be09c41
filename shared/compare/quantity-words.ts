/**
 * The words of figures in news copy: number words ("two hundred and fifty",
 * "half a dozen"), vague amounts ("dozens", "scores"), fractions, hedges
 * ("more than", "approximately") and the words around a number that show it
 * labels or dates something rather than counting it. Also the tokenizer the
 * figure parser (numbers.ts) reads these words with.
 */

/** A token of the figure parser: a word, a number (with commas, decimals, %) or one punctuation mark. */
export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'punct';
}

const TOKEN = /[A-Za-z]+(?:['\u2019][A-Za-z]+)*|\d+(?:,\d{3})*(?:\.\d+)?%?|\S/g;

/** Splits text into parser tokens with offsets. */
export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const kind = /^\d/.test(t) ? 'num' : /^[A-Za-z]/.test(t) ? 'word' : 'punct';
    out.push({ text: t, lower: t.toLowerCase(), start: m.index!, end: m.index! + t.length, kind });
  }
  return out;
}

export const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};
export const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** Vague amounts and the interval each stands for (documented in numbers.ts). */
export const VAGUE: [string[], number, number][] = [
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

export const FRACTIONS: [string[], number][] = [
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

export type Hedge = 'about' | 'nearly' | 'more-than' | 'less-than' | 'at-least' | 'up-to';
/** Hedge words before a number, longest first. */
export const MODIFIERS: [string[], Hedge][] = [
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

/** Verbs whose particle "over" is not a hedge: "handed over 20 captives". */
export const PHRASAL_OVER = new Set([
  'hand', 'hands', 'handed', 'handing', 'turn', 'turns', 'turned', 'turning', 'take', 'takes', 'took', 'taking',
  'taken', 'pass', 'passes', 'passed', 'passing', 'give', 'gives', 'gave', 'given', 'giving', 'sign', 'signed',
]);

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Nouns that a number labels rather than counts: "phase two", "channel 13". */
export const LABEL_NOUNS = new Set([
  'phase', 'stage', 'step', 'channel', 'article', 'resolution', 'chapter', 'section', 'round', 'number', 'no',
  'part', 'level', 'route', 'room', 'page', 'line', 'grade', 'class', 'code', 'flight', 'version', 'item',
  'paragraph', 'clause', 'point', 'gate', 'building', 'block', 'sector', 'zone', 'area', 'camp', 'highway',
]);
/** Words that may stand capitalised before a number without making it a label. */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'for', 'to', 'by', 'with', 'from', 'since', 'only',
  'just', 'all', 'some', 'those', 'these', 'its', 'their', 'his', 'her', 'our', 'another', 'last', 'first', 'nearly',
  'almost', 'about', 'around', 'approximately', 'roughly', 'over', 'more', 'less', 'fewer', 'up', 'at', 'least', 'under',
  'above', 'below', 'estimated', 'between', 'from', 'among', 'after', 'before', 'while', 'when', 'if', 'as', 'than',
  'there', 'are', 'were', 'is', 'was', 'some', 'exactly', 'another', 'we', 'they', 'he', 'she', 'it',
]);
/** Words that end the noun phrase after a number. */
export const STOP = new Set([
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

/** Whether the words match the tokens from `i` (a hyphen must be written without spaces: "two-thirds"). */
export function matchWords(toks: readonly Tok[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = toks[i + k];
    if (!t || t.lower !== words[k]) return false;
    if (words[k] === '-' && (toks[i + k - 1]!.end !== t.start || toks[i + k + 1]?.start !== t.end)) return false;
  }
  return true;
}

/** Reads number words from token `i`: "two hundred and fifty", "twenty-five", "a dozen", "half a dozen". */
export function parseNumberWords(toks: readonly Tok[], i: number): { value: number; to: number } | null {
  let total = 0;
  let current = 0;
  let j = i;
  let seen = false;
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
