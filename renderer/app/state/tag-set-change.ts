import type { DeleteResult } from '../../../shared/api';
import type { Annotation, Link } from '../../../shared/model';

/** What one operation (or its undo) changed in the tag set, for the store to apply to its copies. */
export interface TagSetChange {
  upsert: Annotation[];
  remove: string[];
  upsertLinks: Link[];
  removeLinks: string[];
}

/** A change with the given parts; the rest are empty. */
export function tagSetChange(parts: Partial<TagSetChange> = {}): TagSetChange {
  return { upsert: parts.upsert ?? [], remove: parts.remove ?? [], upsertLinks: parts.upsertLinks ?? [], removeLinks: parts.removeLinks ?? [] };
}

/** What deleting an annotation changed: it is gone, and its links were updated or dropped. */
export function deletedChange(result: DeleteResult): TagSetChange {
  return tagSetChange({ remove: [result.annotation.id], upsertLinks: result.updatedLinks, removeLinks: result.removedLinks.map((l) => l.id) });
}

/** Both changes, the second applied after the first. */
export function mergeChanges(a: TagSetChange, b: TagSetChange): TagSetChange {
  return {
    upsert: [...a.upsert.filter((x) => !b.remove.includes(x.id)), ...b.upsert],
    remove: [...a.remove, ...b.remove],
    upsertLinks: [...a.upsertLinks.filter((l) => !b.removeLinks.includes(l.id)), ...b.upsertLinks],
    removeLinks: [...a.removeLinks, ...b.removeLinks],
  };
}

/** The part of the workspace state a tag-set change touches (typed here so undo entries can name changes without a cycle). */
export interface LoadedTagSets {
  annotations: Record<string, Annotation[]>;
  links: Link[];
  activeId: string | null;
}

/** Applies a tag-set change to the loaded annotations and links. */
export function applyChange(state: LoadedTagSets, change: TagSetChange): Partial<LoadedTagSets> {
  const annotations = { ...state.annotations };
  const removed = new Set(change.remove);
  for (const [articleId, list] of Object.entries(annotations)) {
    if (list.some((a) => removed.has(a.id))) annotations[articleId] = list.filter((a) => !removed.has(a.id));
  }
  for (const a of change.upsert) {
    const list = annotations[a.articleId];
    // Articles not loaded yet fetch their annotations when opened.
    if (!list) continue;
    annotations[a.articleId] = list.some((x) => x.id === a.id) ? list.map((x) => (x.id === a.id ? a : x)) : [...list, a];
  }
  const goneLinks = new Set(change.removeLinks);
  let links: Link[] = state.links.filter((l) => !goneLinks.has(l.id));
  for (const l of change.upsertLinks) {
    links = links.some((x) => x.id === l.id) ? links.map((x) => (x.id === l.id ? l : x)) : [...links, l];
  }
  const activeGone = state.activeId !== null && removed.has(state.activeId);
  return { annotations, links, ...(activeGone ? { activeId: null } : {}) };
}
