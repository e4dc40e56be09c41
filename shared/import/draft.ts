import type { BoilerplateKind, DocNode } from '../model';
import { StudyError } from '../errors';

/** A piece of inline text with the marks our schema knows. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Already checked by safeHref: http, https or mailto only. */
  href?: string;
}

/**
 * A loose block tree that importers build before it is fitted to the schema:
 * blocks may be empty, list items may start with anything, runs may carry
 * stray whitespace. fitDraft turns it into valid article JSON.
 */
export type DraftBlock =
  | { type: 'paragraph'; runs: Run[]; boilerplate?: BoilerplateKind | null }
  | { type: 'heading'; level: number; runs: Run[]; boilerplate?: BoilerplateKind | null }
  | { type: 'blockquote'; children: DraftBlock[] }
  | { type: 'bullet_list'; items: DraftBlock[][] }
  | { type: 'ordered_list'; order: number; items: DraftBlock[][] };

export interface FitOptions {
  /** Collapse whitespace runs inside blocks to one space (HTML, Markdown); plain text keeps them. */
  collapseWhitespace: boolean;
}

/** The error every importer raises when nothing readable is left; importDocument names the file. */
export function noTextError(): StudyError {
  return new StudyError('bad-input', 'The document has no text to import', { field: 'content' });
}

/** Whether an error is the "nothing readable left" refusal from noTextError. */
export function isNoTextError(error: unknown): error is StudyError {
  return error instanceof StudyError && error.code === 'bad-input' && error.details.field === 'content';
}

/**
 * Fits a draft to the article schema: drops empty blocks, lists and quotes,
 * trims blocks, merges runs with equal marks, and makes every list item start
 * with a paragraph. Throws noTextError when no text block survives.
 */
export function draftToDoc(blocks: readonly DraftBlock[], options: FitOptions): DocNode {
  const content = fitBlocks(blocks, options);
  if (content.length === 0) throw noTextError();
  return { type: 'doc', content };
}

function fitBlocks(blocks: readonly DraftBlock[], options: FitOptions): DocNode[] {
  const out: DocNode[] = [];
  for (const block of blocks) {
    const node = fitBlock(block, options);
    if (node) out.push(node);
  }
  return out;
}

function fitBlock(block: DraftBlock, options: FitOptions): DocNode | null {
  switch (block.type) {
    case 'paragraph':
    case 'heading': {
      const content = fitRuns(block.runs, options);
      if (content.length === 0) return null;
      const boilerplate = block.boilerplate ?? null;
      return block.type === 'heading'
        ? { type: 'heading', attrs: { boilerplate, level: clampLevel(block.level) }, content }
        : { type: 'paragraph', attrs: { boilerplate }, content };
    }
    case 'blockquote': {
      const content = fitBlocks(block.children, options);
      return content.length === 0 ? null : { type: 'blockquote', content };
    }
    case 'bullet_list':
    case 'ordered_list': {
      const items = fitItems(block.items, options);
      if (items.length === 0) return null;
      return block.type === 'ordered_list'
        ? { type: 'ordered_list', attrs: { order: Math.max(0, Math.floor(block.order)) || 1 }, content: items }
        : { type: 'bullet_list', content: items };
    }
  }
}

function clampLevel(level: number): number {
  return Math.min(6, Math.max(1, Math.floor(level) || 2));
}

function fitItems(items: readonly DraftBlock[][], options: FitOptions): DocNode[] {
  const out: DocNode[] = [];
  for (const item of items) {
    let kids = fitBlocks(item, options);
    // list_item is `paragraph block*`: lift whatever stands before the first paragraph.
    while (kids.length > 0 && kids[0]!.type !== 'paragraph') {
      const [first, ...rest] = kids as [DocNode, ...DocNode[]];
      if (first.type === 'heading') {
        kids = [{ type: 'paragraph', attrs: { boilerplate: first.attrs?.boilerplate ?? null }, content: first.content ?? [] }, ...rest];
      } else if (first.type === 'blockquote') {
        kids = [...(first.content ?? []), ...rest];
      } else {
        // A list as the first thing in an item ("- - x"): its first item's content comes up a level.
        const [firstItem, ...otherItems] = first.content ?? [];
        const lifted = firstItem?.content ?? [];
        const remainder = otherItems.length > 0 ? [{ ...first, content: otherItems }] : [];
        kids = [...lifted, ...remainder, ...rest];
      }
    }
    if (kids.length > 0) out.push({ type: 'list_item', content: kids });
  }
  return out;
}

/** Text nodes for one block: whitespace handled, empty runs dropped, equal neighbours merged, trimmed at both ends. */
export function fitRuns(runs: readonly Run[], options: FitOptions): DocNode[] {
  const pieces: Run[] = [];
  for (const run of runs) {
    let text = options.collapseWhitespace ? run.text.replace(/\s+/g, ' ') : run.text;
    const last = pieces[pieces.length - 1];
    if (options.collapseWhitespace && text.startsWith(' ') && (!last || last.text.endsWith(' '))) text = text.slice(1);
    if (text === '') continue;
    if (last && sameMarks(last, run)) last.text += text;
    else pieces.push({ ...markFields(run), text });
  }
  trimEdges(pieces);
  return pieces.filter((run) => run.text !== '').map(textNode);
}

function trimEdges(pieces: Run[]): void {
  while (pieces.length > 0) {
    const first = pieces[0]!;
    first.text = first.text.replace(/^\s+/, '');
    if (first.text !== '') break;
    pieces.shift();
  }
  while (pieces.length > 0) {
    const last = pieces[pieces.length - 1]!;
    last.text = last.text.replace(/\s+$/, '');
    if (last.text !== '') break;
    pieces.pop();
  }
}

function markFields(run: Run): Omit<Run, 'text'> {
  const out: Omit<Run, 'text'> = {};
  if (run.bold) out.bold = true;
  if (run.italic) out.italic = true;
  if (run.href) out.href = run.href;
  return out;
}

function sameMarks(a: Run, b: Run): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && (a.href ?? '') === (b.href ?? '');
}

function textNode(run: Run): DocNode {
  // Marks in schema rank order (bold, italic, link), as ProseMirror's toJSON writes them.
  const marks: NonNullable<DocNode['marks']> = [];
  if (run.bold) marks.push({ type: 'bold' });
  if (run.italic) marks.push({ type: 'italic' });
  if (run.href) marks.push({ type: 'link', attrs: { href: run.href } });
  return marks.length > 0 ? { type: 'text', marks, text: run.text } : { type: 'text', text: run.text };
}
