export { importDocument, type ImportInput, type ImportedDocument } from './import-document';
export {
  MAX_IMPORT_BYTES,
  formatMegabytes,
  looksBinary,
  refuseUnimportable,
} from './refusals';
export { detectFormat, extensionOf } from './detect-format';
export {
  importHtml,
  treeDepth,
  type HtmlImport,
  type HtmlImportOptions,
} from './html';
