import { blockAt, offsetToPos, type TextBlock } from '../../shared/text';

/** A stretch of one text block, as ProseMirror positions. */
export interface Segment {
  from: number;
  to: number;
}

/**
 * Splits a canonical text range into one segment per text block it touches.
 * The "\n\n" between blocks belongs to no block, so no segment covers it; an
 * empty block or a range that lies wholly in a separator yields nothing.
 */
export function rangeSegments(blocks: readonly TextBlock[], start: number, end: number): Segment[] {
  const segments: Segment[] = [];
  const first = blockAt(blocks, start);
  if (!first || end <= start) return segments;
  for (let i = first.index; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.start >= end) break;
    const from = Math.max(start, block.start);
    const to = Math.min(end, block.end);
    if (from >= to) continue;
    segments.push({ from: offsetToPos(blocks, from, 'start'), to: offsetToPos(blocks, to, 'end') });
  }
  return segments;
}
