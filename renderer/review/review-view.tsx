import { X } from 'lucide-react';
import { useWorkspaceState } from '../app';
import { AgreementView } from './agreement-view';
import { AnnotatorChooser } from './annotator-chooser';
import { ConsensusBar } from './consensus-bar';
import { MatchList } from './match-list';
import { useReviewActions, useReviewState } from './review-provider';
import type { ReviewTab } from './state/review-state';

const TABS: { id: ReviewTab; name: string }[] = [
  { id: 'matches', name: 'Matches' },
  { id: 'agreement', name: 'Agreement' },
  { id: 'consensus', name: 'Consensus' },
];

/** The review: scope, annotators, and the matches, agreement or consensus tab. */
export function ReviewView() {
  const actions = useReviewActions();
  const tab = useReviewState((s) => s.tab);
  const articleId = useReviewState((s) => s.articleId);
  const focused = useWorkspaceState((s) => s.panes[s.focusedPane]?.articleId ?? null);
  const title = useWorkspaceState((s) => (articleId ? (s.articles.find((a) => a.id === articleId)?.title ?? s.views[articleId]?.title) : undefined));
  return (
    <div className="review-view">
      <div className="review-head">
        <h2 className="review-title">{articleId ? `Review: ${title ?? 'this article'}` : 'Review: whole study'}</h2>
        <button type="button" className="icon-button" aria-label="Close the review (Esc)" title="Close the review (Esc)" onClick={actions.closeReview}>
          <X aria-hidden="true" size={18} />
        </button>
      </div>
      <div className="review-scope" role="group" aria-label="What to review">
        <button type="button" className="button small" aria-pressed={articleId !== null} disabled={!focused} onClick={() => void actions.setScope(focused)}>
          This article
        </button>
        <button type="button" className="button small" aria-pressed={articleId === null} onClick={() => void actions.setScope(null)}>
          Whole study
        </button>
      </div>
      <AnnotatorChooser />
      <div className="review-tabs" role="tablist" aria-label="Review">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" id={`review-tab-${t.id}`} aria-selected={tab === t.id} aria-controls="review-tabpanel" className="review-tab" onClick={() => actions.setTab(t.id)}>
            {t.name}
          </button>
        ))}
      </div>
      <div id="review-tabpanel" role="tabpanel" aria-labelledby={`review-tab-${tab}`} className="review-tabpanel">
        {tab === 'matches' && <MatchList />}
        {tab === 'agreement' && <AgreementView />}
        {tab === 'consensus' && (
          <>
            <ConsensusBar />
            <MatchList disagreementsOnly />
          </>
        )}
      </div>
    </div>
  );
}
