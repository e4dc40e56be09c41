import type { Api, DeleteResult } from '../../../shared/api';
import type { Annotation, Category, Link } from '../../../shared/model';

/**
 * What the undo history records for each change to the tag set, and how each
 * one is undone and redone through the API. Undo never re-creates with new
 * ids: a deleted annotation comes back with its id, so later entries that
 * name it stay valid.
 */

/** The editable fields of an annotation. */
export interface AnnotationFields {
  category: Category;
  label: string | undefined;
  note: string;
}

export type UndoEntry =
  | { kind: 'create'; annotation: Annotation; links: Link[] }
  | { kind: 'delete'; removed: DeleteResult }
  | { kind: 'edit'; id: string; before: AnnotationFields; after: AnnotationFields };

/** What an undo or redo changed, for the store to apply to its copies. */
export interface TagSetChange {
  upsert: Annotation[];
  remove: string[];
  upsertLinks: Link[];
  removeLinks: string[];
}

/** An undo or redo result: the change, and the entry refreshed for the opposite direction. */
export interface Replay {
  change: TagSetChange;
  entry: UndoEntry;
}

export function fieldsOf(annotation: Annotation): AnnotationFields {
  return { category: annotation.category, label: annotation.label, note: annotation.note };
}

/** A short description of an entry for "Undid …" notices. */
export function describeEntry(entry: UndoEntry): string {
  switch (entry.kind) {
    case 'create':
      return `tagging “${shorten(entry.annotation.quote.exact)}”`;
    case 'delete':
      return `deleting “${shorten(entry.removed.annotation.quote.exact)}”`;
    case 'edit':
      return 'the edit';
  }
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

/** The links as they were before a delete (every touched link, whole), which an undo puts back. */
export function linksBeforeDelete(result: DeleteResult): Link[] {
  return result.linksBefore;
}

function deletedChange(result: DeleteResult): TagSetChange {
  return {
    upsert: [],
    remove: [result.annotation.id],
    upsertLinks: result.updatedLinks,
    removeLinks: result.removedLinks.map((l) => l.id),
  };
}

async function restore(api: Api, annotation: Annotation, links: Link[]): Promise<TagSetChange> {
  const restored = await api.restoreAnnotations({ annotations: [annotation], links });
  return { upsert: restored.annotations, remove: [], upsertLinks: restored.links, removeLinks: [] };
}

async function applyFields(api: Api, id: string, fields: AnnotationFields): Promise<TagSetChange> {
  const updated = await api.updateAnnotation({ id, category: fields.category, label: fields.label ?? null, note: fields.note });
  return { upsert: [updated], remove: [], upsertLinks: [], removeLinks: [] };
}

/** Undoes one entry through the API. */
export async function undoEntry(api: Api, entry: UndoEntry): Promise<Replay> {
  switch (entry.kind) {
    case 'create': {
      const result = await api.deleteAnnotation({ id: entry.annotation.id });
      // Links made after the tag were dropped with it; remember them for redo.
      return { change: deletedChange(result), entry: { kind: 'create', annotation: result.annotation, links: linksBeforeDelete(result) } };
    }
    case 'delete': {
      const change = await restore(api, entry.removed.annotation, linksBeforeDelete(entry.removed));
      return { change, entry };
    }
    case 'edit':
      return { change: await applyFields(api, entry.id, entry.before), entry };
  }
}

/** Redoes one entry through the API. */
export async function redoEntry(api: Api, entry: UndoEntry): Promise<Replay> {
  switch (entry.kind) {
    case 'create':
      return { change: await restore(api, entry.annotation, entry.links), entry };
    case 'delete': {
      const result = await api.deleteAnnotation({ id: entry.removed.annotation.id });
      return { change: deletedChange(result), entry: { kind: 'delete', removed: result } };
    }
    case 'edit':
      return { change: await applyFields(api, entry.id, entry.after), entry };
  }
}
