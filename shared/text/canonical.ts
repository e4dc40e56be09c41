import type { Node as PMNode } from 'prosemirror-model';
import type { BoilerplateKind, DocNode } from '../model';
import { articleSchema } from './schema';

/** Separator between blocks in the canonical text. */
export const BLOCK_SEPARATOR = '\n\n';

/** One text block of an article: where it sits in the document and in the canonical text. */
export interface TextBlock {
  index: number;
  /** Node type name: paragraph or heading. */
  type: string;
  /** Whether it sits in a list item or a blockquote. */
  container: 'list' | 'blockquote' | null;
  /** ProseMirror position of the block's first character (inside the node). */
  pos: number;
  /** Offset of the block's first character in the canonical text. */
  start: number;
  /** Offset just past the block's last character. */
  end: number;
  boilerplate: BoilerplateKind | null;
}

export interface CanonicalText {
  text: string;
  blocks: TextBlock[];
}

/** Parses article JSON into a ProseMirror node of our schema; throws a RangeError naming the problem. */
export function docFromJSON(json: DocNode): PMNode {
  const node = articleSchema.nodeFromJSON(json);
  node.check();
  return node;
}

/**
 * The canonical text of a document: text blocks in document order joined by a
 * blank line. Offsets into it are what annotations store.
 */
export function canonicalText(doc: PMNode): CanonicalText {
  const blocks: TextBlock[] = [];
  const parts: string[] = [];
  let offset = 0;
  doc.descendants((node, pos, parent) => {
    if (!node.isTextblock) return true;
    if (blocks.length > 0) offset += BLOCK_SEPARATOR.length;
    const text = node.textContent;
    const container = containerOf(doc, pos, parent);
    blocks.push({
      index: blocks.length,
      type: node.type.name,
      container,
      pos: pos + 1,
      start: offset,
      end: offset + text.length,
      boilerplate: (node.attrs.boilerplate as BoilerplateKind | null) ?? null,
    });
    parts.push(text);
    offset += text.length;
    return false;
  });
  return { text: parts.join(BLOCK_SEPARATOR), blocks };
}

function containerOf(doc: PMNode, pos: number, parent: PMNode | null): TextBlock['container'] {
  if (!parent || parent === doc) return null;
  const $pos = doc.resolve(pos);
  for (let d = $pos.depth; d > 0; d--) {
    const name = $pos.node(d).type.name;
    if (name === 'list_item') return 'list';
    if (name === 'blockquote') return 'blockquote';
  }
  return null;
}

/** The block containing a text offset, or the block just before it when the offset falls in a separator. */
export function blockAt(blocks: readonly TextBlock[], offset: number): TextBlock | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  let found: TextBlock | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const block = blocks[mid]!;
    if (block.start <= offset) {
      found = block;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found ?? blocks[0];
}
