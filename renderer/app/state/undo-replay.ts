import type { Api } from '../../../shared/api';
import type { Annotation, Link } from '../../../shared/model';
import { deletedChange, mergeChanges, tagSetChange, type TagSetChange } from './tag-set-change';
import type { AnnotationFields, UndoEntry } from './undo-entries';

/**
 * How each undo entry is undone and redone through the API. Undo never
 * re-creates with new ids: restoring puts back the same annotation or link.
 */

/** An undo or redo result: the change, and the entry refreshed for the opposite direction. */
export interface Replay {
  change: TagSetChange;
  entry: UndoEntry;
}

async function putBack(api: Api, links: Link[], annotations: Annotation[] = []): Promise<TagSetChange> {
  const restored = await api.restoreAnnotations({ annotations, links });
  return tagSetChange({ upsert: restored.annotations, upsertLinks: restored.links });
}

async function unlink(api: Api, linkId: string): Promise<TagSetChange> {
  await api.unlink({ linkId });
  return tagSetChange({ removeLinks: [linkId] });
}

/** Deletes annotations one by one; a link dropped by a later delete is not kept by an earlier update. */
async function deleteAll(api: Api, annotations: readonly Annotation[]): Promise<TagSetChange> {
  let change = tagSetChange();
  for (const a of annotations) change = mergeChanges(change, deletedChange(await api.deleteAnnotation({ id: a.id })));
  return change;
}

async function applyFields(api: Api, id: string, fields: AnnotationFields): Promise<TagSetChange> {
  const updated = await api.updateAnnotation({ id, category: fields.category, label: fields.label ?? null, note: fields.note });
  return tagSetChange({ upsert: [updated] });
}

/** Undoes one entry through the API. */
export async function undoEntry(api: Api, entry: UndoEntry): Promise<Replay> {
  switch (entry.kind) {
    case 'create-annotation': {
      const result = await api.deleteAnnotation({ id: entry.annotation.id });
      // Links the tag was in go with it (or lose it); remember them for redo.
      return { change: deletedChange(result), entry: { ...entry, annotation: result.annotation, links: result.linksBefore } };
    }
    case 'edit-annotation':
      return { change: await applyFields(api, entry.id, entry.before), entry };
    case 'delete-annotation':
      return { change: await putBack(api, entry.removed.linksBefore, [entry.removed.annotation]), entry };
    case 'create-link':
      return { change: await unlink(api, entry.link.id), entry };
    case 'edit-link':
      return { change: await putBack(api, [entry.before]), entry };
    case 'delete-link':
      return { change: await putBack(api, [entry.link]), entry };
    case 'accept-suggestion':
      // Deleting the new annotation also takes it out of the link (and drops a link left with one member).
      if (entry.created) return { change: await deleteAll(api, [entry.annotation]), entry };
      return { change: entry.linkBefore ? await putBack(api, [entry.linkBefore]) : await unlink(api, entry.linkAfter.id), entry };
    case 'tag-term':
      return { change: await deleteAll(api, entry.created), entry };
    case 'adopt-annotation':
      return { change: await deleteAll(api, [entry.annotation]), entry };
    case 'feature':
      return { change: await entry.undo(), entry };
  }
}

/** Redoes one entry through the API. */
export async function redoEntry(api: Api, entry: UndoEntry): Promise<Replay> {
  switch (entry.kind) {
    case 'create-annotation':
      return { change: await putBack(api, entry.links, [entry.annotation]), entry };
    case 'edit-annotation':
      return { change: await applyFields(api, entry.id, entry.after), entry };
    case 'delete-annotation': {
      const result = await api.deleteAnnotation({ id: entry.removed.annotation.id });
      return { change: deletedChange(result), entry: { kind: 'delete-annotation', removed: result } };
    }
    case 'create-link':
      return { change: await putBack(api, [entry.link]), entry };
    case 'edit-link':
      return { change: await putBack(api, [entry.after]), entry };
    case 'delete-link':
      return { change: await unlink(api, entry.link.id), entry };
    case 'accept-suggestion':
      return { change: await putBack(api, [entry.linkAfter], entry.created ? [entry.annotation] : []), entry };
    case 'tag-term':
      return { change: await putBack(api, [], entry.created), entry };
    case 'adopt-annotation':
      return { change: await putBack(api, [], [entry.annotation]), entry };
    case 'feature':
      return { change: await entry.redo(), entry };
  }
}
