import type { StudySummary } from '../../shared/api';
import type { Article, Study, TagSet } from '../../shared/model';
import { StudyError } from '../../shared/errors';
import { findQuoteAll } from '../../shared/text';

/**
 * Turning call inputs into checked values: spans that fit the text (label and
 * annotation rules are in shared/tagset). What zod cannot check because
 * it needs the study.
 */

export interface SpanInput {
  start?: number;
  end?: number;
  quote?: string;
  occurrence?: number;
}

export function annotatorNames(tagSets: readonly TagSet[], current: string | null): string[] {
  const names = new Set(tagSets.map((t) => t.annotator));
  if (current) names.add(current);
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** The study as getStudy reports it: names, counts, who is annotating. */
export function studySummary(dir: string, project: Study, tagSets: readonly TagSet[], annotator: string | null, articleCount: number): StudySummary {
  return {
    dir,
    name: project.name,
    outlets: project.outlets,
    codebook: project.codebook,
    annotator,
    annotators: annotatorNames(tagSets, annotator),
    articleCount,
    annotationCount: tagSets.reduce((n, t) => n + t.annotations.length, 0),
    linkCount: tagSets.reduce((n, t) => n + t.links.length, 0),
  };
}

/** Resolves a span from offsets or a quote, trimmed of surrounding whitespace; refuses empty ones. */
export function resolveSpan(article: Article, input: SpanInput): { start: number; end: number } {
  const text = article.text;
  let start: number;
  let end: number;
  if (input.start !== undefined && input.end !== undefined) {
    if (input.end > text.length) {
      throw new StudyError('bad-input', `end ${input.end} is past the end of the article (${text.length} characters)`, { field: 'end' });
    }
    start = input.start;
    end = input.end;
  } else {
    const quote = input.quote!;
    if (quote.trim() === '') {
      throw new StudyError('bad-input', 'The quote is empty or only whitespace: give some words to find', { field: 'quote' });
    }
    const all = findQuoteAll(text, quote);
    const occurrence = input.occurrence ?? 1;
    if (all.length === 0) {
      throw new StudyError('bad-input', `Quote not found in article ${article.id}: "${truncate(quote, 80)}"`, { field: 'quote' });
    }
    const hit = all[occurrence - 1];
    if (!hit) {
      throw new StudyError('bad-input', `The quote occurs ${all.length} time${all.length === 1 ? '' : 's'}; occurrence ${occurrence} does not exist`, { field: 'occurrence' });
    }
    ({ start, end } = hit);
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start >= end) {
    throw new StudyError('bad-input', 'The span is empty or only whitespace: select some words first', { field: 'quote' });
  }
  return { start, end };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
