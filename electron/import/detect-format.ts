import type { SourceFormat } from '../../shared/model';

const BY_EXTENSION: Record<string, SourceFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

/** Tags that only HTML documents use; counting them tells a page from prose that mentions a tag. */
const HTML_TAG = /<\/?(?:html|head|body|p|div|span|a|br|h[1-6]|ul|ol|li|table|tr|td|script|style|img|meta|link|section|article|header|footer|nav|main|strong|em|blockquote|figure)\b[^<>]*>/gi;

/** How many HTML tags in the first 64 KB make a file without a telling extension HTML. */
const MIN_HTML_TAGS = 5;

/** The file's extension in lower case, without the dot ("" when there is none). */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * The format of a file: by extension (.txt/.text, .md/.markdown, .html/.htm),
 * otherwise by content: an HTML doctype or <html> start, or several HTML
 * tags, is HTML; ATX headings, Markdown links or code fences are Markdown;
 * anything else is plain text (so `**bold**` alone stays plain text, as in the seeds).
 */
export function detectFormat(fileName: string, content: string): SourceFormat {
  const byExtension = BY_EXTENSION[extensionOf(fileName)];
  if (byExtension) return byExtension;
  const head = content.slice(0, 64 * 1024);
  const start = head.replace(/^\uFEFF/, '').trimStart().slice(0, 200).toLowerCase();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>])/.test(start)) return 'html';
  if ((head.match(HTML_TAG) ?? []).length >= MIN_HTML_TAGS) return 'html';
  if (/^#{1,6}[ \t]+\S/m.test(head) || /\[[^\]\n]+\]\((?:https?:|mailto:)[^)\s]+\)/.test(head) || /^(?:```|~~~)/m.test(head)) return 'markdown';
  return 'text';
}
