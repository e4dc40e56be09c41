import { Download } from 'lucide-react';
import { useMemo } from 'react';
import { saveFile, useWorkspaceState } from '../app';
import { agreementCsv, FIGURE_EXPLANATIONS, FIGURE_HEADINGS, type FigureName, type ScopeFigures } from '../../shared/agreement';
import { AgreementMatrix } from './agreement-matrix';
import { FigureCell } from './figure-cell';
import { useReviewState } from './review-provider';
import { reviewAgreement } from './state/review-selectors';

const SCOPE_FIGURES: FigureName[] = ['fleissKappa', 'krippendorffAlpha', 'unitizedAlpha', 'spanF1Exact', 'spanF1Overlap'];
const EXPLAINED: FigureName[] = ['cohensKappa', ...SCOPE_FIGURES, 'linkF1'];

/** Agreement of the chosen annotators: the pairwise matrix, the table per scope, each figure explained, the CSV. */
export function AgreementView() {
  const annotations = useReviewState((s) => s.annotations);
  const annotators = useReviewState((s) => s.annotators);
  const articleId = useReviewState((s) => s.articleId);
  const links = useWorkspaceState((s) => s.links);
  const articles = useWorkspaceState((s) => s.articles);
  const studyName = useWorkspaceState((s) => s.study?.name ?? 'study');
  const result = useMemo(() => reviewAgreement({ annotations, annotators, articleId }, links, articles), [annotations, annotators, articleId, links, articles]);

  if (!result.ok) return <p className="review-hint" role="status">{result.reason}.</p>;
  const report = result.value;
  const title = (id: string) => articles.find((a) => a.id === id)?.title ?? id;
  const rows: { scope: string; name: string; figures: ScopeFigures }[] = [
    { scope: 'Overall', name: `${report.articles} article${report.articles === 1 ? '' : 's'}`, figures: report.overall },
    ...report.byCategory.map((c) => ({ scope: 'Category', name: c.category, figures: c })),
    ...report.byLabel.map((l) => ({ scope: 'Label', name: `${l.category}: ${l.label}`, figures: l })),
    ...(articleId ? [] : report.byArticle.map((a) => ({ scope: 'Article', name: title(a.articleId), figures: a }))),
  ];
  const download = () => {
    const slug = studyName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'study';
    saveFile(`${slug}-agreement.csv`, agreementCsv(report), 'text/csv;charset=utf-8');
  };

  return (
    <div className="agreement-view">
      <div className="agreement-actions">
        <p className="review-summary">
          Overall: Cohen’s κ <strong>{fmt(report.overall.cohensKappa)}</strong>, Krippendorff’s α <strong>{fmt(report.overall.krippendorffAlpha)}</strong>, link F1{' '}
          <strong>{fmt(report.overall.linkF1)}</strong>
        </p>
        <button type="button" className="button small" onClick={download}>
          <Download aria-hidden="true" size={14} /> Download agreement CSV
        </button>
      </div>
      <AgreementMatrix report={report} />
      <h3 className="match-group-title">By category, label and article</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Agreement by category, label and article">
        <table className="agreement-table">
          <thead>
            <tr>
              <th scope="col">Scope</th>
              <th scope="col">Units</th>
              {SCOPE_FIGURES.map((f) => (
                <th key={f} scope="col" title={FIGURE_EXPLANATIONS[f]}>
                  {FIGURE_HEADINGS[f]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.scope} ${r.name}`}>
                <th scope="row">
                  <span className="scope-kind">{r.scope}</span> {r.name}
                </th>
                <td className="figure">{r.figures.units}</td>
                {SCOPE_FIGURES.map((f) => (
                  <FigureCell key={f} figure={r.figures[f as keyof ScopeFigures] as never} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="figure-explanations">
        {EXPLAINED.map((f) => (
          <div key={f}>
            <dt>{FIGURE_HEADINGS[f]}</dt>
            <dd>{FIGURE_EXPLANATIONS[f].replace(/^[^:]+:\s*/, '')}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function fmt(f: { ok: boolean; value?: number; reason?: string }): string {
  return f.ok && f.value !== undefined ? f.value.toFixed(3) : 'not computable';
}
