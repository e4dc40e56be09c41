import type { TextBlock } from './canonical';
import { blockAt } from './canonical';

/**
 * Maps between ProseMirror positions and canonical text offsets. Both
 * directions use the block table from `canonicalText`, so they agree by
 * construction; positions between blocks snap to the nearest block edge.
 */

/** Text offset of a ProseMirror position. */
export function posToOffset(blocks: readonly TextBlock[], pos: number): number {
  if (blocks.length === 0) return 0;
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.pos <= pos) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0) return 0;
  const block = blocks[found]!;
  const length = block.end - block.start;
  return block.start + Math.min(pos - block.pos, length);
}

/**
 * ProseMirror position of a text offset. An offset inside a block separator
 * maps to the end of the block before it (`bias: 'end'`, for range ends) or the
 * start of the block after it (`bias: 'start'`, for range starts).
 */
export function offsetToPos(blocks: readonly TextBlock[], offset: number, bias: 'start' | 'end' = 'start'): number {
  const block = blockAt(blocks, offset);
  if (!block) return 0;
  if (offset <= block.end) return block.pos + Math.max(0, offset - block.start);
  const next = blocks[block.index + 1];
  if (bias === 'start' && next) return next.pos;
  return block.pos + (block.end - block.start);
}

/** A text range as ProseMirror positions, keeping each end inside a block. */
export function rangeToPositions(blocks: readonly TextBlock[], start: number, end: number): { from: number; to: number } {
  return { from: offsetToPos(blocks, start, 'start'), to: offsetToPos(blocks, end, 'end') };
}
