import { Tag } from 'lucide-react';
import type { TermTable } from '../../shared/compare/types';
import { useCompareActions, useCompareState } from './compare-context';
import { Fragment } from 'react';
import { describeRow, heatLevel, maxCount, termGroups, type TermGroup } from './term-heat';

/** A family's heading row with its totals ("terror: 3 names"), above its names. */
function FamilyRow({ group, table, max }: { group: TermGroup; table: TermTable; max: number }) {
  return (
    <tr className="term-family">
      <th scope="rowgroup" className="term-name">
        {group.family} <span className="term-family-size">({group.rows.length} forms, counted together)</span>
      </th>
      {group.counts.map((n, j) => (
        <td key={table.articles[j]?.id ?? j} className={`heat heat-${heatLevel(n, max)}`}>
          {n === 0 ? <span aria-label="0">–</span> : n}
        </td>
      ))}
      <td className="term-total">{group.total}</td>
      <td />
    </tr>
  );
}

/**
 * For a same-referent link: each name for the referent (rows) against each
 * article (columns), shaded by how often it occurs, the forms of one family
 * ("terrorist", "terror group") grouped under its total, with one action
 * per name to tag every occurrence as framing (loaded term).
 */
export function TermTableView({ linkId, table }: { linkId: string; table: TermTable }) {
  const actions = useCompareActions();
  const results = useCompareState((s) => s.termResults);
  const busy = useCompareState((s) => s.busy);
  const max = maxCount(table);
  const groups = termGroups(table);
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
            {groups.map((group) => (
              <Fragment key={group.family ?? `row-${group.rows[0]}`}>
                {group.family && group.rows.length > 1 && <FamilyRow group={group} table={table} max={max} />}
                {group.rows.map((i) => {
                  const row = table.rows[i]!;
                  const key = `${linkId}\u0000${row.term}`;
                  const running = busy === `term:${key}`;
                  return (
                    <tr key={row.term} className={group.family && group.rows.length > 1 ? 'term-member' : undefined}>
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
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
