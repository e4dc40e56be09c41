import type { Annotation, Article, Link, LinkKind, TagSet } from '../model';
import { StudyError } from '../errors';
import { newAnnotation, sameSpan } from './annotations';
import { defaultLinkLabel } from './links';

export interface AcceptFields {
  /** The annotator's own annotation the suggestion was found for. */
  source: Annotation;
  /** The article of the suggested passage and the passage's span in it. */
  article: Pick<Article, 'id' | 'text'>;
  span: { start: number; end: number };
  kind?: LinkKind | undefined;
  now: string;
  /** Makes a fresh id for a new annotation or link. */
  newId: (prefix: 'an' | 'ln') => string;
}

/**
 * Accepting a suggestion: the suggested passage is annotated like the source
 * (or the annotation already there is reused) and joins the source's link, or
 * a new link of the two is made. Applies the change to the draft.
 */
export function acceptSuggestionInDraft(draft: TagSet, fields: AcceptFields): { annotation: Annotation; link: Link } {
  const { source, article, span, now } = fields;
  if (source.articleId === article.id) {
    throw new StudyError('bad-input', 'A suggestion must come from another article than the span it was found for', { field: 'articleId' });
  }
  const existing = sameSpan(draft.annotations, article.id, span, source.category);
  const annotation =
    existing ?? newAnnotation({ id: fields.newId('an'), article, annotator: draft.annotator, category: source.category, label: source.label, span, now });
  if (!existing) draft.annotations.push(annotation);
  const index = draft.links.findIndex((l) => l.members.includes(source.id));
  const current = draft.links[index];
  let link: Link;
  if (current) {
    link = current.members.includes(annotation.id) ? current : { ...current, members: [...current.members, annotation.id], updatedAt: now };
    draft.links[index] = link;
  } else {
    link = {
      id: fields.newId('ln'),
      annotator: draft.annotator,
      label: defaultLinkLabel([source]),
      kind: fields.kind ?? 'same-claim',
      members: [source.id, annotation.id],
      note: '',
      createdAt: now,
      updatedAt: now,
    };
    draft.links.push(link);
  }
  return { annotation, link };
}
