import type { Comparison } from '../compare/types';
import type { CodebookLabel } from '../model';
import { CATEGORIES } from '../model';
import { annotationRows, annotatorsOf, outletNameOf, sortedArticles, sortedLinks } from './rows';
import type { ExportInput } from './types';

/**
 * The study as one self-describing JSON file for scripts and archives: the
 * study, outlets, codebook, article metadata with canonical text (offsets
 * index it), annotations, and links with the comparison computed at export
 * time. Keys come in a fixed order and absent values are null, so every
 * record has the same shape and two exports diff cleanly.
 */

/** Version of this bundle's layout; bump it when a field changes meaning. */
export const EXPORT_SCHEMA_VERSION = 1;

const DESCRIPTION =
  'Annotated comparison export from Outlet Compare. annotations[].position.start/end are offsets (UTF-16 code units) into articles[].text, ' +
  'the canonical text of each article (text blocks joined by a blank line). links[].comparison is computed from the linked spans at export time.';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A copy with every object's keys sorted, for values whose key order this module does not choose itself. */
function sortedKeys(value: unknown): Json {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortedKeys(v);
    }
    return out;
  }
  return value as Json;
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

function label(l: CodebookLabel) {
  return { id: l.id, name: l.name, group: orNull(l.group), description: orNull(l.description) };
}

function comparisonOf(comparison: Comparison | undefined): Json {
  return comparison ? sortedKeys(comparison) : null;
}

/** The export bundle as pretty-printed JSON (2-space indent, trailing newline). */
export function studyJson(input: ExportInput): string {
  const bundle = {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    format: 'outlet-compare/study-export',
    description: DESCRIPTION,
    exportedAt: input.exportedAt,
    annotators: annotatorsOf(input),
    study: { name: input.study.name },
    outlets: input.study.outlets.map((o) => ({ id: o.id, name: o.name, description: orNull(o.description), url: orNull(o.url) })),
    codebook: Object.fromEntries(CATEGORIES.map((c) => [c, input.study.codebook[c].map(label)])),
    articles: sortedArticles(input).map((a) => ({
      id: a.id,
      outletId: a.outletId,
      outletName: outletNameOf(input, a.outletId),
      title: a.title,
      url: orNull(a.url),
      author: orNull(a.author),
      publishedAt: orNull(a.publishedAt),
      language: orNull(a.language),
      chars: a.text.length,
      blocks: a.blocks.map((b) => ({ start: b.start, end: b.end, boilerplate: b.boilerplate })),
      text: a.text,
    })),
    annotations: annotationRows(input).map(({ annotation: a, labelName, linkIds }) => ({
      id: a.id,
      articleId: a.articleId,
      annotator: a.annotator,
      category: a.category,
      label: orNull(a.label),
      labelName: labelName || null,
      note: a.note,
      position: { start: a.position.start, end: a.position.end },
      quote: { exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
      linkIds,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    })),
    links: sortedLinks(input).map((l) => ({
      id: l.id,
      annotator: l.annotator,
      label: l.label,
      kind: l.kind,
      members: [...l.members],
      note: l.note,
      createdAt: l.createdAt,
      updatedAt: l.updatedAt,
      comparison: comparisonOf(input.comparisons[l.id]),
    })),
  };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
