import { useEffect, useMemo } from 'react';
import type { TermTable } from '../../shared/compare/types';
import type { Annotation } from '../../shared/model';
import { CATEGORY_INFO, useWorkspaceState } from '../app';
import { useCompareActions, useCompareState } from './compare-context';
import { coverageMatrix, outletTotals } from './coverage';
import { KindIcon } from './kind-icon';
import { KIND_INFO } from './link-kinds';
import { ownLinks } from './state/compare-selectors';
import { ViewHead } from './view-head';

const NONE: Record<string, Annotation> = {};

/** Links × outlets: which outlet carries each linked fact, and which omits it. */
export function CoverageView() {
  const actions = useCompareActions();
  const ws = useWorkspaceState((s) => s);
  const own = useCompareState((s) => s.own);
  const terms = useCompareState((s) => s.terms);
  const links = useMemo(() => ownLinks(ws), [ws]);

  useEffect(() => {
    void actions.loadOwn();
  }, [actions]);
  // A referent is covered where its term table counts it: fetch the tables of every referent link (again when one changes).
  const referents = links.filter((l) => l.kind === 'same-referent').map((l) => `${l.id}@${l.updatedAt}`).join(' ');
  useEffect(() => {
    for (const l of links) if (l.kind === 'same-referent') void actions.loadTerms(l.id);
  }, [actions, referents]);
  const tables = useMemo(() => {
    const ready: Record<string, TermTable> = {};
    for (const l of links) {
      const t = terms[l.id];
      if (l.kind === 'same-referent' && t?.status === 'ready' && t.key === l.updatedAt && t.value) ready[l.id] = t.value;
    }
    return ready;
  }, [links, terms]);

  // Loaded articles hold the freshest copies; the index covers the rest.
  const annotations = useMemo(() => {
    const merged = { ...(own?.value ?? NONE) };
    for (const [articleId, list] of Object.entries(ws.annotations)) {
      for (const [id, a] of Object.entries(merged)) if (a.articleId === articleId && !list.some((x) => x.id === id)) delete merged[id];
      for (const a of list) merged[a.id] = a;
    }
    return Object.values(merged);
  }, [own, ws.annotations]);
  const matrix = useMemo(() => coverageMatrix(links, annotations, ws.articles, ws.study?.outlets ?? [], tables), [links, annotations, ws.articles, ws.study, tables]);
  const totals = outletTotals(matrix);
  const outletName = (id: string) => matrix.outlets.find((o) => o.id === id)?.name ?? id;

  return (
    <section className="coverage-view" aria-labelledby="view-title">
      <ViewHead eyebrow={`${matrix.rows.length} linked fact${matrix.rows.length === 1 ? '' : 's'} · ${matrix.outlets.length} outlets`} title="Coverage" />
      <p className="view-intro">
        Which outlet carries each linked fact. A filled cell shows how many linked spans the outlet has (coloured by category); for a referent, how often the outlet names it. An empty cell means the
        outlet omits it.
      </p>
      {own?.status === 'loading' && links.length > 0 && !own.value && <p className="view-loading" role="status">Reading your annotations…</p>}
      {own?.status === 'failed' && <p className="view-failed" role="alert">Could not read your annotations: {own.error}</p>}
      {links.length === 0 ? (
        <div className="empty-state">
          <p className="empty-title">No links yet</p>
          <p>Select annotations in two articles and press L to link them; each link becomes a row here.</p>
        </div>
      ) : (
        <div className="table-scroll">
          <table className="coverage-table">
            <thead>
              <tr>
                <th scope="col" className="cov-fact-head">
                  Fact
                </th>
                {matrix.outlets.map((o) => (
                  <th key={o.id} scope="col" className="cov-outlet">
                    <span>{o.name}</span>
                  </th>
                ))}
                <th scope="col" className="cov-omit-head">
                  Outlets that omit this
                </th>
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((row) => (
                <tr key={row.link.id}>
                  <th scope="row" className="cov-fact">
                    <button type="button" className="cov-fact-button" onClick={() => actions.openLink(row.link.id)} aria-label={`Compare “${row.link.label}” (${KIND_INFO[row.link.kind].name})`}>
                      <KindIcon kind={row.link.kind} size={14} />
                      <span className="cov-fact-label">{row.link.label}</span>
                    </button>
                  </th>
                  {row.cells.map((cell) => {
                    const name = outletName(cell.outletId);
                    if (cell.count > 0 && cell.basis === 'mentions') {
                      return (
                        <td key={cell.outletId} className="cov-cell filled mentions">
                          <span className="cov-count" aria-label={`${name}: names it ${cell.count} time${cell.count === 1 ? '' : 's'}`}>
                            {cell.count}
                          </span>
                        </td>
                      );
                    }
                    return cell.count > 0 && cell.category ? (
                      <td key={cell.outletId} className={`cov-cell filled cat-${cell.category}`}>
                        <span className="cov-count" aria-label={`${name}: ${cell.count} linked span${cell.count === 1 ? '' : 's'}, ${CATEGORY_INFO[cell.category].name.toLowerCase()}`}>
                          {cell.count}
                        </span>
                      </td>
                    ) : (
                      <td key={cell.outletId} className="cov-cell empty">
                        <span className="visually-hidden">{name}: omits this</span>
                      </td>
                    );
                  })}
                  <td className="cov-omitted">{row.omittedBy.length === 0 ? <span className="cov-all">Every outlet carries it</span> : row.omittedBy.map(outletName).join(', ')}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Facts carried</th>
                {totals.map((n, i) => (
                  <td key={matrix.outlets[i]!.id} className="cov-total">
                    {n} of {matrix.rows.length}
                  </td>
                ))}
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
