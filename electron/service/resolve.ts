import type { Annotation, Article, Category, Study, TagSet } from '../../shared/model';
import { StudyError } from '../../shared/errors';
import { findQuoteAll, quoteSelector } from '../../shared/text';
import { newId } from './ids';

/**
 * Turning call inputs into checked values: spans that fit the text, labels
 * that exist in the codebook, new annotations. What zod cannot check because
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

export function upsert<T extends { id: string }>(list: T[], item: T): void {
  const index = list.findIndex((x) => x.id === item.id);
  if (index >= 0) list[index] = item;
  else list.push(item);
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

/** Finds a codebook label by id or by name (case-insensitive) within a category. */
export function resolveLabel(study: Study, category: Category, label: string, optional = false): string {
  if (optional && label === '') return '';
  const wanted = label.trim().toLowerCase();
  const found = study.codebook[category].find((l) => l.id.toLowerCase() === wanted || l.name.toLowerCase() === wanted);
  if (!found) {
    const known = study.codebook[category].map((l) => l.id).join(', ');
    throw new StudyError('bad-input', `Unknown ${category} label "${label}". Known labels: ${known}`, { field: 'label' });
  }
  return found.id;
}

export function defaultLinkLabel(members: Annotation[]): string {
  return truncate(members[0]!.quote.exact.replace(/\s+/g, ' '), 60);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A new annotation of a span, with its quote selector taken from the text. */
export function makeAnnotation(fields: {
  article: Article;
  annotator: string;
  category: Category;
  label?: string | undefined;
  note?: string | undefined;
  span: { start: number; end: number };
  now: string;
}): Annotation {
  return {
    id: newId('an'),
    articleId: fields.article.id,
    annotator: fields.annotator,
    category: fields.category,
    ...(fields.label ? { label: fields.label } : {}),
    note: fields.note ?? '',
    createdAt: fields.now,
    updatedAt: fields.now,
    position: { start: fields.span.start, end: fields.span.end },
    quote: quoteSelector(fields.article.text, fields.span),
  };
}
