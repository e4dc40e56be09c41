import { splitSentences } from '../../shared/compare/sentences';

/** A span in the sentence (or sentences) around it: the words before, the span, the words after. */
export interface SpanInContext {
  before: string;
  span: string;
  after: string;
}

/** The longest context shown on either side, so a run-on sentence does not fill the column. */
export const MAX_CONTEXT = 320;

function clipStart(text: string): string {
  if (text.length <= MAX_CONTEXT) return text;
  const cut = text.slice(text.length - MAX_CONTEXT);
  const space = cut.indexOf(' ');
  return `…${space >= 0 ? cut.slice(space + 1) : cut}`;
}

function clipEnd(text: string): string {
  if (text.length <= MAX_CONTEXT) return text;
  const cut = text.slice(0, MAX_CONTEXT);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}

/** The sentences of `text` that the span [start, end) touches, split around the span. */
export function spanInSentence(text: string, start: number, end: number): SpanInContext {
  const touched = splitSentences(text).filter((s) => s.start < end && start < s.end);
  const from = Math.min(start, touched[0]?.start ?? start);
  const to = Math.max(end, touched[touched.length - 1]?.end ?? end);
  return { before: clipStart(text.slice(from, start)), span: text.slice(start, end), after: clipEnd(text.slice(end, to)) };
}
