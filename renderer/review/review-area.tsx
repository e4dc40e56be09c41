import type { ReactNode } from 'react';
import { useReviewState } from './review-provider';
import { ReviewView } from './review-view';
import { TeammatesDialog } from './teammates-dialog';
import { AnnotatorStyles } from './teammates-legend';

/**
 * The main area while the review is open: the review beside the article
 * panes (children), so clicking a match scrolls the text to it. Also hosts
 * the teammates dialog and the per-annotator highlight styles.
 */
export function ReviewArea({ children }: { children: ReactNode }) {
  const open = useReviewState((s) => s.open);
  const tab = useReviewState((s) => s.tab);
  return (
    <>
      <div className={open ? 'review-stack open' : 'review-stack'} data-tab={open ? tab : undefined}>
        {open && (
          <main className="review-main" aria-label="Review">
            <ReviewView />
          </main>
        )}
        <div className="review-panes">{children}</div>
      </div>
      <AnnotatorStyles />
      <TeammatesDialog />
    </>
  );
}
