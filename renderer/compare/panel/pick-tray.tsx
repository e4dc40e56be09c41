import { Link, X } from 'lucide-react';
import { outletOf, useWorkspaceState } from '../../app';
import { useCompare, useCompareActions, useCompareState } from '../compare-context';
import { lookupAnnotation } from '../state/compare-selectors';

/** The annotations picked for the next link, at the foot of the panel, with "Link…" (L) and "Clear". */
export function PickTray() {
  const compare = useCompare();
  const actions = useCompareActions();
  const ws = useWorkspaceState((s) => s);
  const cs = useCompareState((s) => s);
  if (cs.picked.length === 0) return null;
  const items = cs.picked.map((id) => ({ id, a: lookupAnnotation(ws, cs, id) }));
  const articles = new Set(items.map((i) => i.a?.articleId));
  return (
    <section className="pick-tray" aria-labelledby="pick-tray-heading">
      <div className="pick-tray-head">
        <h3 id="pick-tray-heading" className="panel-section-title">
          Picked for linking · {cs.picked.length}
        </h3>
        <button type="button" className="link-button" onClick={actions.clearPicks}>
          Clear
        </button>
      </div>
      <ul className="pick-list">
        {items.map(({ id, a }) => (
          <li key={id} className="pick">
            <span className="pick-outlet">{a ? outletOf(ws, a.articleId) : '…'}</span>
            <span className="pick-quote">{a?.quote.exact ?? id}</span>
            <button type="button" className="icon-button small" aria-label={`Unpick “${a?.quote.exact ?? id}”`} onClick={() => actions.unpick(id)}>
              <X aria-hidden="true" size={13} />
            </button>
          </li>
        ))}
      </ul>
      {articles.size < 2 && <p className="panel-hint">Pick a matching annotation in another article: Ctrl+click it, or select its words and press L.</p>}
      <button type="button" className="button primary pick-link" onClick={() => compare.intercept('link-selected')} aria-keyshortcuts="L">
        <Link aria-hidden="true" size={15} />
        Link…
        <kbd>L</kbd>
      </button>
    </section>
  );
}
