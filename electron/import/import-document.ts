import { isNoTextError } from '../../shared/import/draft';
import { importMarkdown } from '../../shared/import/markdown';
import type { ImportMeta } from '../../shared/import/meta';
import { importPlainText } from '../../shared/import/plaintext';
import { StudyError } from '../../shared/errors';
import type { DocNode, SourceFormat } from '../../shared/model';
import { detectFormat } from './detect-format';
import { importHtml } from './html';
import { refuseUnimportable } from './refusals';

export interface ImportInput {
  /** The file's name (a path is fine); its extension picks the format and messages name it. */
  fileName: string;
  content: string;
  /** Overrides detection by extension and content. */
  format?: SourceFormat;
  /** Where the page came from, for HTML: resolves relative links. */
  url?: string;
}

export interface ImportedDocument {
  doc: DocNode;
  format: SourceFormat;
  meta: ImportMeta;
}

/**
 * Turns a file's content into article JSON and metadata. Refuses, with a
 * bad-input StudyError naming the file, content that is too large, empty,
 * binary, or has no text left once markup is removed.
 */
export function importDocument(input: ImportInput): ImportedDocument {
  const name = input.fileName.split(/[\\/]/).pop() || input.fileName;
  refuseUnimportable(name, input.content);
  const content = input.content.replace(/^\uFEFF/, '');
  const format = input.format ?? detectFormat(input.fileName, content);
  try {
    switch (format) {
      case 'text':
        return { doc: importPlainText(content), format, meta: {} };
      case 'markdown': {
        const doc = importMarkdown(content);
        return { doc, format, meta: markdownMeta(doc) };
      }
      case 'html': {
        const { doc, meta } = importHtml(content, input.url ? { url: input.url } : {});
        return { doc, format, meta };
      }
    }
  } catch (error) {
    if (isNoTextError(error)) {
      throw new StudyError('bad-input', `${name} has no text to import once markup, scripts and images are removed`, { field: 'content' });
    }
    throw error;
  }
}

/** A Markdown file's title is its first level-1 heading, when it has one. */
function markdownMeta(doc: DocNode): ImportMeta {
  const h1 = doc.content?.find((node) => node.type === 'heading' && node.attrs?.level === 1);
  const title = h1?.content?.map((child) => child.text ?? '').join('').trim();
  return title ? { title: title.slice(0, 500) } : {};
}
