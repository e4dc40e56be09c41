import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { DocNode } from '../model';
import { markBoilerplate } from './boilerplate';
import { draftToDoc, type DraftBlock, type Run } from './draft';
import { safeHref } from './safe-href';

// html: true so raw HTML arrives as html_block / html_inline tokens we can drop, instead of as text.
const markdown = new MarkdownIt('default', { html: true, linkify: false, typographer: false });

/** Inline HTML elements whose text is never article text: skipped up to their closing tag. */
const SKIPPED_INLINE_HTML = /^<(script|style|noscript|template|iframe|object|svg|textarea|select|button)\b/i;

/**
 * Imports a Markdown article from markdown-it's token stream: headings,
 * paragraphs, nested lists, quotes, bold, italic and http/https/mailto links.
 * Images and raw HTML are dropped, code becomes plain paragraphs, tables one
 * paragraph per row. Then flags boilerplate.
 */
export function importMarkdown(content: string): DocNode {
  const tokens = markdown.parse(content, {});
  const { blocks } = readBlocks(tokens, 0, null);
  return markBoilerplate(draftToDoc(blocks, { collapseWhitespace: true }));
}

interface BlockRead {
  blocks: DraftBlock[];
  next: number;
}

/** Reads block tokens from `start` up to the `close` token (or the end), returning the blocks and the index after it. */
function readBlocks(tokens: readonly Token[], start: number, close: string | null): BlockRead {
  const blocks: DraftBlock[] = [];
  let i = start;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.type === close) return { blocks, next: i + 1 };
    switch (token.type) {
      case 'heading_open': {
        const level = Number(token.tag.slice(1)) || 2;
        const runs = joinLines(inlineRuns(tokens[i + 1]));
        blocks.push({ type: 'heading', level, runs });
        i = skipPast(tokens, i, 'heading_close');
        break;
      }
      case 'paragraph_open': {
        // A hard break splits a paragraph: in articles it separates lines that stand alone.
        for (const runs of inlineRuns(tokens[i + 1])) blocks.push({ type: 'paragraph', runs });
        i = skipPast(tokens, i, 'paragraph_close');
        break;
      }
      case 'blockquote_open': {
        const inner = readBlocks(tokens, i + 1, 'blockquote_close');
        blocks.push({ type: 'blockquote', children: inner.blocks });
        i = inner.next;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const list = readList(tokens, i);
        blocks.push(list.block);
        i = list.next;
        break;
      }
      case 'fence':
      case 'code_block': {
        for (const line of token.content.split('\n')) blocks.push({ type: 'paragraph', runs: [{ text: line }] });
        i++;
        break;
      }
      case 'table_open': {
        const table = readTable(tokens, i);
        blocks.push(...table.blocks);
        i = table.next;
        break;
      }
      default:
        // hr, html_block and anything unknown carry no article text we keep.
        i++;
    }
  }
  return { blocks, next: i };
}

function skipPast(tokens: readonly Token[], start: number, close: string): number {
  let i = start;
  while (i < tokens.length && tokens[i]!.type !== close) i++;
  return i + 1;
}

function readList(tokens: readonly Token[], start: number): { block: DraftBlock; next: number } {
  const open = tokens[start]!;
  const closeType = open.type === 'bullet_list_open' ? 'bullet_list_close' : 'ordered_list_close';
  const items: DraftBlock[][] = [];
  let i = start + 1;
  while (i < tokens.length && tokens[i]!.type !== closeType) {
    if (tokens[i]!.type === 'list_item_open') {
      const item = readBlocks(tokens, i + 1, 'list_item_close');
      items.push(item.blocks);
      i = item.next;
    } else {
      i++;
    }
  }
  const block: DraftBlock =
    open.type === 'bullet_list_open' ? { type: 'bullet_list', items } : { type: 'ordered_list', order: Number(open.attrGet('start') ?? 1), items };
  return { block, next: i + 1 };
}

/** A table as one paragraph per row, cells separated by " | ". */
function readTable(tokens: readonly Token[], start: number): BlockRead {
  const blocks: DraftBlock[] = [];
  let row: Run[] | null = null;
  let i = start + 1;
  for (; i < tokens.length && tokens[i]!.type !== 'table_close'; i++) {
    const token = tokens[i]!;
    if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close' && row) blocks.push({ type: 'paragraph', runs: row });
    else if (token.type === 'inline' && row) {
      if (row.length > 0) row.push({ text: ' | ' });
      row.push(...joinLines(inlineRuns(token)));
    }
  }
  return { blocks, next: i + 1 };
}

/** Lines of runs as one line, a space where each break was (headings and table cells stay one block). */
function joinLines(lines: readonly Run[][]): Run[] {
  return lines.flatMap((line, i) => (i === 0 ? line : [{ text: ' ' }, ...line]));
}

/** The runs of an inline token, split at hard breaks into one run list per line. */
function inlineRuns(inline: Token | undefined): Run[][] {
  const lines: Run[][] = [[]];
  if (!inline || inline.type !== 'inline') return lines;
  let bold = 0;
  let italic = 0;
  const hrefs: (string | null)[] = [];
  let skipping: string | null = null;
  const push = (text: string) => {
    const href = hrefs[hrefs.length - 1] ?? null;
    const run: Run = { text };
    if (bold > 0) run.bold = true;
    if (italic > 0) run.italic = true;
    if (href) run.href = href;
    lines[lines.length - 1]!.push(run);
  };
  for (const token of inline.children ?? []) {
    if (skipping) {
      if (token.type === 'html_inline' && new RegExp(`^</${skipping}\\s*>`, 'i').test(token.content)) skipping = null;
      continue;
    }
    switch (token.type) {
      case 'text':
      case 'text_special':
      case 'code_inline':
        push(token.content);
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        lines.push([]);
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold = Math.max(0, bold - 1);
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic = Math.max(0, italic - 1);
        break;
      case 'link_open': {
        const href = token.attrGet('href');
        hrefs.push(typeof href === 'string' ? safeHref(href) : null);
        break;
      }
      case 'link_close':
        hrefs.pop();
        break;
      case 'html_inline': {
        const skipped = SKIPPED_INLINE_HTML.exec(token.content);
        if (skipped && !token.content.endsWith('/>')) skipping = skipped[1]!;
        break;
      }
      default:
        // image, s_open/s_close and others: no text of their own that we keep.
        break;
    }
  }
  return lines;
}
