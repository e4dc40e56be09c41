/**
 * Keyboard selection in the read-only article text. Browsers move a caret
 * only in editable text (or with caret browsing on), so in the viewer
 * Shift+arrows would do nothing; this moves and extends the DOM selection
 * itself, and ProseMirror reads it back like a mouse selection.
 */

type Direction = 'forward' | 'backward';
type Granularity = 'character' | 'word' | 'line' | 'lineboundary';

/** What a key does to the selection, or null when it is not a selection key. */
export function selectionMove(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): {
  alter: 'move' | 'extend';
  direction: Direction;
  granularity: Granularity;
} | null {
  const word = event.ctrlKey || event.altKey;
  const alter = event.shiftKey ? 'extend' : 'move';
  switch (event.key) {
    case 'ArrowLeft':
      return { alter, direction: 'backward', granularity: word ? 'word' : 'character' };
    case 'ArrowRight':
      return { alter, direction: 'forward', granularity: word ? 'word' : 'character' };
    // Up/Down and Home/End without Shift keep scrolling the pane.
    case 'ArrowUp':
      return event.shiftKey ? { alter, direction: 'backward', granularity: 'line' } : null;
    case 'ArrowDown':
      return event.shiftKey ? { alter, direction: 'forward', granularity: 'line' } : null;
    case 'Home':
      return event.shiftKey ? { alter, direction: 'backward', granularity: 'lineboundary' } : null;
    case 'End':
      return event.shiftKey ? { alter, direction: 'forward', granularity: 'lineboundary' } : null;
    default:
      return null;
  }
}

/** The first text the analyst can see in the pane: where a caret starts when there is none yet. */
function firstVisibleText(root: HTMLElement, viewportTop: number): Text | null {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let fallback: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (!text.data.trim()) continue;
    const box = text.parentElement?.getBoundingClientRect();
    if (!box || box.height === 0) continue;
    fallback ??= text;
    if (box.bottom > viewportTop) return text;
  }
  return fallback;
}

/** Handles a selection key in the viewer; returns whether it did (the caller then prevents the default). */
export function handleSelectionKey(root: HTMLElement, event: KeyboardEvent, viewportTop: number): boolean {
  if (event.metaKey) return false;
  const move = selectionMove(event);
  if (!move) return false;
  const selection = root.ownerDocument.getSelection();
  if (!selection) return false;
  const inside = selection.rangeCount > 0 && selection.anchorNode !== null && root.contains(selection.anchorNode);
  if (!inside) {
    const start = firstVisibleText(root, viewportTop);
    if (!start) return false;
    selection.collapse(start, 0);
    // The first press places the caret; it would be surprising for it to also select.
    if (move.alter === 'move') return true;
  }
  selection.modify(move.alter, move.direction, move.granularity);
  return true;
}
