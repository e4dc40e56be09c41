import { useState } from 'react';
import { useReviewActions, useReviewState } from './review-provider';
import { consensusProgress } from './state/review-selectors';
import { useReviewData } from './use-review-data';

/** The consensus at a glance: its name, "12 of 40 resolved", and the keys. */
export function ConsensusBar() {
  const actions = useReviewActions();
  const annotators = useReviewState((s) => s.annotators);
  const decided = useReviewState((s) => s.decided);
  const curation = useReviewState((s) => s.curation);
  const [name, setName] = useState(curation);
  const { matches } = useReviewData();
  const { resolved, total } = consensusProgress(matches, annotators, decided);
  return (
    <div className="consensus-bar">
      <p className="consensus-progress" aria-live="polite">
        <strong>
          {resolved} of {total} resolved
        </strong>{' '}
        between {annotators[0] ?? 'A'} (A) and {annotators[1] ?? 'B'} (B)
      </p>
      <progress max={Math.max(1, total)} value={resolved} aria-label="Disagreements resolved" />
      <label className="field inline">
        <span className="field-name">Consensus tag set</span>
        <input value={name} onChange={(e) => setName(e.target.value)} onBlur={() => actions.setCuration(name)} maxLength={60} />
      </label>
      <p className="review-hint small">
        <kbd>N</kbd>/<kbd>P</kbd> next/previous, <kbd>A</kbd>/<kbd>B</kbd> accept a side, <kbd>X</kbd> reject, <kbd>Ctrl+Z</kbd> undo. To edit, accept then
        edit the copy in the consensus.
      </p>
    </div>
  );
}
