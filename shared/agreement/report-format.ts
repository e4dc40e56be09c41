import { FIGURE_EXPLANATIONS, FIGURE_HEADINGS, type FigureName } from './explain';
import type { Figure } from './figure';
import type { AgreementReport, ScopeFigures } from './report';

const SCOPE_FIGURES: FigureName[] = ['fleissKappa', 'krippendorffAlpha', 'unitizedAlpha', 'spanF1Exact', 'spanF1Overlap'];
const PAIR_FIGURES: FigureName[] = ['cohensKappa', 'unitizedAlpha', 'spanF1Exact', 'spanF1Overlap', 'linkF1'];

/** A figure as a table cell: three decimals, or "n/a" (the reason goes in the JSON and CSV). */
export function formatFigure(f: Figure | undefined): string {
  if (!f) return '';
  return f.ok ? f.value.toFixed(3) : 'n/a';
}

function table(headings: string[], rows: string[][]): string {
  const widths = headings.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(headings), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

interface ScopeRow {
  scope: string;
  name: string;
  figures: ScopeFigures & Partial<Record<FigureName, Figure>>;
}

function scopeRows(report: AgreementReport): ScopeRow[] {
  return [
    { scope: 'overall', name: 'all spans', figures: report.overall },
    ...report.byCategory.map((c) => ({ scope: 'category', name: c.category, figures: c })),
    ...report.byLabel.map((l) => ({ scope: 'label', name: `${l.category}: ${l.label}`, figures: l })),
    ...report.byArticle.map((a) => ({ scope: 'article', name: a.articleId, figures: a })),
  ];
}

/** Plain-text tables for the CLI: figures per scope, the pairwise matrix, and what each figure means. */
export function formatAgreementTable(report: AgreementReport): string {
  const out: string[] = [`Agreement of ${report.annotators.join(', ')} over ${report.articles} article${report.articles === 1 ? '' : 's'}`, ''];
  const overall = report.overall;
  out.push(`Overall: Cohen's κ (mean of pairs) ${formatFigure(overall.cohensKappa)}, link F1 (mean of pairs) ${formatFigure(overall.linkF1)}`, '');
  const rows = scopeRows(report).map((r) => [
    r.scope === 'overall' ? 'Overall' : r.scope === 'category' ? `Category ${r.name}` : r.scope === 'label' ? `Label ${r.name}` : `Article ${r.name}`,
    String(r.figures.units),
    String(r.figures.spans),
    ...SCOPE_FIGURES.map((f) => formatFigure(r.figures[f as keyof ScopeFigures] as Figure)),
  ]);
  out.push(table(['Scope', 'Units', 'Spans', ...SCOPE_FIGURES.map((f) => FIGURE_HEADINGS[f])], rows), '');
  for (const name of PAIR_FIGURES) {
    const cell = (a: string, b: string) => {
      if (a === b) return '-';
      const p = report.pairs.find((x) => (x.a === a && x.b === b) || (x.a === b && x.b === a));
      return formatFigure(p?.[name as 'cohensKappa']);
    };
    out.push(`${FIGURE_HEADINGS[name]} by pair`);
    out.push(table(['', ...report.annotators], report.annotators.map((a) => [a, ...report.annotators.map((b) => cell(a, b))])), '');
  }
  out.push('n/a: not computable (see --json for the reason).');
  for (const name of new Set([...PAIR_FIGURES, ...SCOPE_FIGURES])) out.push(`- ${FIGURE_EXPLANATIONS[name]}`);
  return out.join('\n');
}

/** One CSV field, quoted when it must be (RFC 4180). */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cells(f: Figure | undefined): [string, string] {
  if (!f) return ['', ''];
  return f.ok ? [String(f.value), ''] : ['', f.reason];
}

/**
 * The report as CSV (RFC 4180: CRLF line ends, quoted fields where needed):
 * one row per scope and figure, then one row per pair of annotators and
 * figure. Columns: scope, name, annotator, other annotator, figure, value, reason.
 */
export function agreementCsv(report: AgreementReport): string {
  const rows: string[][] = [['scope', 'name', 'annotator', 'other_annotator', 'figure', 'value', 'not_computable_reason']];
  const all = report.annotators.join(' ');
  for (const r of scopeRows(report)) {
    const figures: FigureName[] = r.scope === 'overall' ? ['cohensKappa', ...SCOPE_FIGURES, 'linkF1'] : SCOPE_FIGURES;
    for (const name of figures) rows.push([r.scope, r.name, all, '', name, ...cells(r.figures[name])]);
  }
  for (const p of report.pairs) {
    for (const name of PAIR_FIGURES) rows.push(['pair', `${p.a} / ${p.b}`, p.a, p.b, name, ...cells(p[name as keyof typeof p] as Figure)]);
  }
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
