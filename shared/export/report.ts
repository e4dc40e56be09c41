import type { Annotation } from '../model';
import { escapeHtml as esc, safeHref } from './html-escape';
import { linkSection } from './report-link';
import { REPORT_CSS } from './report-style';
import { annotationRows, annotatorsOf, outletNameOf, sortedArticles, sortedLinks } from './rows';
import type { ExportInput } from './types';
import { CATEGORY_NAMES, LINK_KIND_NAMES, longDate, plural } from './words';

/**
 * The comparison report: a standalone HTML file an analyst opens, prints or
 * sends. Sources, an overview of the linked facts, one section per link
 * (conflicts, the spans side by side, what differs), the coverage matrix
 * (links × outlets) and every annotation. No scripts and no remote
 * resources; its own CSP forbids both in case a viewer is lenient, and every
 * piece of study text is HTML-escaped.
 */

/** The policy the report declares for itself: its inline stylesheet and nothing else. */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

function sources(input: ExportInput): string {
  const rows = sortedArticles(input).map((a) => {
    const href = safeHref(a.url);
    const url = a.url ? (href ? `<a class="url" href="${esc(href)}">${esc(a.url)}</a>` : `<span class="url">${esc(a.url)}</span>`) : '';
    return `<tr><td>${esc(outletNameOf(input, a.outletId))}</td><td>${esc(a.title)}${url ? `<br>${url}` : ''}</td><td>${esc(a.publishedAt ?? '—')}</td></tr>`;
  });
  if (rows.length === 0) return '<p class="empty">The study has no articles.</p>';
  return `<table class="sources"><thead><tr><th>Outlet</th><th>Article</th><th>Published</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** Outlets that have an article in the export, by name: the report's columns. */
function outletColumns(input: ExportInput): { id: string; name: string }[] {
  const ids = new Set(input.articles.map((a) => a.outletId));
  return input.study.outlets.filter((o) => ids.has(o.id)).map((o) => ({ id: o.id, name: o.name })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function overview(input: ExportInput): string {
  const links = sortedLinks(input);
  if (links.length === 0) return '<p class="empty">No linked facts yet. Link spans from two or more outlets in the workspace (select annotations and press L) to compare them here.</p>';
  const rows = links.map((l, i) => {
    const c = input.comparisons[l.id];
    const conflicts = c ? (c.conflicts.length ? c.conflicts.map((x) => x.message.split(':')[0]!.trim()).join('; ') : 'None') : '—';
    return `<tr><td>${i + 1}</td><td><a href="#link-${i + 1}">${esc(l.label || 'Untitled link')}</a></td><td>${esc(LINK_KIND_NAMES[l.kind])}</td><td class="num">${l.members.length}</td><td>${esc(conflicts)}</td></tr>`;
  });
  return `<table class="overview"><thead><tr><th></th><th>Linked fact</th><th>Kind</th><th class="num">Spans</th><th>Conflicts</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function coverage(input: ExportInput, annotations: ReadonlyMap<string, Annotation>): string {
  const links = sortedLinks(input);
  if (links.length === 0) return '';
  const columns = outletColumns(input);
  const outletOfArticle = new Map(input.articles.map((a) => [a.id, a.outletId]));
  const totals = columns.map(() => 0);
  const rows = links.map((l, i) => {
    const cells = columns.map((o, c) => {
      const n = l.members.filter((id) => outletOfArticle.get(annotations.get(id)?.articleId ?? '') === o.id).length;
      if (n > 0) totals[c]!++;
      return n > 0
        ? `<td class="yes" title="${esc(o.name)} carries this">✓${n > 1 ? ` ${n}` : ''}</td>`
        : `<td class="no" title="${esc(o.name)} omits this">—</td>`;
    });
    return `<tr><td>${i + 1}. ${esc(l.label || 'Untitled link')}</td>${cells.join('')}</tr>`;
  });
  const head = columns.map((o) => `<th>${esc(o.name)}</th>`).join('');
  const foot = totals.map((n) => `<td>${n} of ${links.length}</td>`).join('');
  return [
    '<section><h2>Coverage</h2>',
    `<table class="coverage"><thead><tr><th>Linked fact</th>${head}</tr></thead><tbody>${rows.join('')}</tbody>`,
    `<tfoot><tr><td>Facts carried</td>${foot}</tr></tfoot></table>`,
    '<p class="legend">✓ the outlet carries the fact (with the number of spans when more than one); — the outlet omits it.</p></section>',
  ].join('\n');
}

function annotationTable(input: ExportInput): string {
  const rows = annotationRows(input);
  if (rows.length === 0) return '<p class="empty">No annotations in this export.</p>';
  const showAnnotator = annotatorsOf(input).length > 1;
  const body = rows.map(({ annotation: a, outletName, labelName }) => {
    const tag = `<span class="cat ${esc(a.category)}">${esc(CATEGORY_NAMES[a.category])}</span>${labelName ? ` ${esc(labelName)}` : ''}`;
    return `<tr><td>${esc(outletName)}</td><td>${tag}</td><td class="quote">${esc(a.quote.exact)}</td><td>${esc(a.note)}</td>${showAnnotator ? `<td>${esc(a.annotator)}</td>` : ''}</tr>`;
  });
  return `<table class="annotations"><thead><tr><th>Outlet</th><th>Tag</th><th>Quote</th><th>Note</th>${showAnnotator ? '<th>Annotator</th>' : ''}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/** The report as one HTML document. */
export function comparisonReportHtml(input: ExportInput): string {
  const annotators = annotatorsOf(input);
  const annotations = new Map(input.tagSets.flatMap((t) => t.annotations.map((a) => [a.id, a] as const)));
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const links = sortedLinks(input);
  const annotationCount = input.tagSets.reduce((n, t) => n + t.annotations.length, 0);
  const sections = links.map((link, i) =>
    linkSection({
      index: i + 1,
      link,
      comparison: input.comparisons[link.id],
      terms: input.termTables?.[link.id],
      annotations,
      articles,
      outletName: (id) => outletNameOf(input, id),
      showAnnotator: annotators.length > 1,
    }),
  );
  const title = `${input.study.name} — comparison report`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Outlet Compare">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="masthead">
<p class="kicker">Comparison report</p>
<h1>${esc(input.study.name)}</h1>
<dl class="meta">
<div><dt>Date</dt><dd>${esc(longDate(input.exportedAt))}</dd></div>
<div><dt>${annotators.length === 1 ? 'Annotator' : 'Annotators'}</dt><dd>${esc(annotators.length ? annotators.join(', ') : 'None yet')}</dd></div>
<div><dt>Scope</dt><dd>${esc([plural(input.articles.length, 'article'), plural(annotationCount, 'annotation'), plural(links.length, 'linked fact')].join(' · '))}</dd></div>
</dl>
</header>
<section><h2>Sources</h2>
${sources(input)}
</section>
<section><h2>Linked facts at a glance</h2>
${overview(input)}
</section>
${sections.length ? `<section><h2>Comparisons</h2>\n${sections.join('\n')}\n</section>` : ''}
${coverage(input, annotations)}
<section><h2>Annotations</h2>
${annotationTable(input)}
</section>
<footer>Exported from Outlet Compare on ${esc(longDate(input.exportedAt))} (${esc(input.exportedAt)}). Comparisons are computed from the linked spans at export time. Quotes are exact; offsets refer to each article’s canonical text.</footer>
</body>
</html>
`;
}
