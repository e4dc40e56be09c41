export * from './meta';
export * from './draft';
export * from './safe-href';
export * from './boilerplate';
export * from './title-line';
export * from './plaintext';
export * from './markdown';
export { scanHtml, type HtmlShape } from './html-scan';
export { HTML_LIMITS, READABILITY_LIMITS, htmlRefusal, readabilityFits } from './html-limits';
