import type { TermTable } from '../compare/types';
import { SOURCE_KIND_NAMES } from './words';
import { conflictSummary, figuresText } from './figures';
import { annotationRows, annotatorsOf, outletNameOf, sortedArticles, sortedLinks } from './rows';
import type { Annotation, Link } from '../model';
import type { ExportArticle, ExportInput } from './types';
import { CATEGORY_NAMES, LINK_KIND_NAMES, longDate, plural } from './words';

/**
 * The comparison report as Markdown (CommonMark with GFM tables) for wikis
 * and tickets: sources, the linked facts at a glance, one section per link
 * (outlets, quotes, figures, sources, conflicts, term table), coverage and
 * every annotation. Study text is escaped so a quote cannot become a link,
 * a heading or a table break in the rendered page.
 */

/** Inline text with Markdown and HTML punctuation escaped, line breaks folded to spaces. */
export function mdText(s: string): string {
  return s.replace(/\r\n?|\n/g, ' ').replace(/([\\`*_{}[\]<>|~&])/g, '\\$1');
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function outletColumns(input: ExportInput): { id: string; name: string }[] {
  const ids = new Set(input.articles.map((a) => a.outletId));
  return input.study.outlets.filter((o) => ids.has(o.id)).map((o) => ({ id: o.id, name: o.name })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function termTable(terms: TermTable): string {
  if (terms.rows.length === 0) return '';
  const head = ['Term', ...terms.articles.map((a) => mdText(a.outletName)), 'Total'];
  return `**Names used for the referent** (occurrences per article)\n\n${table(head, terms.rows.map((r) => [mdText(r.term), ...r.counts.map(String), String(r.total)]))}`;
}

interface Lookups {
  annotations: ReadonlyMap<string, Annotation>;
  articles: ReadonlyMap<string, ExportArticle>;
  showAnnotator: boolean;
}

function linkSection(input: ExportInput, link: Link, index: number, { annotations, articles, showAnnotator }: Lookups): string {
  const comparison = input.comparisons[link.id];
  const members = link.members.map((id) => annotations.get(id)).filter((a) => a !== undefined);
  const outlets = new Set(members.map((a) => articles.get(a.articleId)?.outletId));
  const meta = [LINK_KIND_NAMES[link.kind], plural(outlets.size, 'outlet'), showAnnotator ? `linked by ${link.annotator}` : ''].filter(Boolean).join(' · ');
  const parts = [`### ${index + 1}. ${mdText(link.label || 'Untitled link')}`, `*${mdText(meta)}*`];
  if (link.note) parts.push(`> ${mdText(link.note)}`);
  if (comparison) {
    parts.push(comparison.conflicts.length ? `**Conflicts**\n\n${comparison.conflicts.map((c) => `- ${mdText(c.message)}`).join('\n')}` : '**Conflicts:** none found; figures, dates, actors and sources agree.');
  }
  const byMember = new Map(comparison?.members.map((m) => [m.id, m]) ?? []);
  const rows = members.map((a) => {
    const m = byMember.get(a.id);
    const article = articles.get(a.articleId);
    const source = m ? `${SOURCE_KIND_NAMES[m.source.kind]}${m.source.text ? `: “${m.source.text}”` : ''}` : '';
    return [mdText(outletNameOf(input, article?.outletId)), `“${mdText(a.quote.exact)}”`, mdText(figuresText(m)), mdText(source), mdText(a.note)];
  });
  parts.push(rows.length ? table(['Outlet', 'Quote', 'Figures', 'Source', 'Note'], rows) : '*None of this link’s annotations are in the export.*');
  const terms = input.termTables?.[link.id];
  if (terms) parts.push(termTable(terms));
  return parts.filter(Boolean).join('\n\n');
}

function coverage(input: ExportInput): string {
  const links = sortedLinks(input);
  if (links.length === 0) return '';
  const columns = outletColumns(input);
  const annotations = new Map(input.tagSets.flatMap((t) => t.annotations.map((a) => [a.id, a] as const)));
  const outletOf = new Map(input.articles.map((a) => [a.id, a.outletId]));
  const totals = columns.map(() => 0);
  const rows = links.map((l, i) => [
    `${i + 1}. ${mdText(l.label || 'Untitled link')}`,
    ...columns.map((o, c) => {
      const n = l.members.filter((id) => outletOf.get(annotations.get(id)?.articleId ?? '') === o.id).length;
      if (n > 0) totals[c]!++;
      return n > 0 ? `✓${n > 1 ? ` ${n}` : ''}` : '—';
    }),
  ]);
  rows.push(['**Facts carried**', ...totals.map((n) => `${n} of ${links.length}`)]);
  return `## Coverage\n\n${table(['Linked fact', ...columns.map((c) => mdText(c.name))], rows)}\n\n✓ the outlet carries the fact (with the number of spans when more than one); — the outlet omits it.`;
}

/** The report as one Markdown document. */
export function comparisonReportMarkdown(input: ExportInput): string {
  const annotators = annotatorsOf(input);
  const links = sortedLinks(input);
  const annotationCount = input.tagSets.reduce((n, t) => n + t.annotations.length, 0);
  const lookups: Lookups = {
    annotations: new Map(input.tagSets.flatMap((t) => t.annotations.map((a) => [a.id, a] as const))),
    articles: new Map(input.articles.map((a) => [a.id, a])),
    showAnnotator: annotators.length > 1,
  };
  const sources = sortedArticles(input).map((a) => [mdText(outletNameOf(input, a.outletId)), mdText(a.title), a.url ? mdText(a.url) : '', mdText(a.publishedAt ?? '—')]);
  const overview = links.map((l, i) => [String(i + 1), mdText(l.label || 'Untitled link'), LINK_KIND_NAMES[l.kind], String(l.members.length), mdText(conflictSummary(input.comparisons[l.id]) || '—')]);
  const rows = annotationRows(input).map(({ annotation: a, outletName, labelName }) => [
    mdText(outletName),
    `${CATEGORY_NAMES[a.category]}${labelName ? ` · ${mdText(labelName)}` : ''}`,
    `“${mdText(a.quote.exact)}”`,
    mdText(a.note),
    ...(annotators.length > 1 ? [mdText(a.annotator)] : []),
  ]);
  const sections = [
    `# ${mdText(input.study.name)} — comparison report`,
    [
      `- **Date:** ${longDate(input.exportedAt)}`,
      `- **${annotators.length === 1 ? 'Annotator' : 'Annotators'}:** ${annotators.length ? mdText(annotators.join(', ')) : 'None yet'}`,
      `- **Scope:** ${[plural(input.articles.length, 'article'), plural(annotationCount, 'annotation'), plural(links.length, 'linked fact')].join(' · ')}`,
    ].join('\n'),
    '## Sources',
    sources.length ? table(['Outlet', 'Article', 'URL', 'Published'], sources) : '*The study has no articles.*',
    '## Linked facts at a glance',
    overview.length ? table(['#', 'Linked fact', 'Kind', 'Spans', 'Conflicts'], overview) : '*No linked facts yet.*',
    ...(links.length ? ['## Comparisons', ...links.map((link, i) => linkSection(input, link, i, lookups))] : []),
    coverage(input),
    '## Annotations',
    rows.length ? table(['Outlet', 'Tag', 'Quote', 'Note', ...(annotators.length > 1 ? ['Annotator'] : [])], rows) : '*No annotations in this export.*',
    `---\n\n*Exported from Outlet Compare on ${longDate(input.exportedAt)} (${input.exportedAt}). Comparisons are computed from the linked spans at export time.*`,
  ];
  return `${sections.filter(Boolean).join('\n\n')}\n`;
}
