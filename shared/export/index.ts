export * from './types';
export * from './words';
export * from './file-name';
export * from './csv';
export * from './json';
export * from './report';
export { escapeHtml } from './html-escape';
export { comparisonReportMarkdown, mdText } from './markdown';
export { conflictSummary, figuresText } from './figures';
