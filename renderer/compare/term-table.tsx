import { Tag } from 'lucide-react';
import type { TermTable } from '../../shared/compare/types';
import { useCompareActions, useCompareState } from './compare-context';
import { describeRow, heatLevel, maxCount } from './term-heat';

/**
 * For a same-referent link: each name for the referent (rows) against each
 * article (columns), shaded by how often it occurs, with one action per name
 * to tag every occurrence as framing (loaded term).
 */
export function TermTableView({ linkId, table }: { linkId: string; table: TermTable }) {
  const actions = useCompareActions();
  const results = useCompareState((s) => s.termResults);
  const busy = useCompareState((s) => s.busy);
  const max = maxCount(table);
  return (
    <section className="term-section" aria-labelledby="term-heading">
      <h2 id="term-heading" className="compare-section-title">
        Names for this referent
      </h2>
      <p className="compare-section-hint">How often each outlet’s name for it occurs in each article (boilerplate left out).</p>
      <div className="table-scroll">
        <table className="term-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              {table.articles.map((a) => (
                <th key={a.id} scope="col">
                  {a.outletName}
                </th>
              ))}
              <th scope="col">Total</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => {
              const key = `${linkId}\u0000${row.term}`;
              const running = busy === `term:${key}`;
              return (
                <tr key={row.term}>
                  <th scope="row" className="term-name" title={describeRow(table, i)}>
                    “{row.term}”
                  </th>
                  {row.counts.map((n, j) => (
                    <td key={table.articles[j]?.id ?? j} className={`heat heat-${heatLevel(n, max)}`}>
                      {n === 0 ? <span aria-label="0">–</span> : n}
                    </td>
                  ))}
                  <td className="term-total">{row.total}</td>
                  <td className="term-action">
                    <button
                      type="button"
                      className="button small"
                      disabled={running || row.total === 0}
                      aria-label={`Tag all “${row.term}” as framing`}
                      onClick={() => void actions.tagTerm(linkId, row.term)}
                    >
                      <Tag aria-hidden="true" size={14} />
                      {running ? 'Tagging…' : 'Tag all as framing'}
                    </button>
                    {results[key] && <span className="term-result">{results[key]}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
