import type { Annotation, Link, LinkKind, TagSet } from '../model';
import { StudyError } from '../errors';

/**
 * Checks that annotation ids can form a link in this tag set: all known, no
 * repeats, from at least two articles. Returns the members in the given order.
 */
export function checkLinkMembers(tagSet: TagSet | undefined, ids: readonly string[], others: readonly TagSet[] = []): Annotation[] {
  const seen = new Set<string>();
  const members: Annotation[] = [];
  for (const id of ids) {
    if (seen.has(id)) throw new StudyError('bad-input', `Annotation ${id} is listed twice in the link`, { field: 'annotationIds' });
    seen.add(id);
    const annotation = tagSet?.annotations.find((a) => a.id === id);
    if (!annotation) {
      const owner = others.find((t) => t.annotations.some((a) => a.id === id));
      if (owner) {
        throw new StudyError('bad-input', `Annotation ${id} belongs to ${owner.annotator}'s tag set; links can only join your own annotations`, { field: 'annotationIds' });
      }
      throw new StudyError('not-found', `Unknown annotation id ${id} (deleted, or never made)`, { field: 'annotationIds' });
    }
    members.push(annotation);
  }
  if (members.length < 2) throw new StudyError('bad-input', 'A link needs at least two annotations', { field: 'annotationIds' });
  const articles = new Set(members.map((m) => m.articleId));
  if (articles.size < 2) {
    throw new StudyError('bad-input', `A link needs annotations from at least two articles; all ${members.length} are in article ${members[0]!.articleId}`, { field: 'annotationIds' });
  }
  return members;
}

/** Whether a link still joins two or more annotations from two or more articles. */
export function linkStillValid(link: Link, annotations: readonly Annotation[]): boolean {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const members = link.members.map((id) => byId.get(id)).filter((a): a is Annotation => a !== undefined);
  return members.length >= 2 && new Set(members.map((m) => m.articleId)).size >= 2;
}

export interface RemovalEffect {
  annotation: Annotation;
  updatedLinks: Link[];
  removedLinks: Link[];
  linksBefore: Link[];
}

/**
 * Removes an annotation from a tag set draft, taking it out of every link; a
 * link left with fewer than two members (or one article) goes too.
 */
export function removeAnnotationFromDraft(draft: TagSet, id: string, now: string): RemovalEffect {
  const index = draft.annotations.findIndex((a) => a.id === id);
  if (index < 0) throw new StudyError('not-found', `Unknown annotation id ${id}`);
  const [annotation] = draft.annotations.splice(index, 1);
  const updatedLinks: Link[] = [];
  const removedLinks: Link[] = [];
  const linksBefore: Link[] = [];
  draft.links = draft.links.filter((link) => {
    if (!link.members.includes(id)) return true;
    linksBefore.push({ ...link, members: [...link.members] });
    const next: Link = { ...link, members: link.members.filter((m) => m !== id), updatedAt: now };
    if (!linkStillValid(next, draft.annotations)) {
      removedLinks.push(link);
      return false;
    }
    Object.assign(link, next);
    updatedLinks.push(next);
    return true;
  });
  return { annotation: annotation!, updatedLinks, removedLinks, linksBefore };
}

/** A link's default label: its first member's quote on one line, cut near 60 characters. */
export function defaultLinkLabel(members: readonly Annotation[]): string {
  const text = members[0]!.quote.exact.replace(/\s+/g, ' ');
  return text.length <= 60 ? text : `${text.slice(0, 59)}…`;
}

/**
 * Refuses a link that would repeat one the annotator already has: the same
 * kind over the same set of members (in any order). `exceptId` is the link
 * being edited, which may keep its own members.
 */
export function checkNotDuplicate(tagSet: TagSet | undefined, kind: LinkKind, members: readonly string[], exceptId?: string): void {
  const wanted = [...members].sort().join(' ');
  const twin = tagSet?.links.find((l) => l.id !== exceptId && l.kind === kind && [...l.members].sort().join(' ') === wanted);
  if (twin) {
    throw new StudyError('conflict', `You already have a ${kind} link over these ${members.length} annotations ("${twin.label}", ${twin.id}); edit that one instead`, {
      field: 'annotationIds',
    });
  }
}

