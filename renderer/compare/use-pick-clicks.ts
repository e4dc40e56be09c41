import { useEffect } from 'react';
import { useCompare } from './compare-context';

/** The annotation a click landed on: a highlight in the text, or a card in the panel. */
export function annotationAt(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  const card = target.closest('[data-annotation-card]');
  if (card) return card.getAttribute('data-annotation-card');
  const highlight = target.closest('.article-viewer [data-annotation-id]');
  return highlight ? highlight.getAttribute('data-annotation-id') : null;
}

/**
 * Ctrl+click (Cmd+click on macOS) on a highlight or an annotation card picks
 * it for the next link, in either pane. The click still does what it
 * normally does (the annotation becomes active).
 */
export function usePickClicks(): void {
  const compare = useCompare();
  useEffect(() => {
    const picking = (event: MouseEvent) => (event.ctrlKey || event.metaKey) && event.button === 0 && annotationAt(event.target) !== null;
    // ProseMirror selects the whole paragraph on Ctrl+mousedown; a pick must not become a text selection.
    const onMouseDown = (event: MouseEvent) => {
      if (!picking(event) || !(event.target instanceof Element) || !event.target.closest('.article-viewer')) return;
      event.preventDefault();
      event.stopPropagation();
    };
    const onClick = (event: MouseEvent) => {
      if (!picking(event)) return;
      compare.actions.togglePick(annotationAt(event.target)!);
    };
    document.addEventListener('mousedown', onMouseDown, true);
    document.addEventListener('click', onClick, true);
    return () => {
      document.removeEventListener('mousedown', onMouseDown, true);
      document.removeEventListener('click', onClick, true);
    };
  }, [compare]);
}

/**
 * Marks picked annotation cards (data-picked) so the panel shows what L will
 * link. Cards are the workspace's; the mark is an attribute React does not
 * manage, re-applied whenever either store changes.
 */
export function usePickedMarks(): void {
  const compare = useCompare();
  useEffect(() => {
    let frame = 0;
    const apply = () => {
      frame = 0;
      const picked = new Set(compare.store.get().picked);
      for (const card of document.querySelectorAll<HTMLElement>('[data-annotation-card]')) {
        const want = picked.has(card.getAttribute('data-annotation-card') ?? '');
        if (card.hasAttribute('data-picked') !== want) card.toggleAttribute('data-picked', want);
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(apply);
    };
    const observer = new MutationObserver(schedule);
    const panel = document.querySelector('.annotation-panel');
    if (panel) observer.observe(panel, { childList: true, subtree: true });
    const unsubscribe = compare.store.subscribe(schedule);
    schedule();
    return () => {
      observer.disconnect();
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [compare]);
}
