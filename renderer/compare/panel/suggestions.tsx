import { useEffect, useMemo } from 'react';
import { truncate, useWorkspaceState } from '../../app';
import { useCompareActions, useCompareState } from '../compare-context';
import { spanKey } from '../state/compare-state';
import { linkedAlready, suggestionSource } from '../state/compare-selectors';
import { bestScore, suggestionRows } from '../suggestion-rows';
import { SuggestionItem } from './suggestion-item';

/** Waits this long after the selection settles before asking for suggestions. */
const SETTLE_MS = 250;

/** "Similar passages in other outlets" for the active annotation or the selected text, best first, each with Accept. */
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

  // Only the answer for the span on screen: another article's suggestions never linger.
  const current = loaded && loaded.key === sourceKey ? loaded : null;
  const rows = useMemo(() => suggestionRows(current?.value ?? []), [current]);
  const best = bestScore(rows);
  const close = rows.filter((r) => !r.noCloseMatch).length;

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
      {current?.status === 'ready' && rows.length === 0 && <p className="panel-hint">No similar passages in the other articles.</p>}
      {current?.status === 'ready' && rows.length > 0 && close === 0 && <p className="panel-hint">No close match in any other outlet.</p>}
      {source && current?.status === 'ready' && rows.length > 0 && (
        <ul className="suggest-list" aria-label="Suggestions, best first">
          {rows.map((row) => {
            const key = spanKey(row.suggestion);
            return (
              <SuggestionItem
                key={key}
                row={row}
                best={best}
                source={source}
                accepted={accepted.includes(key)}
                linkedTo={linkedAlready(ws, cs, source.annotationId, row.suggestion)?.label}
                busy={busy === `accept:${key}`}
                onAccept={() => void actions.accept(source, row.suggestion)}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}
