import type { Annotation, Article, Category, Codebook, Link, TagSet } from '../model';
import { StudyError } from '../errors';
import { quoteSelector } from '../text';

/**
 * Rules for one annotation, as pure functions over tag set values: which
 * labels are allowed, what an edit does to the label, and whose annotation
 * may be changed. The service and the test fakes both apply these.
 */

/** Finds a codebook label by id or by name (case-insensitive) within a category. */
export function resolveLabel(codebook: Codebook, category: Category, label: string, optional = false): string {
  if (optional && label === '') return '';
  const wanted = label.trim().toLowerCase();
  const found = codebook[category].find((l) => l.id.toLowerCase() === wanted || l.name.toLowerCase() === wanted);
  if (!found) {
    const known = codebook[category].map((l) => l.id).join(', ');
    throw new StudyError('bad-input', `Unknown ${category} label "${label}". Known labels: ${known}`, { field: 'label' });
  }
  return found.id;
}

/** A new annotation of a span, with its quote selector taken from the text. */
export function newAnnotation(fields: {
  id: string;
  article: Pick<Article, 'id' | 'text'>;
  annotator: string;
  category: Category;
  label?: string | undefined;
  note?: string | undefined;
  span: { start: number; end: number };
  now: string;
}): Annotation {
  return {
    id: fields.id,
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

export interface AnnotationEdit {
  category?: Category | undefined;
  /** null clears the label; undefined keeps it (unless the category change drops it). */
  label?: string | null | undefined;
  note?: string | undefined;
}

/**
 * An annotation after an edit. The label must exist in the (new) category;
 * changing the category drops a label that the new category does not have.
 */
export function editedAnnotation(codebook: Codebook, current: Annotation, edit: AnnotationEdit, now: string): Annotation {
  const category = edit.category ?? current.category;
  let label = current.label;
  if (edit.label === null) label = undefined;
  else if (edit.label !== undefined) label = resolveLabel(codebook, category, edit.label);
  else if (label && category !== current.category && !codebook[category].some((l) => l.id === label)) label = undefined;
  const next: Annotation = { ...current, category, note: edit.note ?? current.note, updatedAt: now };
  if (label) next.label = label;
  else delete next.label;
  return next;
}

/** Puts an edited annotation in place of the one with its id. */
export function replaceAnnotationInDraft(draft: TagSet, next: Annotation): Annotation {
  const index = draft.annotations.findIndex((a) => a.id === next.id);
  if (index < 0) throw new StudyError('not-found', `Unknown annotation id ${next.id}`, { field: 'id' });
  draft.annotations[index] = next;
  return next;
}

/**
 * The annotation `id` of `annotator`'s tag set. Another annotator's annotation
 * is read-only here: the message says whose it is and that adopting copies it.
 */
export function ownAnnotation(tagSets: readonly TagSet[], annotator: string, id: string): Annotation {
  const found = tagSets.find((t) => t.annotator === annotator)?.annotations.find((a) => a.id === id);
  if (found) return found;
  const owner = tagSets.find((t) => t.annotations.some((a) => a.id === id));
  if (owner) {
    throw new StudyError(
      'bad-input',
      `Annotation ${id} is in ${owner.annotator}'s tag set, which is read-only for you (${annotator}); adopt it to make your own copy`,
      { field: 'id' },
    );
  }
  throw new StudyError('not-found', `Unknown annotation id ${id}`, { field: 'id' });
}

/** The annotation of `annotations` at exactly this span and category, if any. */
export function sameSpan(annotations: readonly Annotation[], articleId: string, span: { start: number; end: number }, category: Category): Annotation | undefined {
  return annotations.find((a) => a.articleId === articleId && a.category === category && a.position.start === span.start && a.position.end === span.end);
}

/**
 * Puts annotations and links back exactly as they were (the undo of a
 * delete): only the draft annotator's own, and only spans that fit their
 * article (`textLength` gives an article's length, undefined when unknown).
 * Links of other annotators are left out. Returns the links restored.
 */
export function restoreIntoDraft(draft: TagSet, annotations: readonly Annotation[], links: readonly Link[], textLength: (articleId: string) => number | undefined): Link[] {
  for (const a of annotations) {
    if (a.annotator !== draft.annotator) {
      throw new StudyError('bad-input', `Annotation ${a.id} belongs to ${a.annotator}; only they can restore it`, { field: 'annotations' });
    }
    const length = textLength(a.articleId);
    if (length === undefined) throw new StudyError('not-found', `Unknown article id ${a.articleId}`, { field: 'articleId' });
    if (a.position.end > length) {
      throw new StudyError('bad-input', `Annotation ${a.id} ends at ${a.position.end}, past the end of article ${a.articleId}`, { field: 'annotations' });
    }
  }
  const own = links.filter((l) => l.annotator === draft.annotator);
  for (const a of annotations) upsert(draft.annotations, a);
  for (const l of own) upsert(draft.links, l);
  return own;
}

function upsert<T extends { id: string }>(list: T[], item: T): void {
  const index = list.findIndex((x) => x.id === item.id);
  if (index >= 0) list[index] = item;
  else list.push(item);
}
