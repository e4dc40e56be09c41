import type { DeleteResult } from '../../../shared/api';
import type { Annotation, Category, Link } from '../../../shared/model';
import type { TagSetChange } from './tag-set-change';
import { clip } from '../../../shared/text/clip';

/**
 * What the one undo history of the workspace records: every change to the
 * analyst's tag set, tags and links alike, as a typed entry. Undo takes the
 * most recent entry whatever its kind; entries keep ids, so a deleted
 * annotation or link comes back under its id and later entries stay valid.
 */

/** The editable fields of an annotation. */
export interface AnnotationFields {
  category: Category;
  label: string | undefined;
  note: string;
}

export type UndoEntry =
  /** A new annotation; `links` are the links it was in when an undo took it away (put back by redo). */
  | { kind: 'create-annotation'; annotation: Annotation; links: Link[] }
  | { kind: 'edit-annotation'; id: string; before: AnnotationFields; after: AnnotationFields }
  | { kind: 'delete-annotation'; removed: DeleteResult }
  | { kind: 'create-link'; link: Link }
  | { kind: 'edit-link'; before: Link; after: Link }
  | { kind: 'delete-link'; link: Link }
  /** An accepted suggestion: the annotation (new unless `created` is false) and the link it made or joined. */
  | { kind: 'accept-suggestion'; annotation: Annotation; created: boolean; linkBefore: Link | null; linkAfter: Link }
  /** "Tag all as framing": every annotation the term tagged. */
  | { kind: 'tag-term'; term: string; created: Annotation[] }
  /** A teammate's annotation copied into my tag set (undo deletes the copy). */
  | { kind: 'adopt-annotation'; annotation: Annotation }
  /**
   * A step a feature module recorded (a consensus decision): the module
   * knows how to take it back and redo it, and what each changed.
   */
  | { kind: 'feature'; description: string; undo(): Promise<TagSetChange>; redo(): Promise<TagSetChange> };

export type UndoKind = UndoEntry['kind'];

export function fieldsOf(annotation: Annotation): AnnotationFields {
  return { category: annotation.category, label: annotation.label, note: annotation.note };
}

/** A short description of an entry for "Undid …" and "Redid …" notices. */
export function describeEntry(entry: UndoEntry): string {
  switch (entry.kind) {
    case 'create-annotation':
      return `tagging “${clip(entry.annotation.quote.exact)}”`;
    case 'edit-annotation':
      return 'the edit';
    case 'delete-annotation':
      return `deleting “${clip(entry.removed.annotation.quote.exact)}”`;
    case 'create-link':
      return `linking “${clip(entry.link.label)}”`;
    case 'edit-link':
      return `the change to “${clip(entry.after.label)}”`;
    case 'delete-link':
      return `deleting the link “${clip(entry.link.label)}”`;
    case 'accept-suggestion':
      return `accepting “${clip(entry.annotation.quote.exact)}”`;
    case 'tag-term':
      return `tagging ${entry.created.length} × “${clip(entry.term)}”`;
    case 'adopt-annotation':
      return `adopting “${clip(entry.annotation.quote.exact)}”`;
    case 'feature':
      return entry.description;
  }
}
