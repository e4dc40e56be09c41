import { diffWords } from 'diff';
import { normalizeForMatch } from '../text/normalize';
import { STOP_WORDS, stem } from '../suggest/tokens';

/**
 * Word-level differences between members' wording. `wordDiff` uses the
 * `diff` package (diffWords, case-insensitive; whitespace differences are
 * ignored). `distinctiveTerms` finds what only one member says, comparing
 * normalised, stemmed words, so "fighter"/"fighters" is not a difference but
 * "Zionist regime"/"Israel" is.
 */

/** One run of the word diff: 'removed' is only in the first text, 'added' only in the second. */
export interface WordOp {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** Word diff of b against a. */
export function wordDiff(a: string, b: string): WordOp[] {
  return diffWords(a, b, { ignoreCase: true }).map((c) => ({
    op: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
}

function changedWords(ops: WordOp[]): number {
  let n = 0;
  for (const o of ops) if (o.op !== 'same') n += o.text.split(/\s+/).filter(Boolean).length;
  return n;
}

/** Each member's wording against one base member: the medoid (fewest changed words to all others), first on ties. */
export interface WordingAlignment {
  base: number;
  /** diffs[i]: member i against the base (the base's own diff is one 'same' run). */
  diffs: WordOp[][];
}

/** Aligns N members' wording against the member closest to all others. */
export function alignWording(texts: readonly string[]): WordingAlignment {
  if (texts.length === 0) return { base: 0, diffs: [] };
  const pair = new Map<string, WordOp[]>();
  const diff = (i: number, j: number) => {
    const key = `${i}:${j}`;
    let d = pair.get(key);
    if (!d) {
      d = wordDiff(texts[i]!, texts[j]!);
      pair.set(key, d);
    }
    return d;
  };
  let base = 0;
  let best = Infinity;
  if (texts.length > 2) {
    for (let i = 0; i < texts.length; i++) {
      let cost = 0;
      for (let j = 0; j < texts.length; j++) if (i !== j) cost += changedWords(diff(i, j));
      if (cost < best) {
        best = cost;
        base = i;
      }
    }
  }
  const diffs = texts.map((t, i) => (i === base ? [{ op: 'same' as const, text: t }] : diff(base, i)));
  return { base, diffs };
}

/** A word or phrase in one member that no other member uses. */
export interface DistinctTerm {
  text: string;
  start: number;
  end: number;
}

interface Word {
  key: string;
  stop: boolean;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019.-][\p{L}\p{N}]+)*/gu;

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const norm = normalizeForMatch(m[0]).replace(/'s$/, '');
    out.push({ key: stem(norm), stop: STOP_WORDS.has(norm), start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/**
 * Per member, the words and phrases no other member uses (stop words never
 * count on their own; adjacent distinctive words, with stop words between
 * them, form one phrase: "the Zionist regime" -> "Zionist regime").
 */
export function distinctiveTerms(texts: readonly string[]): DistinctTerm[][] {
  const perMember = texts.map(words);
  const keysOf = perMember.map((ws) => new Set(ws.filter((w) => !w.stop).map((w) => w.key)));
  return perMember.map((ws, i) => {
    const others = new Set<string>();
    keysOf.forEach((keys, j) => {
      if (j !== i) for (const k of keys) others.add(k);
    });
    const out: DistinctTerm[] = [];
    let run: { start: number; end: number } | null = null;
    let pendingStops = 0;
    for (const w of ws) {
      const distinct = !w.stop && !others.has(w.key);
      if (distinct) {
        if (run && pendingStops <= 1) run.end = w.end;
        else {
          if (run) out.push({ text: texts[i]!.slice(run.start, run.end), ...run });
          run = { start: w.start, end: w.end };
        }
        pendingStops = 0;
      } else if (w.stop && run) {
        pendingStops++;
      } else if (run) {
        out.push({ text: texts[i]!.slice(run.start, run.end), ...run });
        run = null;
        pendingStops = 0;
      }
    }
    if (run) out.push({ text: texts[i]!.slice(run.start, run.end), ...run });
    return out;
  });
}
