import type { Annotation, Link, TagSet } from '../model';
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

/** Links that contain an annotation, for asking before a delete. */
export function linksContaining(tagSet: TagSet | undefined, id: string): Link[] {
  return tagSet?.links.filter((l) => l.members.includes(id)) ?? [];
}
