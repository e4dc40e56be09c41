/**
 * Normalisation for matching text across outlets: NFKC, curly quotes and
 * dashes made plain, whitespace runs collapsed, lower case. The original text
 * is never changed; `normalizeWithMap` says where each normalised character
 * came from so matches report offsets into the original.
 */

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
};
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SPACE = /\s/u;

export interface NormalizedText {
  text: string;
  /** For each normalised character, the offset in the original where its source starts. */
  starts: number[];
  /** For each normalised character, the offset in the original just past its source. */
  ends: number[];
}

function normalizeChar(ch: string): string {
  const q = QUOTES[ch];
  if (q) return q;
  if (DASHES.test(ch)) return '-';
  return ch.normalize('NFKC').toLowerCase();
}

/** Normalises text and keeps, per output character, the original range it came from. */
export function normalizeWithMap(original: string): NormalizedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    if (SPACE.test(ch)) {
      if (out.length > 0 && out[out.length - 1] === ' ') {
        ends[ends.length - 1] = next;
      } else {
        out.push(' ');
        starts.push(i);
        ends.push(next);
      }
    } else {
      for (const piece of normalizeChar(ch)) {
        out.push(piece);
        starts.push(i);
        ends.push(next);
      }
    }
    i = next;
  }
  return { text: out.join(''), starts, ends };
}

/** Normalised form of a string, for comparisons that need no offsets. */
export function normalizeForMatch(text: string): string {
  return normalizeWithMap(text).text.trim();
}
