/**
 * Sentence splitting for news copy. Rule based on purpose: it must be
 * predictable, cheap and keep offsets into the original text.
 *
 * - `.`, `!`, `?` (with any closing quotes or brackets after them) end a
 *   sentence when whitespace and a capital, digit, quote or bullet follow.
 * - Abbreviations do not end a sentence: titles (Mr., Dr., Gen., ...), month
 *   short forms, and letter-dot runs such as "U.S." or "U.N." (a known
 *   limitation: "in the U.S. The next day" stays one sentence).
 * - Any line break ends a sentence: canonical text joins blocks with "\n\n",
 *   and plain-text headlines and bullets carry no final full stop.
 */

/** One sentence: offsets into the original text, and its text (trimmed). */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'cpt', 'maj', 'rep', 'sen', 'gov', 'st',
  'jr', 'sr', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'approx', 'est', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', ')', ']', '\u00BB']);
const OPENERS = /["'\u201C\u2018(\[\u00AB\u2022*\-\u2013\u2014]/;

function isAbbreviation(text: string, dot: number): boolean {
  // The word that ends at `dot` (letters and inner dots).
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot);
  if (word.length === 0) return false;
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word) || /^[A-Z]$/.test(word)) return true; // U.S, U.N, initials
  return TITLES.has(word.toLowerCase());
}

/** Splits text into sentences with offsets into `text`; blank stretches are dropped. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let segStart = 0;
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      push(segStart, i);
      segStart = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < text.length && (CLOSERS.has(text[j]!) || text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    if (j >= text.length) continue;
    if (!/[ \t\u00A0]/.test(text[j]!)) continue; // "3.5", "U.S.-led", ".jpg"
    let k = j;
    while (k < text.length && /[ \t\u00A0]/.test(text[k]!)) k++;
    if (k >= text.length || text[k] === '\n' || text[k] === '\r') continue; // the line break ends it
    const next = text[k]!;
    if (!(/[\p{Lu}\p{N}]/u.test(next) || OPENERS.test(next))) continue;
    if (ch === '.' && j === i + 1 && isAbbreviation(text, i)) continue;
    if (ch === '.' && /\bno$/i.test(text.slice(Math.max(0, i - 3), i)) && /\p{N}/u.test(next)) continue; // "No. 5"

    push(segStart, j);
    segStart = j;
    i = j - 1;
  }
  push(segStart, text.length);
  return out;
}

/** Index of the sentence containing `offset`, or of the last sentence starting before it; -1 if none. */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
