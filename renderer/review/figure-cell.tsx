import type { Figure } from '../../shared/agreement';

/** A figure as a table cell: three decimals, or "not computable" with its reason as text (never NaN). */
export function FigureCell({ figure, heading }: { figure: Figure | undefined; heading?: boolean }) {
  const Cell = heading ? 'th' : 'td';
  if (!figure) return <Cell className="figure none">–</Cell>;
  if (!figure.ok) {
    return (
      <Cell className="figure none">
        <span className="not-computable">not computable</span>
        <span className="reason">{figure.reason}</span>
      </Cell>
    );
  }
  const level = figure.value >= 0.8 ? 'high' : figure.value >= 0.6 ? 'mid' : 'low';
  return <Cell className={`figure ${level}`}>{figure.value.toFixed(3)}</Cell>;
}
