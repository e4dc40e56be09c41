import { isNoTextError } from '../../shared/import/draft';
import { importMarkdown } from '../../shared/import/markdown';
import type { ImportMeta } from '../../shared/import/meta';
import { importPlainText } from '../../shared/import/plaintext';
import { StudyError } from '../../shared/errors';
import type { DocNode, SourceFormat } from '../../shared/model';
import { detectFormat } from './detect-format';
import { importHtml } from './html';
import { RecentImports } from './recent-imports';
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

const recent = new RecentImports<ImportedDocument>();

/**
 * Turns a file's content into article JSON and metadata. Refuses, with a
 * bad-input StudyError naming the file, content that is too large, empty,
 * binary, beyond the HTML limits (html-limits.ts), or has no text left once
 * markup is removed. The same content converted again (the CLI checks every
 * file before importing it) comes from a small cache instead of a second parse.
 */
export function importDocument(input: ImportInput): ImportedDocument {
  const name = input.fileName.split(/[\\/]/).pop() || input.fileName;
  refuseUnimportable(name, input.content);
  const content = input.content.replace(/^\uFEFF/, '');
  const format = input.format ?? detectFormat(input.fileName, content);
  return recent.get([format, input.url ?? '', content], () => convert(name, content, format, input.url));
}

function convert(name: string, content: string, format: SourceFormat, url: string | undefined): ImportedDocument {
  try {
    switch (format) {
      case 'text':
        return { doc: importPlainText(content), format, meta: {} };
      case 'markdown': {
        const doc = importMarkdown(content);
        return { doc, format, meta: markdownMeta(doc) };
      }
      case 'html': {
        const { doc, meta } = importHtml(content, { name, ...(url ? { url } : {}) });
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
