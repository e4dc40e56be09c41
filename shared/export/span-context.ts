import { splitSentences } from '../compare/sentences';

/** A span with the words of its sentence either side, for reading it in place. */
export interface SpanInSentence {
  before: string;
  span: string;
  after: string;
}

/** The most context kept either side, so a run-on sentence does not fill a column. */
const MAX_CONTEXT = 280;

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

/** The sentences of `text` that [start, end) touches, split around the span; offsets are clamped to the text. */
export function spanInSentence(text: string, start: number, end: number): SpanInSentence {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  const touched = splitSentences(text).filter((x) => x.start < e && s < x.end);
  const from = Math.min(s, touched[0]?.start ?? s);
  const to = Math.max(e, touched[touched.length - 1]?.end ?? e);
  return { before: clipBefore(text.slice(from, s)), span: text.slice(s, e), after: clipAfter(text.slice(e, to)) };
}
