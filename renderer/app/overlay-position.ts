import type { Rect } from './state/workspace-state';

/** Where a floating toolbar goes: centred under the span, kept inside the pane's width. */
export function belowSpan(rect: Rect, paneWidth: number, halfWidth: number): { left: number; top: number } {
  const centre = (rect.left + rect.right) / 2;
  const min = halfWidth + 8;
  const max = Math.max(min, paneWidth - halfWidth - 8);
  return { left: Math.min(Math.max(centre, min), max), top: rect.bottom + 8 };
}

/** Where a tooltip goes: centred above the span, kept inside the pane's width. */
export function aboveSpan(rect: Rect, paneWidth: number, halfWidth: number): { left: number; top: number } {
  const { left } = belowSpan(rect, paneWidth, halfWidth);
  return { left, top: rect.top - 8 };
}
