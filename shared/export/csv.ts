import { CATEGORY_NAMES } from './words';
import { annotationRows } from './rows';
import type { ExportInput } from './types';

/**
 * The annotations as a spreadsheet: one row per annotation, RFC 4180
 * (CRLF line ends; a field with a comma, quote or line break is quoted and
 * its quotes doubled).
 *
 * Spreadsheets run a cell that starts with = + - or @ as a formula, so a
 * hostile quote or note could compute or fetch something when the file is
 * opened (CSV injection). Such text cells get a leading apostrophe, which
 * spreadsheets show as a plain-text marker; numbers are left alone.
 */

export const CSV_COLUMNS = [
  'Annotation ID',
  'Article ID',
  'Outlet',
  'Title',
  'Annotator',
  'Category',
  'Label',
  'Start',
  'End',
  'Quote',
  'Note',
  'Link IDs',
  'Created',
  'Updated',
] as const;

export interface CsvOptions {
  /** Starts the file with a UTF-8 byte order mark, so Excel reads accents and non-Latin scripts correctly. */
  bom?: boolean;
}

/** Leading characters that make a spreadsheet treat a cell as a formula (tab and CR too, per OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: formula-guarded when text, quoted when it must be. */
export function csvField(value: string | number): string {
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, without its line end. */
export function csvRecord(values: readonly (string | number)[]): string {
  return values.map(csvField).join(',');
}

/** Every annotation in scope as CSV, one row each, in reading order. */
export function annotationsCsv(input: ExportInput, options: CsvOptions = {}): string {
  const lines = [csvRecord(CSV_COLUMNS)];
  for (const row of annotationRows(input)) {
    const a = row.annotation;
    lines.push(
      csvRecord([
        a.id,
        a.articleId,
        row.outletName,
        row.title,
        a.annotator,
        CATEGORY_NAMES[a.category],
        row.labelName,
        a.position.start,
        a.position.end,
        a.quote.exact,
        a.note,
        row.linkIds.join('; '),
        a.createdAt,
        a.updatedAt,
      ]),
    );
  }
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
