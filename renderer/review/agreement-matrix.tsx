import type { AgreementReport, FigureName } from '../../shared/agreement';
import { FIGURE_EXPLANATIONS, FIGURE_HEADINGS } from '../../shared/agreement';
import { FigureCell } from './figure-cell';
import { useReviewActions, useReviewState } from './review-provider';
import type { MatrixFigure } from './state/review-state';

const MATRIX_FIGURES: MatrixFigure[] = ['cohensKappa', 'unitizedAlpha', 'spanF1Overlap'];

/** Annotators × annotators, one chosen pairwise figure per cell (the diagonal is each annotator with themselves). */
export function AgreementMatrix({ report }: { report: AgreementReport }) {
  const actions = useReviewActions();
  const figure = useReviewState((s) => s.matrixFigure);
  const cell = (a: string, b: string) => report.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))?.[figure];
  return (
    <section className="agreement-matrix" aria-label="Pairwise agreement">
      <div className="matrix-head">
        <h3 className="match-group-title">Pairwise</h3>
        <div role="radiogroup" aria-label="Figure shown in the matrix" className="matrix-figures">
          {MATRIX_FIGURES.map((f) => (
            <label key={f} className="matrix-figure">
              <input type="radio" name="matrix-figure" checked={figure === f} onChange={() => actions.setMatrixFigure(f)} />
              {FIGURE_HEADINGS[f as FigureName]}
            </label>
          ))}
        </div>
      </div>
      <p className="figure-line">{FIGURE_EXPLANATIONS[figure as FigureName]}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Pairwise agreement table">
        <table className="matrix-table">
          <thead>
            <tr>
              <td />
              {report.annotators.map((b) => (
                <th key={b} scope="col">
                  {b}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.annotators.map((a) => (
              <tr key={a}>
                <th scope="row">{a}</th>
                {report.annotators.map((b) =>
                  a === b ? (
                    <td key={b} className="figure self" aria-label="the same annotator">
                      —
                    </td>
                  ) : (
                    <FigureCell key={b} figure={cell(a, b)} />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
