import type { Output } from '../../shared/api';
import type { ExportFormat } from '../../shared/export/types';

/**
 * The export formats as the dialog offers them: a name, one line saying
 * what the file is for, and the progress line. Every format the service
 * writes (EXPORT_FORMATS) has an entry; a test keeps the two in step.
 */
export interface FormatChoice {
  format: ExportFormat;
  name: string;
  hint: string;
  progress: string;
}

export const FORMAT_CHOICES: readonly FormatChoice[] = [
  { format: 'html', name: 'Report (HTML)', hint: 'Linked facts side by side with conflicts and coverage; opens in any browser and prints.', progress: 'Preparing report…' },
  { format: 'md', name: 'Report (Markdown)', hint: 'The comparison report as text, for a wiki, a ticket or a pull request.', progress: 'Preparing report…' },
  { format: 'csv', name: 'Annotations (CSV)', hint: 'One row per annotation with its links and conflicts, for Excel or a script.', progress: 'Preparing spreadsheet…' },
  { format: 'links-csv', name: 'Links (CSV)', hint: 'One row per link member, with its figures and cited source.', progress: 'Preparing spreadsheet…' },
  { format: 'json', name: 'Data (JSON)', hint: 'Everything: articles, annotations, links and comparisons.', progress: 'Preparing data…' },
  { format: 'w3c', name: 'Web Annotation (JSON-LD)', hint: 'W3C Web Annotations, for Hypothesis and other annotation tools.', progress: 'Preparing annotations…' },
  { format: 'qdpx', name: 'REFI-QDA project (.qdpx)', hint: 'Texts and codes for ATLAS.ti, MAXQDA, NVivo and other QDA tools.', progress: 'Preparing project…' },
  { format: 'agreement-csv', name: 'Agreement (CSV)', hint: 'κ, α, αu and F1 between the annotators, per category, label, article and pair.', progress: 'Computing agreement…' },
];

/** Formats that are spreadsheets, where Excel needs a byte-order mark to read UTF-8. */
export function isCsv(format: ExportFormat): boolean {
  return format === 'csv' || format === 'links-csv' || format === 'agreement-csv';
}

/** The dialog's entry for a format. */
export function formatChoice(format: ExportFormat): FormatChoice {
  return FORMAT_CHOICES.find((c) => c.format === format)!;
}

const BOM = '\uFEFF';

/**
 * A CSV file with or without the UTF-8 byte-order mark Excel looks for (the
 * service writes it; an analyst feeding a script can leave it out); other
 * formats and binary files as they are.
 */
export function withExcelBom(file: Output<'exportStudy'>, format: ExportFormat, wanted: boolean): Output<'exportStudy'> {
  if (!isCsv(format) || file.encoding === 'base64') return file;
  const has = file.content.startsWith(BOM);
  if (has === wanted) return file;
  return { ...file, content: wanted ? BOM + file.content : file.content.slice(BOM.length) };
}
