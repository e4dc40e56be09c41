import { CATEGORY_NAMES, LINK_KIND_NAMES, SOURCE_KIND_NAMES } from './words';
import { conflictSummary, figuresText } from './figures';
import { annotationRows, outletNameOf, sortedLinks } from './rows';
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
  'Link labels',
  'Link kinds',
  'Link conflicts',
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

function csvFile(lines: readonly string[], options: CsvOptions): string {
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/** Every annotation in scope as CSV, one row each, in reading order, with its links' labels, kinds and conflicts beside it. */
export function annotationsCsv(input: ExportInput, options: CsvOptions = {}): string {
  const lines = [csvRecord(CSV_COLUMNS)];
  const links = new Map(input.tagSets.flatMap((t) => t.links.map((l) => [l.id, l] as const)));
  for (const row of annotationRows(input)) {
    const a = row.annotation;
    const held = row.linkIds.map((id) => links.get(id)!).filter(Boolean);
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
        held.map((l) => l.label).join('; '),
        held.map((l) => LINK_KIND_NAMES[l.kind]).join('; '),
        held.map((l) => conflictSummary(input.comparisons[l.id])).join('; '),
        a.createdAt,
        a.updatedAt,
      ]),
    );
  }
  return csvFile(lines, options);
}

export const LINKS_CSV_COLUMNS = [
  'Link ID',
  'Link label',
  'Kind',
  'Annotator',
  'Conflicts',
  'Link note',
  'Member annotation ID',
  'Outlet',
  'Title',
  'Quote',
  'Figures',
  'Source',
  'Created',
  'Updated',
] as const;

/** The links in scope, one row per member: the link's label, kind and conflicts, then the member's outlet, quote, figures and cited source. */
export function linksCsv(input: ExportInput, options: CsvOptions = {}): string {
  const lines = [csvRecord(LINKS_CSV_COLUMNS)];
  const annotations = new Map(input.tagSets.flatMap((t) => t.annotations.map((a) => [a.id, a] as const)));
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  for (const link of sortedLinks(input)) {
    const comparison = input.comparisons[link.id];
    const byMember = new Map(comparison?.members.map((m) => [m.id, m]) ?? []);
    for (const id of link.members) {
      const a = annotations.get(id);
      const article = a ? articles.get(a.articleId) : undefined;
      const m = byMember.get(id);
      lines.push(
        csvRecord([
          link.id,
          link.label,
          LINK_KIND_NAMES[link.kind],
          link.annotator,
          conflictSummary(comparison),
          link.note,
          id,
          article ? outletNameOf(input, article.outletId) : '',
          article?.title ?? '',
          a?.quote.exact ?? '',
          figuresText(m),
          m ? `${SOURCE_KIND_NAMES[m.source.kind]}${m.source.text ? `: ${m.source.text}` : ''}` : '',
          link.createdAt,
          link.updatedAt,
        ]),
      );
    }
  }
  return csvFile(lines, options);
}
