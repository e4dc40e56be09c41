import type { Input, Output } from '../../shared/api';
import { StudyError } from '../../shared/errors';
import type { Annotation, Article, TagSet } from '../../shared/model';
import { adoptIntoDraft, curateInDraft, newAnnotation, resolveLabel } from '../../shared/tagset';
import type { StudyStore } from '../store/study-store';
import { newId } from './ids';
import { resolveSpan } from './resolve';

/** What the team calls need from the service: the open store, who is annotating, the clock and a way to write a tag set. */
export interface TeamContext {
  store: StudyStore;
  annotator: string;
  now: string;
  article(id: string): Article;
  edit<R>(annotator: string, rule: (draft: TagSet) => R): Promise<R>;
}

/** An annotation anywhere in the study, with a clear message when it is not. */
function findAnnotation(store: StudyStore, id: string, annotator?: string): Annotation {
  const sets = annotator ? store.tagSets().filter((t) => t.annotator === annotator) : store.tagSets();
  for (const t of sets) {
    const found = t.annotations.find((a) => a.id === id);
    if (found) return found;
  }
  throw new StudyError('not-found', `Unknown annotation id ${id}${annotator ? ` in ${annotator}'s tag set` : ''}`, { field: 'annotationId' });
}

/** Copies a teammate's annotation into my tag set, with where it came from. */
export function adoptAnnotation(ctx: TeamContext, input: Input<'adoptAnnotation'>): Promise<Output<'adoptAnnotation'>> {
  const source = findAnnotation(ctx.store, input.annotationId, input.annotator);
  return ctx.edit(ctx.annotator, (draft) => adoptIntoDraft(draft, source, newId('an'), ctx.now));
}

/** Records one curation decision in the named curation tag set, which this process then writes. */
export function curate(ctx: TeamContext, input: Input<'curate'>): Promise<Output<'curate'>> {
  const { store } = ctx;
  const existing = store.tagSet(input.curation);
  if (existing && existing.kind !== 'curation') {
    throw new StudyError('bad-input', `${input.curation} is an annotator's tag set, not a curation; choose another name for the curation`, { field: 'curation' });
  }
  if (input.curation === ctx.annotator) throw new StudyError('bad-input', 'A curation needs its own name, not your annotator name', { field: 'curation' });
  const sources = input.annotationIds.map((id) => {
    const found = findAnnotation(store, id);
    if (store.tagSets().find((t) => t.annotator === found.annotator)?.kind === 'curation') {
      throw new StudyError('bad-input', `Annotation ${id} is in a curation; decide between annotators' own annotations`, { field: 'annotationIds' });
    }
    return found;
  });
  let edited: Annotation | undefined;
  if (input.decision === 'edited') {
    if (!input.edited) throw new StudyError('bad-input', 'An edited decision needs the corrected span (edited.start, edited.end)', { field: 'edited' });
    const base = sources[0]!;
    const article = ctx.article(base.articleId);
    const span = resolveSpan(article, input.edited);
    const category = input.edited.category ?? base.category;
    const label = input.edited.label ? resolveLabel(store.project().codebook, category, input.edited.label) : category === base.category ? base.label : undefined;
    edited = newAnnotation({ id: newId('an'), article, annotator: input.curation, category, label, note: base.note, span, now: ctx.now });
  }
  const fields = { id: newId('ln').replace(/^ln-/, 'cd-'), decision: input.decision, sources, edited, now: ctx.now, newId: () => newId('an') };
  return ctx.edit(input.curation, (draft) => curateInDraft(draft, fields));
}

/** Re-reads what other writers changed, then reports the changes since `since`. */
export async function studyChanges(store: StudyStore, since: number): Promise<Output<'studyChanges'>> {
  await store.refresh();
  return store.changesSince(since);
}
