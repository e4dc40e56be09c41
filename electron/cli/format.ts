import { clip as clipText } from '../../shared/text/clip';

/** Plain-text tables and lines for the CLI's human output. */

/** Pads columns to their widest cell; numbers right-aligned. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  const line = (r: string[]) =>
    r.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(cells[0]!), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n');
}

/**
 * Text safe to print to a terminal: escape sequences (CSI such as colours and
 * cursor moves, OSC such as window titles and hyperlinks, other ESC codes) and
 * the C0/C1 control characters are removed; newline and tab stay. Titles come
 * from imported pages, and a title must not be able to rewrite the screen.
 */
export function printable(text: string): string {
  return (
    text
      // CSI: ESC [ or the 8-bit CSI, parameters, intermediates, one final byte.
      // eslint-disable-next-line no-control-regex
      .replace(/(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?/g, '')
      // OSC, DCS, SOS, PM, APC strings: up to BEL or ST (ESC \ or 8-bit ST), or to the end.
      // eslint-disable-next-line no-control-regex
      .replace(/(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)/g, '')
      // Any other ESC sequence: ESC, intermediates, one final byte.
      // eslint-disable-next-line no-control-regex
      .replace(/\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g, '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
  );
}

/** Cuts text to a width with an ellipsis, on one line, printable in a terminal. */
export function clip(text: string, width: number): string {
  return clipText(printable(text), width);
}
