import type { Api } from '../../../shared/api';
import type { Annotation, Link } from '../../../shared/model';
import type { TagSetChange } from '../../app/state/undo-ops';

/**
 * The undo history of link work: what each operation records and how it is
 * undone and redone through the API. Like the workspace's own history, undo
 * never re-creates with new ids: a restored link keeps its id.
 */
export type LinkUndoEntry =
  | { kind: 'link'; link: Link }
  | { kind: 'edit-link'; before: Link; after: Link }
  | { kind: 'unlink'; link: Link }
  /** An accepted suggestion: the annotation (new unless `created` is false) and the link it made or joined. */
  | { kind: 'accept'; annotation: Annotation; created: boolean; linkBefore: Link | null; linkAfter: Link }
  | { kind: 'tag-term'; term: string; created: Annotation[] };

export interface LinkReplay {
  change: TagSetChange;
  entry: LinkUndoEntry;
}

const none = (): TagSetChange => ({ upsert: [], remove: [], upsertLinks: [], removeLinks: [] });

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

/** A short description for "Undid …" notices. */
export function describeLinkEntry(entry: LinkUndoEntry): string {
  switch (entry.kind) {
    case 'link':
      return `linking “${shorten(entry.link.label)}”`;
    case 'edit-link':
      return `the change to “${shorten(entry.after.label)}”`;
    case 'unlink':
      return `deleting the link “${shorten(entry.link.label)}”`;
    case 'accept':
      return `accepting “${shorten(entry.annotation.quote.exact)}”`;
    case 'tag-term':
      return `tagging ${entry.created.length} × “${shorten(entry.term)}”`;
  }
}

async function putBack(api: Api, links: Link[], annotations: Annotation[] = []): Promise<TagSetChange> {
  const restored = await api.restoreAnnotations({ annotations, links });
  return { ...none(), upsert: restored.annotations, upsertLinks: restored.links };
}

async function unlink(api: Api, linkId: string): Promise<TagSetChange> {
  await api.unlink({ linkId });
  return { ...none(), removeLinks: [linkId] };
}

async function deleteAll(api: Api, annotations: readonly Annotation[]): Promise<TagSetChange> {
  const change = none();
  for (const a of annotations) {
    const result = await api.deleteAnnotation({ id: a.id });
    change.remove.push(a.id);
    change.upsertLinks.push(...result.updatedLinks);
    change.removeLinks.push(...result.removedLinks.map((l) => l.id));
  }
  return change;
}

/** Undoes one entry through the API. */
export async function undoLinkEntry(api: Api, entry: LinkUndoEntry): Promise<LinkReplay> {
  switch (entry.kind) {
    case 'link':
      return { change: await unlink(api, entry.link.id), entry };
    case 'edit-link':
      return { change: await putBack(api, [entry.before]), entry };
    case 'unlink':
      return { change: await putBack(api, [entry.link]), entry };
    case 'accept': {
      // Deleting the new annotation also takes it out of the link (and drops a link left with one member).
      if (entry.created) return { change: await deleteAll(api, [entry.annotation]), entry };
      return { change: entry.linkBefore ? await putBack(api, [entry.linkBefore]) : await unlink(api, entry.linkAfter.id), entry };
    }
    case 'tag-term':
      return { change: await deleteAll(api, entry.created), entry };
  }
}

/** Redoes one entry through the API. */
export async function redoLinkEntry(api: Api, entry: LinkUndoEntry): Promise<LinkReplay> {
  switch (entry.kind) {
    case 'link':
      return { change: await putBack(api, [entry.link]), entry };
    case 'edit-link':
      return { change: await putBack(api, [entry.after]), entry };
    case 'unlink':
      return { change: await unlink(api, entry.link.id), entry };
    case 'accept':
      return { change: await putBack(api, [entry.linkAfter], entry.created ? [entry.annotation] : []), entry };
    case 'tag-term':
      return { change: await putBack(api, [], entry.created), entry };
  }
}
