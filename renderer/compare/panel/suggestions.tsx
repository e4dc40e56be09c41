import { Check, Plus } from 'lucide-react';
import { useEffect, useMemo } from 'react';
import type { SuggestionView } from '../../../shared/api';
import { truncate, useWorkspaceState } from '../../app';
import { useCompareActions, useCompareState } from '../compare-context';
import { ScoreBar } from '../score-bar';
import { spanKey, type SuggestionSource } from '../state/compare-state';
import { linkedAlready, suggestionSource } from '../state/compare-selectors';
import { markWords } from '../word-marks';

/** Waits this long after the selection settles before asking for suggestions. */
const SETTLE_MS = 250;

/** Groups suggestions by article, best group first, each group's passages best first. */
function byArticle(list: readonly SuggestionView[]): { articleId: string; outletName: string; items: SuggestionView[] }[] {
  const groups = new Map<string, { articleId: string; outletName: string; items: SuggestionView[] }>();
  for (const s of list) {
    const g = groups.get(s.articleId) ?? { articleId: s.articleId, outletName: s.outletName, items: [] };
    g.items.push(s);
    groups.set(s.articleId, g);
  }
  const sorted = [...groups.values()];
  for (const g of sorted) g.items.sort((a, b) => b.score - a.score);
  return sorted.sort((a, b) => (b.items[0]?.score ?? 0) - (a.items[0]?.score ?? 0));
}

/** "Similar passages in other outlets" for the active annotation or the selected text, each with Accept. */
export function Suggestions() {
  const actions = useCompareActions();
  const ws = useWorkspaceState((s) => s);
  const source = useMemo(() => suggestionSource(ws), [ws]);
  const sourceKey = source ? spanKey(source) : null;
  const loaded = useCompareState((s) => s.suggestions);
  const accepted = useCompareState((s) => s.accepted);
  const busy = useCompareState((s) => s.busy);
  const cs = useCompareState((s) => s);

  // The same span found again (every state change builds a new source object) must not refetch.
  const sourceRef = useMemo(() => source, [sourceKey]);
  useEffect(() => {
    if (!sourceRef) return;
    const timer = window.setTimeout(() => void actions.loadSuggestions(sourceRef), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [sourceRef, actions]);

  const current = loaded && loaded.key === sourceKey ? loaded : null;
  const groups = useMemo(() => byArticle(current?.value ?? []), [current]);
  const best = Math.max(0, ...(current?.value ?? []).map((s) => s.score));

  return (
    <section className="panel-section" aria-labelledby="panel-suggest-heading">
      <h3 id="panel-suggest-heading" className="panel-section-title">
        Similar passages in other outlets
      </h3>
      {!source && <p className="panel-hint">Click an annotation or select text to see similar passages in other outlets.</p>}
      {source && (
        <p className="suggest-source">
          For <q>{truncate(source.text, 80)}</q>
        </p>
      )}
      {source && !source.annotationId && <p className="panel-hint">Accepting tags your selection as a claim first.</p>}
      {source && !source.canAccept && <p className="panel-hint">This annotation is a teammate’s: you can read the suggestions, but links join your own annotations only.</p>}
      {source && (!current || current.status === 'loading') && <p className="panel-hint" role="status">Looking for similar passages…</p>}
      {current?.status === 'failed' && <p className="panel-problem" role="alert">{current.error}</p>}
      {current?.status === 'ready' && groups.length === 0 && <p className="panel-hint">No similar passages in the other articles.</p>}
      {groups.map((g) => (
        <div key={g.articleId} className="suggest-group">
          <p className="suggest-outlet">{g.outletName}</p>
          <ul className="suggest-list">
            {g.items.map((s) => (
              <SuggestionItem
                key={spanKey(s)}
                suggestion={s}
                best={best}
                source={source!}
                accepted={accepted.includes(spanKey(s))}
                linkedTo={linkedAlready(ws, cs, source!.annotationId, s)?.label}
                busy={busy === `accept:${spanKey(s)}`}
                onAccept={() => void actions.accept(source!, s)}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

interface SuggestionItemProps {
  suggestion: SuggestionView;
  best: number;
  source: SuggestionSource;
  accepted: boolean;
  /** The label of the source's link that already holds this passage. */
  linkedTo: string | undefined;
  busy: boolean;
  onAccept(): void;
}

function SuggestionItem({ suggestion, best, source, accepted, linkedTo, busy, onAccept }: SuggestionItemProps) {
  const runs = useMemo(() => markWords(suggestion.text, suggestion.shared, suggestion.differing), [suggestion]);
  return (
    <li className="suggestion">
      <ScoreBar score={suggestion.score} best={best} />
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
