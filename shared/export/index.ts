export { EXPORT_FORMATS, type ExportArticle, type ExportFormat, type ExportInput, type ExportTagSet } from './types';
export { CATEGORY_NAMES, LINK_KIND_NAMES, SOURCE_KIND_NAMES, labelName, longDate, plural } from './words';
export { BINARY_EXPORT_FORMATS, EXPORT_FILE_ENDINGS, EXPORT_MIME_TYPES, exportFileName, localDay } from './file-name';
export { CSV_COLUMNS, LINKS_CSV_COLUMNS, annotationsCsv, csvField, csvRecord, linksCsv, type CsvOptions } from './csv';
export { EXPORT_SCHEMA_VERSION, studyJson } from './json';
export { comparisonReportHtml } from './report';
export { escapeHtml } from './html-escape';
export { comparisonReportMarkdown, mdText } from './markdown';
export { conflictSummary, figuresText } from './figures';
