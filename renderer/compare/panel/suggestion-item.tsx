import { Check, Plus, SearchX } from 'lucide-react';
import { useMemo } from 'react';
import { truncate } from '../../app';
import { ScoreBar } from '../score-bar';
import type { SuggestionSource } from '../state/compare-state';
import type { SuggestionRow } from '../suggestion-rows';
import { markWords } from '../word-marks';

interface SuggestionItemProps {
  row: SuggestionRow;
  best: number;
  source: SuggestionSource;
  accepted: boolean;
  /** The label of the source's link that already holds this passage. */
  linkedTo: string | undefined;
  busy: boolean;
  onAccept(): void;
}

function MarkedText({ row }: { row: SuggestionRow }) {
  const { text, shared, differing } = row.suggestion;
  const runs = useMemo(() => markWords(text, shared, differing), [text, shared, differing]);
  return (
    <p className="suggestion-text">
      {runs.map((r, i) =>
        r.mark === 'shared' ? (
          <strong key={i} className="word-shared">
            {r.text}
          </strong>
        ) : r.mark === 'differing' ? (
          <span key={i} className="word-differing">
            {r.text}
          </span>
        ) : (
          <span key={i}>{r.text}</span>
        ),
      )}
    </p>
  );
}

/** An outlet with nothing close: its nearest passage dimmed, for reference only. */
function NoCloseMatch({ row }: { row: SuggestionRow }) {
  const { outletName, text } = row.suggestion;
  return (
    <li className="suggestion weak">
      <p className="suggestion-outlet weak-head">
        <SearchX aria-hidden="true" size={14} />
        No close match in {outletName}
      </p>
      <p className="suggestion-text dimmed" title={row.why ? `Nearest passage, for reference only (${row.why})` : 'Nearest passage, for reference only'}>
        <span className="visually-hidden">Nearest passage, for reference only: </span>
        {truncate(text, 110)}
      </p>
    </li>
  );
}

/** One suggested passage: outlet, score, the passage with shared words marked, why it scored, and Accept. */
export function SuggestionItem({ row, best, source, accepted, linkedTo, busy, onAccept }: SuggestionItemProps) {
  const { suggestion } = row;
  if (row.noCloseMatch) return <NoCloseMatch row={row} />;
  return (
    <li className="suggestion">
      <div className="suggestion-head">
        <p className="suggestion-outlet">{suggestion.outletName}</p>
        <ScoreBar score={suggestion.score} best={best} />
      </div>
      <MarkedText row={row} />
      {row.why && <p className="suggestion-why">{row.why}</p>}
      {accepted || linkedTo ? (
        <p className="suggestion-done">
          <Check aria-hidden="true" size={14} />
          {linkedTo && !accepted ? `Already in “${linkedTo}”` : 'Linked'}
        </p>
      ) : (
        <button
          type="button"
          className="button small"
          disabled={!source.canAccept || busy}
          onClick={onAccept}
          aria-label={`Accept: link the ${suggestion.outletName} passage “${suggestion.text.slice(0, 60)}”`}
          title={source.canAccept ? 'Tag this passage and link it to the span' : 'Links join your own annotations only'}
        >
          <Plus aria-hidden="true" size={14} />
          {busy ? 'Linking…' : 'Accept'}
        </button>
      )}
    </li>
  );
}
