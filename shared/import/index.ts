export { type ImportMeta } from './meta';
export {
  draftToDoc,
  fitRuns,
  isNoTextError,
  noTextError,
  type DraftBlock,
  type FitOptions,
  type Run,
} from './draft';
export { ALLOWED_LINK_PROTOCOLS, safeHref, webAddress } from './safe-href';
export { classifyBoilerplate, markBoilerplate, type BoilerplateContext } from './boilerplate';
export { MAX_TITLE_LENGTH, MAX_TITLE_WORDS, looksLikeTitle } from './title-line';
export { boldRuns, importPlainText, isHardWrapped } from './plaintext';
export { importMarkdown } from './markdown';
export { scanHtml, type HtmlShape } from './html-scan';
export { HTML_LIMITS, READABILITY_LIMITS, htmlRefusal, readabilityFits } from './html-limits';
