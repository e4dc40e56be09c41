import { slugify } from '../text/slug';
import type { ExportFormat } from './types';

/** The MIME type each export format is sent and saved with. */
export const EXPORT_MIME_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  'links-csv': 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  html: 'text/html;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  w3c: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
  qdpx: 'application/zip',
};

/** How each format's file name ends. */
export const EXPORT_FILE_ENDINGS: Record<ExportFormat, string> = {
  csv: '.csv',
  'links-csv': '-links.csv',
  json: '.json',
  html: '.html',
  md: '.md',
  w3c: '.jsonld',
  qdpx: '.qdpx',
};

/** Formats whose content is binary and travels base64-encoded. */
export const BINARY_EXPORT_FORMATS: readonly ExportFormat[] = ['qdpx'];

/** Longest study slug in a file name; cut at a word so names stay readable. */
const MAX_SLUG = 40;

/** "gaza-ceasefire-phase-two-2026-11-22.html": the study's name as a slug, the day, the format's ending. */
export function exportFileName(studyName: string, day: string, format: ExportFormat): string {
  let slug = slugify(studyName, MAX_SLUG + 20);
  if (slug.length > MAX_SLUG) {
    const cut = slug.slice(0, MAX_SLUG + 1);
    const dash = cut.lastIndexOf('-');
    slug = dash > 0 ? cut.slice(0, dash) : slug.slice(0, MAX_SLUG);
  }
  return `${slug || 'study'}-${day}${EXPORT_FILE_ENDINGS[format]}`;
}

/** The local calendar day of a date as yyyy-mm-dd (what the analyst's clock says, for file names). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
