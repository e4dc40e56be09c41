import type { Annotation, CurationDecision, CurationRecord, TagSet } from '../model';
import { StudyError } from '../errors';

/**
 * Taking teammates' work into a tag set one writes: adopting one annotation
 * (a copy that records where it came from), and curation decisions that
 * build a consensus tag set disagreement by disagreement.
 */

/** A copy of a teammate's annotation for `annotator`, with its provenance. */
export function adoptedCopy(source: Annotation, annotator: string, id: string, now: string): Annotation {
  return { ...source, id, annotator, createdAt: now, updatedAt: now, adoptedFrom: { annotator: source.annotator, annotationId: source.id } };
}

/** Adds a copy of a teammate's annotation to the draft; refuses one's own and a second copy of the same. */
export function adoptIntoDraft(draft: TagSet, source: Annotation, id: string, now: string): Annotation {
  if (source.annotator === draft.annotator) throw new StudyError('bad-input', `Annotation ${source.id} is already yours`, { field: 'annotationId' });
  const twin = draft.annotations.find((a) => a.adoptedFrom?.annotator === source.annotator && a.adoptedFrom.annotationId === source.id);
  if (twin) throw new StudyError('conflict', `You already adopted ${source.annotator}'s annotation ${source.id} (as ${twin.id})`, { field: 'annotationId' });
  const copy = adoptedCopy(source, draft.annotator, id, now);
  draft.annotations.push(copy);
  return copy;
}

export interface CurationFields {
  id: string;
  decision: CurationDecision;
  /** The disagreeing annotations: side A first, then side B (if any). */
  sources: readonly Annotation[];
  /** For 'edited': the annotation as the curator corrected it (made from side A's span by default). */
  edited?: Annotation | undefined;
  now: string;
  newId: () => string;
}

const sameSources = (record: CurationRecord, sources: readonly Annotation[]) =>
  record.sources.length === sources.length && sources.every((s) => record.sources.some((r) => r.annotator === s.annotator && r.annotationId === s.id));

/**
 * Records a decision about one disagreement in a curation draft and puts the
 * annotations it produces there (copies with provenance). Deciding the same
 * disagreement again replaces the earlier decision and what it produced.
 */
export function curateInDraft(draft: TagSet, fields: CurationFields): { record: CurationRecord; annotations: Annotation[] } {
  if (draft.kind !== 'curation') {
    if (draft.annotations.length > 0 || draft.links.length > 0) {
      throw new StudyError('bad-input', `${draft.annotator} is an annotator's tag set, not a curation; choose another name for the curation`, { field: 'curation' });
    }
    draft.kind = 'curation';
  }
  const { decision, sources, now } = fields;
  if (sources.length === 0) throw new StudyError('bad-input', 'A decision needs the disagreeing annotations', { field: 'annotationIds' });
  if ((decision === 'accept-b' || decision === 'both') && sources.length < 2) {
    throw new StudyError('bad-input', `"${decision}" needs two sides; only one annotation was given`, { field: 'decision' });
  }
  if (decision === 'edited' && !fields.edited) throw new StudyError('bad-input', 'An edited decision needs the corrected span', { field: 'edited' });
  const decisions = draft.decisions ?? [];
  const earlier = decisions.find((r) => sameSources(r, sources));
  if (earlier) draft.annotations = draft.annotations.filter((a) => !earlier.results.includes(a.id));
  const copy = (s: Annotation) => adoptedCopy(s, draft.annotator, fields.newId(), now);
  const produced =
    decision === 'accept-a' ? [copy(sources[0]!)]
    : decision === 'accept-b' ? [copy(sources[1]!)]
    : decision === 'both' ? sources.map(copy)
    : decision === 'edited' ? [{ ...fields.edited!, annotator: draft.annotator, adoptedFrom: { annotator: sources[0]!.annotator, annotationId: sources[0]!.id } }]
    : [];
  draft.annotations.push(...produced);
  const record: CurationRecord = {
    id: earlier?.id ?? fields.id,
    decision,
    sources: sources.map((s) => ({ annotator: s.annotator, annotationId: s.id })),
    results: produced.map((a) => a.id),
    decidedAt: now,
  };
  draft.decisions = [...decisions.filter((r) => r !== earlier), record];
  return { record, annotations: produced };
}
