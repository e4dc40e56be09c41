import { FileStack, Users } from 'lucide-react';
import type { SidebarSection } from '../app';
import { useReviewActions, useReviewState } from './review-provider';

/** Sidebar "Review": opens the review of this article or of the study, and brings teammates' work in. */
function ReviewSection() {
  const actions = useReviewActions();
  const open = useReviewState((s) => s.open);
  const study = useReviewState((s) => s.open && s.articleId === null);
  return (
    <>
      <button type="button" className={open && !study ? 'view-row open' : 'view-row'} aria-current={open && !study ? 'page' : undefined} onClick={() => void actions.openReview('article')}>
        <Users aria-hidden="true" size={15} />
        <span>Review this article</span>
        <kbd className="key-hint">R</kbd>
      </button>
      <button type="button" className={study ? 'view-row open' : 'view-row'} aria-current={study ? 'page' : undefined} onClick={() => void actions.openReview('study')}>
        <Users aria-hidden="true" size={15} />
        <span>Review the whole study</span>
      </button>
      <button type="button" className="view-row" onClick={actions.openTeammates}>
        <FileStack aria-hidden="true" size={15} />
        <span>Bring in teammates’ work…</span>
      </button>
      <p className="sidebar-hint small">Mine beside my teammates’: matches, agreement, consensus.</p>
    </>
  );
}

export const REVIEW_SIDEBAR_SECTIONS: SidebarSection[] = [{ id: 'review', title: 'Review', render: () => <ReviewSection /> }];