export interface NewLinkFields {
  id: string;
  annotator: string;
  annotationIds: readonly string[];
  label?: string | undefined;
  kind?: LinkKind | undefined;
  note?: string | undefined;
  now: string;
}

/**
 * A new link of the annotator's own annotations, checked (members exist, are
 * the annotator's, span two articles, and no twin link exists) and added to the draft.
 */
export function addLinkToDraft(draft: TagSet, others: readonly TagSet[], fields: NewLinkFields): Link {
  const members = checkLinkMembers(draft, fields.annotationIds, others);
  const kind = fields.kind ?? 'same-claim';
  const ids = members.map((m) => m.id);
  checkNotDuplicate(draft, kind, ids);
  const link: Link = {
    id: fields.id,
    annotator: fields.annotator,
    label: fields.label || defaultLinkLabel(members),
    kind,
    members: ids,
    note: fields.note ?? '',
    createdAt: fields.now,
    updatedAt: fields.now,
  };
  draft.links.push(link);
  return link;
}

export interface LinkEdit {
  linkId: string;
  label?: string | undefined;
  kind?: LinkKind | undefined;
  note?: string | undefined;
  add?: readonly string[] | undefined;
  remove?: readonly string[] | undefined;
}

/**
 * Edits a link of the draft: members in `remove` leave (each must be a
 * member), members in `add` join at the end (ones already in are ignored);
 * the result must still be a valid link and not repeat another.
 */
export function editLinkInDraft(draft: TagSet, others: readonly TagSet[], edit: LinkEdit, now: string): Link {
  const index = draft.links.findIndex((l) => l.id === edit.linkId);
  const current = draft.links[index];
  if (!current) throw new StudyError('not-found', `Unknown link id ${edit.linkId}`, { field: 'linkId' });
  const removing = new Set(edit.remove ?? []);
  for (const id of removing) {
    if (!current.members.includes(id)) throw new StudyError('bad-input', `Annotation ${id} is not a member of link ${current.id}`, { field: 'remove' });
  }
  const ids = [...current.members.filter((m) => !removing.has(m)), ...(edit.add ?? []).filter((id) => !current.members.includes(id))];
  const members = checkLinkMembers(draft, ids, others).map((m) => m.id);
  const kind = edit.kind ?? current.kind;
  checkNotDuplicate(draft, kind, members, current.id);
  const next: Link = { ...current, label: edit.label ?? current.label, kind, note: edit.note ?? current.note, members, updatedAt: now };
  draft.links[index] = next;
  return next;
}

/** The link `id` of `annotator`'s tag set; another annotator's link is read-only here. */
export function ownLink(tagSets: readonly TagSet[], annotator: string, id: string): Link {
  const found = tagSets.find((t) => t.annotator === annotator)?.links.find((l) => l.id === id);
  if (found) return found;
  const owner = tagSets.find((t) => t.links.some((l) => l.id === id));
  if (owner) throw new StudyError('bad-input', `Link ${id} is in ${owner.annotator}'s tag set, which is read-only for you (${annotator})`, { field: 'linkId' });
  throw new StudyError('not-found', `Unknown link id ${id}`, { field: 'linkId' });
}

/** Removes a link from the draft and returns it. */
export function removeLinkFromDraft(draft: TagSet, id: string): Link {
  const link = draft.links.find((l) => l.id === id);
  if (!link) throw new StudyError('not-found', `Unknown link id ${id}`, { field: 'linkId' });
  draft.links = draft.links.filter((l) => l.id !== id);
  return link;
}

/** A link in any tag set (comparisons can be read for a teammate's links too). */
export function findLink(tagSets: readonly TagSet[], id: string): Link {
  for (const t of tagSets) {
    const link = t.links.find((l) => l.id === id);
    if (link) return link;
  }
  throw new StudyError('not-found', `Unknown link id ${id}`, { field: 'linkId' });
}
