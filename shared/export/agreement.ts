import { type AgreementReport, type Figure, type FigureName, FIGURE_EXPLANATIONS, FIGURE_HEADINGS, agreementReport, formatFigure } from '../agreement';
import { type SpanMatch, matchSpans, spanOf } from '../review';
import { escapeHtml as esc } from './html-escape';
import type { ExportInput } from './types';

/**
 * Agreement between the annotators in an export's scope: the report of
 * shared/agreement over their spans and links, and its HTML section (the
 * pairwise figures, then each pair's disagreements with their quotes).
 */

/** The annotators in scope, in name order; agreement needs two or more. */
function annotatorsIn(input: ExportInput): string[] {
  return [...new Set(input.tagSets.map((t) => t.annotator))].sort();
}

/** The agreement report of the tag sets in scope (every annotator taken to have read every article). */
export function exportAgreement(input: ExportInput): Figure<AgreementReport> {
  return agreementReport({
    spans: input.tagSets.flatMap((t) => t.annotations.map(spanOf)),
    links: input.tagSets.flatMap((t) => t.links),
    annotators: annotatorsIn(input),
    articleLengths: Object.fromEntries(input.articles.map((a) => [a.id, a.text.length])),
  });
}

const PAIR_FIGURES: FigureName[] = ['cohensKappa', 'unitizedAlpha', 'spanF1Exact', 'spanF1Overlap', 'linkF1'];

/** The most disagreements listed per pair, so a large study's report stays readable. */
const MAX_LISTED = 40;

function disagreementRow(match: SpanMatch, input: ExportInput): string {
  const text = input.articles.find((a) => a.id === match.articleId)?.text ?? '';
  const what = match.kind === 'only-one' ? `only ${match.spans[0]?.annotator ?? ''}` : !match.categoryAgrees ? 'category differs' : !match.labelAgrees ? 'label differs' : 'boundaries differ';
  const cells = match.spans.map((s) => `<li><b>${esc(s.annotator)}</b> ${esc(s.category)}${s.label ? ` / ${esc(s.label)}` : ''}: “${esc(text.slice(s.start, s.end))}”</li>`);
  return `<tr><td>${esc(what)}</td><td><ul class="plain">${cells.join('')}</ul></td></tr>`;
}

/** One pair's disagreements: matches where they differ in extent, category or label, or only one tagged. */
function pairDisagreements(a: string, b: string, input: ExportInput): string {
  const spans = input.tagSets.filter((t) => t.annotator === a || t.annotator === b).flatMap((t) => t.annotations.map(spanOf));
  const differ = matchSpans(spans, [a, b]).filter((m) => m.kind !== 'same-span' || !m.categoryAgrees || !m.labelAgrees);
  if (differ.length === 0) return `<p>${esc(a)} and ${esc(b)} tagged the same spans with the same categories and labels.</p>`;
  const rows = differ.slice(0, MAX_LISTED).map((m) => disagreementRow(m, input));
  const more = differ.length > MAX_LISTED ? `<p class="legend">${differ.length - MAX_LISTED} more not listed.</p>` : '';
  return `<table class="disagreements"><thead><tr><th>Difference</th><th>Spans</th></tr></thead><tbody>${rows.join('')}</tbody></table>${more}`;
}

/** The report's "Agreement" section, or '' when fewer than two annotators are in scope. */
export function agreementSection(input: ExportInput): string {
  if (annotatorsIn(input).length < 2) return '';
  const report = exportAgreement(input);
  if (!report.ok) return `<section><h2>Agreement</h2><p>${esc(report.reason)}.</p></section>`;
  const r = report.value;
  const head = PAIR_FIGURES.map((f) => `<th>${esc(FIGURE_HEADINGS[f])}</th>`).join('');
  const rows = r.pairs.map((p) => `<tr><td>${esc(p.a)} · ${esc(p.b)}</td>${PAIR_FIGURES.map((f) => `<td class="num">${esc(formatFigure(p[f as keyof typeof p] as Figure))}</td>`).join('')}</tr>`);
  const overall = `<p>Over ${r.articles} article${r.articles === 1 ? '' : 's'}: Fleiss’ κ ${esc(formatFigure(r.overall.fleissKappa))}, Krippendorff’s α ${esc(formatFigure(r.overall.krippendorffAlpha))}, unitized α ${esc(formatFigure(r.overall.unitizedAlpha))}.</p>`;
  const legend = `<ul class="legend">${PAIR_FIGURES.map((f) => `<li>${esc(FIGURE_EXPLANATIONS[f])}</li>`).join('')}<li>n/a: not computable for that pair.</li></ul>`;
  const pairs = r.pairs.map((p) => `<h3>${esc(p.a)} and ${esc(p.b)}</h3>${pairDisagreements(p.a, p.b, input)}`);
  return `<section><h2>Agreement</h2>${overall}<table class="agreement"><thead><tr><th>Pair</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>${legend}${pairs.join('\n')}</section>`;
}
