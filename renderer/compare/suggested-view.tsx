import { Check, Columns2, RotateCcw } from 'lucide-react';
import { useEffect } from 'react';
import type { AlignedPairView } from '../../shared/api';
import { useWorkspaceState } from '../app';
import { useCompareActions, useCompareState } from './compare-context';
import { ScoreBar } from './score-bar';
import { pairLinkedBy } from './state/compare-selectors';
import { ViewHead } from './view-head';

/** Study-wide sentence pairs that seem to report the same thing, best first; each opens side by side. */
export function SuggestedView() {
  const actions = useCompareActions();
  const aligned = useCompareState((s) => s.aligned);
  const cs = useCompareState((s) => s);
  const ws = useWorkspaceState((s) => s);
  useEffect(() => {
    void actions.loadAligned();
    // Links join annotations of articles that may not be open: their positions tell which pairs are linked.
    void actions.loadOwn();
  }, [actions]);
  const pairs = aligned?.value ?? [];
  return (
    <section className="suggested-view" aria-labelledby="view-title">
      <ViewHead eyebrow={aligned?.status === 'ready' ? `${pairs.length} pairs, best first` : 'Across every article'} title="Suggested links">
        <button type="button" className="button" onClick={() => void actions.loadAligned(true)} disabled={aligned?.status === 'loading'}>
          <RotateCcw aria-hidden="true" size={15} />
          Refresh
        </button>
      </ViewHead>
      <p className="view-intro">Sentences in different outlets that seem to report the same thing. Open a pair side by side, tag both spans, and press L to link them.</p>
      {(!aligned || aligned.status === 'loading') && <p className="view-loading" role="status">Finding matching sentences across the study…</p>}
      {aligned?.status === 'failed' && <p className="view-failed" role="alert">Could not find suggestions: {aligned.error}</p>}
      {aligned?.status === 'ready' && pairs.length === 0 && (
        <div className="empty-state">
          <p className="empty-title">No suggestions</p>
          <p>Import articles from at least two outlets about the same story; matching sentences appear here.</p>
        </div>
      )}
      <ol className="pair-list">
        {pairs.map((pair) => (
          <PairItem
            key={`${pair.a.articleId}:${pair.a.start}:${pair.b.articleId}:${pair.b.start}`}
            pair={pair}
            best={pairs[0]?.score ?? 1}
            linkedIn={pairLinkedBy(ws, cs, pair)?.label}
            onOpen={() => void actions.openPair(pair)}
          />
        ))}
      </ol>
    </section>
  );
}

function PairItem({ pair, best, linkedIn, onOpen }: { pair: AlignedPairView; best: number; linkedIn: string | undefined; onOpen(): void }) {
  return (
    <li className={linkedIn ? 'pair linked' : 'pair'}>
      <div className="pair-score">
        <ScoreBar score={pair.score} best={best} />
        {linkedIn && (
          <span className="pair-linked" title={`Linked in “${linkedIn}”`}>
            <Check aria-hidden="true" size={13} />
            Linked
          </span>
        )}
      </div>
      <div className="pair-sides">
        {[pair.a, pair.b].map((side) => (
          <div key={`${side.articleId}:${side.start}`} className="pair-side">
            <p className="pair-outlet">{side.outletName}</p>
            <p className="pair-text">{side.text}</p>
          </div>
        ))}
      </div>
      <button type="button" className="button pair-open" onClick={onOpen} aria-label={`Open side by side: ${pair.a.outletName} and ${pair.b.outletName}${linkedIn ? ` (linked in “${linkedIn}”)` : ''}`}>
        <Columns2 aria-hidden="true" size={15} />
        Open side by side
      </button>
    </li>
  );
}
