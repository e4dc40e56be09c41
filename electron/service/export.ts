import type { Input, Output } from '../../shared/api';
import { StudyError } from '../../shared/errors';
import {
  EXPORT_MIME_TYPES,
  annotationsCsv,
  comparisonReportHtml,
  comparisonReportMarkdown,
  exportFileName,
  linksCsv,
  localDay,
  studyJson,
  type ExportInput,
  type ExportTagSet,
} from '../../shared/export';
import type { ExportFormat } from '../../shared/export/types';
import { refiQdaProject, webAnnotationJson } from '../../shared/exchange';
import type { Comparison, TermTable } from '../../shared/compare';
import type { Study, TagSet } from '../../shared/model';
import type { LoadedArticle } from './articles';
import { compareLink, termsFor, type CompareContext } from './comparison';

/**
 * exportStudy: gathers the study's plain data in scope (one annotator or
 * everyone, all links or some), computes each link's comparison, and hands
 * it to the pure renderers in shared/export. Nothing is written here; the
 * caller saves the content (the page as a download, the CLI to a file).
 */

export interface ExportSources {
  project: Study;
  tagSets: readonly TagSet[];
  articles: Iterable<LoadedArticle>;
  ctx: CompareContext;
  now: Date;
  /** Who is annotating in this session: their tag set exists (empty) before their first annotation. */
  annotator: string | null;
}

/** The tag sets in scope, narrowed to the requested links and their members. */
function scope(input: Input<'exportStudy'>, tagSets: readonly TagSet[], current: string | null): ExportTagSet[] {
  let sets: ExportTagSet[] = [...tagSets].sort((a, b) => (a.annotator < b.annotator ? -1 : a.annotator > b.annotator ? 1 : 0));
  if (input.annotator !== undefined) {
    const wanted = input.annotator.trim();
    sets = sets.filter((t) => t.annotator === wanted);
    if (sets.length === 0 && wanted === current) sets = [{ annotator: wanted, annotations: [], links: [] }];
    if (sets.length === 0) {
      const known = tagSets.map((t) => t.annotator).sort();
      throw new StudyError(
        'not-found',
        `${wanted} has no tag set in this study${known.length ? ` (annotators: ${known.join(', ')})` : ' (nobody has annotated yet)'}`,
        { field: 'annotator' },
      );
    }
  }
  if (input.linkIds === undefined) return sets;
  const wanted = new Set(input.linkIds);
  const found = new Set(sets.flatMap((t) => t.links.filter((l) => wanted.has(l.id)).map((l) => l.id)));
  const missing = input.linkIds.filter((id) => !found.has(id));
  if (missing.length) {
    throw new StudyError('not-found', `Unknown link id${missing.length === 1 ? '' : 's'} ${missing.join(', ')}${input.annotator ? ` in ${input.annotator}'s tag set` : ''}`, { field: 'linkIds' });
  }
  return sets.map((t) => {
    const links = t.links.filter((l) => wanted.has(l.id));
    const members = new Set(links.flatMap((l) => l.members));
    return { annotator: t.annotator, links, annotations: t.annotations.filter((a) => members.has(a.id)) };
  });
}

/** The export data for the renderers: study, every article, the tag sets in scope and their links' comparisons. */
export function exportData(input: Input<'exportStudy'>, sources: ExportSources): ExportInput {
  const tagSets = scope(input, sources.tagSets, sources.annotator);
  const comparisons: Record<string, Comparison> = {};
  const termTables: Record<string, TermTable> = {};
  const articles = [...sources.articles];
  for (const t of tagSets) {
    // Compare against the owner's full tag set: attribution spans outside the link still count as evidence.
    const owner = sources.tagSets.find((s) => s.annotator === t.annotator)?.annotations ?? t.annotations;
    for (const link of t.links) {
      comparisons[link.id] = compareLink(link, owner, sources.ctx);
      if (link.kind === 'same-referent') termTables[link.id] = termsFor(link, owner, articles, sources.ctx);
    }
  }
  return {
    study: { name: sources.project.name, outlets: sources.project.outlets, codebook: sources.project.codebook },
    articles: articles.map(({ article, blocks }) => ({
      id: article.id,
      outletId: article.outletId,
      title: article.title,
      ...(article.url ? { url: article.url } : {}),
      ...(article.author ? { author: article.author } : {}),
      ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
      ...(article.language ? { language: article.language } : {}),
      text: article.text,
      blocks: blocks.map((b) => ({ start: b.start, end: b.end, boilerplate: b.boilerplate })),
    })),
    tagSets,
    comparisons,
    termTables,
    exportedAt: sources.now.toISOString(),
  };
}

/** One format's file content: text, or base64 for the binary .qdpx. */
export function renderExport(format: ExportFormat, data: ExportInput): { content: string; encoding: 'utf-8' | 'base64' } {
  // Excel reads a CSV without a byte order mark as the local code page, garbling accents and non-Latin names.
  switch (format) {
    case 'csv':
      return { content: annotationsCsv(data, { bom: true }), encoding: 'utf-8' };
    case 'links-csv':
      return { content: linksCsv(data, { bom: true }), encoding: 'utf-8' };
    case 'json':
      return { content: studyJson(data), encoding: 'utf-8' };
    case 'html':
      return { content: comparisonReportHtml(data), encoding: 'utf-8' };
    case 'md':
      return { content: comparisonReportMarkdown(data), encoding: 'utf-8' };
    case 'w3c':
      return { content: webAnnotationJson(data), encoding: 'utf-8' };
    case 'qdpx':
      return { content: Buffer.from(refiQdaProject(data).zip).toString('base64'), encoding: 'base64' };
  }
}

/** Renders the study in the requested format, with its file name and MIME type. */
export function exportStudy(input: Input<'exportStudy'>, sources: ExportSources): Output<'exportStudy'> {
  const data = exportData(input, sources);
  return {
    fileName: exportFileName(sources.project.name, localDay(sources.now), input.format),
    mimeType: EXPORT_MIME_TYPES[input.format],
    ...renderExport(input.format, data),
  };
}
