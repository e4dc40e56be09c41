import { GitCompareArrows, Link2, ListPlus } from 'lucide-react';
import { useMemo } from 'react';
import { findAnnotation, useWorkspaceState } from '../../app';
import { conflictWords } from '../conflict-badges';
import { ConflictCountBadge } from '../conflict-count-badge';
import { useCompareActions, useCompareState } from '../compare-context';
import { KindIcon } from '../kind-icon';
import { KIND_INFO } from '../link-kinds';
import { linkConflicts, linksContaining } from '../state/compare-selectors';

/** The active annotation's links, with the ways to link it: pick it (L), or "Link to…" a passage elsewhere. */
export function ActiveLinks() {
  const actions = useCompareActions();
  const ws = useWorkspaceState((s) => s);
  const picked = useCompareState((s) => s.picked);
  const summaries = useCompareState((s) => s.summaries);
  const comparisons = useCompareState((s) => s.comparisons);
  const active = ws.activeId ? findAnnotation(ws, ws.activeId) : undefined;
  const links = useMemo(() => (active ? linksContaining(ws, active.id) : []), [ws, active]);
  const mine = active !== undefined && active.annotator === ws.study?.annotator;

  return (
    <section className="panel-section" aria-labelledby="panel-links-heading">
      <h3 id="panel-links-heading" className="panel-section-title">
        Links
      </h3>
      {!active && <p className="panel-hint">Click an annotation to see its links. Select annotations in two articles and press L to link them.</p>}
      {active && links.length === 0 && <p className="panel-hint">Not linked yet.</p>}
      {links.length > 0 && (
        <ul className="active-links">
          {links.map((l) => {
            const conflicts = linkConflicts({ summaries, comparisons }, l);
            return (
              <li key={l.id} className="active-link">
                <KindIcon kind={l.kind} />
                <span className="active-link-label" title={l.label}>
                  {l.label}
                </span>
                <ConflictCountBadge conflicts={conflicts} />
                <span className="visually-hidden">
                  {KIND_INFO[l.kind].name}
                  {conflicts ? `, ${conflictWords(conflicts)}` : ''}
                </span>
                <button type="button" className="button small" onClick={() => actions.openLink(l.id)} aria-label={`Compare “${l.label}”`}>
                  <GitCompareArrows aria-hidden="true" size={14} />
                  Compare
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {active && mine && (
        <div className="panel-buttons">
          <button type="button" className="button small" aria-pressed={picked.includes(active.id)} onClick={() => actions.togglePick(active.id)} title="Pick for the next link (Ctrl+click also picks)">
            <ListPlus aria-hidden="true" size={14} />
            {picked.includes(active.id) ? 'Picked' : 'Pick for link'}
          </button>
          <button type="button" className="button small" onClick={() => actions.linkTo(active.id)} title="Then select the matching words in another article and press L">
            <Link2 aria-hidden="true" size={14} />
            Link to…
          </button>
        </div>
      )}
    </section>
  );
}
