import { splitSentences } from './sentences';

/** A span with the words of its sentence either side, for reading it in place. */
export interface SpanInSentence {
  before: string;
  span: string;
  after: string;
}

/** The most context kept either side, so a run-on sentence does not fill a column or a report cell. */
export const MAX_CONTEXT = 300;

/** [from, to) of the sentences that the span [start, end) touches; offsets are clamped to the text. */
export function sentenceRange(text: string, start: number, end: number): { start: number; end: number; from: number; to: number } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  const touched = splitSentences(text).filter((x) => x.start < e && s < x.end);
  return { start: s, end: e, from: Math.min(s, touched[0]?.start ?? s), to: Math.max(e, touched[touched.length - 1]?.end ?? e) };
}

/** The sentence (or sentences) a span sits in, whole. */
export function sentenceAround(text: string, start: number, end: number): string {
  const r = sentenceRange(text, start, end);
  return text.slice(r.from, r.to);
}

function clipBefore(text: string): string {
  if (text.length <= MAX_CONTEXT) return text;
  const cut = text.slice(text.length - MAX_CONTEXT);
  const space = cut.indexOf(' ');
  return `…${space >= 0 ? cut.slice(space + 1) : cut}`;
}

function clipAfter(text: string): string {
  if (text.length <= MAX_CONTEXT) return text;
  const cut = text.slice(0, MAX_CONTEXT);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}

/** The sentences of `text` that [start, end) touches, split around the span, the context clipped at a word. */
export function spanInSentence(text: string, start: number, end: number): SpanInSentence {
  const r = sentenceRange(text, start, end);
  return { before: clipBefore(text.slice(r.from, r.start)), span: text.slice(r.start, r.end), after: clipAfter(text.slice(r.end, r.to)) };
}
