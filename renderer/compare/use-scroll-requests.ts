import { useEffect } from 'react';
import { useWorkspace } from '../app';
import { useCompare, useCompareState } from './compare-context';
import { scrollToPassage } from './scroll-to-text';

/** How long a scroll request waits for its articles to render before it is dropped. */
const GIVE_UP_MS = 4000;

/**
 * Carries out "open side by side, scrolled to the sentences": once each pane
 * shows its article, its passage is scrolled into view.
 */
export function useScrollRequests(): void {
  const compare = useCompare();
  const workspace = useWorkspace();
  const scroll = useCompareState((s) => s.scroll);
  useEffect(() => {
    if (!scroll) return;
    const started = performance.now();
    const done = new Set<number>();
    let frame = 0;
    const step = () => {
      const panes = document.querySelectorAll<HTMLElement>('.article-pane');
      const state = workspace.store.get();
      scroll.targets.forEach((target, i) => {
        if (done.has(i) || state.panes[target.pane]?.articleId !== target.articleId) return;
        const viewer = panes[target.pane]?.querySelector<HTMLElement>('.article-viewer');
        if (viewer && scrollToPassage(viewer, target.text)) done.add(i);
      });
      if (done.size === scroll.targets.length || performance.now() - started > GIVE_UP_MS) {
        compare.actions.scrolled(scroll.seq);
        return;
      }
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [scroll, compare, workspace]);
}
