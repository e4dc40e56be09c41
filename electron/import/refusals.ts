import { StudyError } from '../../shared/errors';

/** Largest text an import accepts, in bytes of UTF-8: a long article is well under 1 MB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Share of replacement and control characters above which text is taken for a decoded binary file. */
const MAX_GARBAGE_SHARE = 0.1;

/** How much of the content the binary check looks at. */
const SAMPLE_CHARS = 64 * 1024;

/** "20.0 MB": sizes in the refusal message, in the unit the limit is given in. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Refuses content no importer should see, with a message naming the file:
 * more than MAX_IMPORT_BYTES, empty or only whitespace, or binary (a NUL
 * character, or more than 10% U+FFFD and control characters, which is what a
 * PDF, image or Word file looks like once decoded as text).
 */
export function refuseUnimportable(name: string, content: string): void {
  // Size first, so a huge file is refused before any other scan of it.
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > MAX_IMPORT_BYTES) {
    throw new StudyError('bad-input', `${name} is ${formatMegabytes(bytes)}; the import limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB`, { field: 'content' });
  }
  if (content.trim() === '') {
    throw new StudyError('bad-input', `${name} is empty`, { field: 'content' });
  }
  if (looksBinary(content)) {
    throw new StudyError('bad-input', `${name} looks like a binary file, not text, Markdown or HTML`, { field: 'content' });
  }
}

/** Whether decoded content is really a binary file: see refuseUnimportable. */
export function looksBinary(content: string): boolean {
  if (content.includes('\u0000')) return true;
  const sample = content.slice(0, SAMPLE_CHARS);
  // C0 controls except tab, newline, vertical tab, form feed and carriage return; DEL; C1 controls; U+FFFD.
  const garbage = sample.match(/[\u0001-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]/g)?.length ?? 0;
  return garbage / sample.length > MAX_GARBAGE_SHARE;
}
