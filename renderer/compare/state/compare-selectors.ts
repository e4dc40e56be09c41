import type { Annotation, Link } from '../../../shared/model';
import type { WorkspaceState } from '../../app';
import type { DraftMember } from '../link-form';
import type { CompareState, SuggestionSource } from './compare-state';

/**
 * Pure reads over the workspace and the compare state: which links are the
 * analyst's, where an annotation is, what a delete would do to links, and
 * which span suggestions are for.
 */

/** The current annotator's links, in the order they were made. */
export function ownLinks(ws: WorkspaceState): Link[] {
  const me = ws.study?.annotator;
  return me ? ws.links.filter((l) => l.annotator === me) : [];
}

/** Finds an annotation: in a loaded article (always fresh), else in the on-demand index of the analyst's own. */
export function lookupAnnotation(ws: WorkspaceState, cs: CompareState, id: string): Annotation | undefined {
  for (const list of Object.values(ws.annotations)) {
    const found = list.find((a) => a.id === id);
    if (found) return found;
  }
  const indexed = cs.own?.value?.[id];
  // An article that is loaded without it has had it deleted since the index was read.
  if (indexed && ws.annotations[indexed.articleId]) return undefined;
  return indexed;
}

/** An annotation as the link form sees it (unknown ids count as nobody's, in no article). */
export function draftMember(ws: WorkspaceState, cs: CompareState, id: string): DraftMember {
  const a = lookupAnnotation(ws, cs, id);
  return a ? { id, articleId: a.articleId, annotator: a.annotator, quote: a.quote.exact } : { id, articleId: `unknown:${id}`, annotator: '?', quote: id };
}

/** The analyst's links that contain an annotation. */
export function linksContaining(ws: WorkspaceState, annotationId: string): Link[] {
  return ownLinks(ws).filter((l) => l.members.includes(annotationId));
}

/** Whether a link keeps two members from two articles without this annotation. */
function survives(ws: WorkspaceState, cs: CompareState, link: Link, annotationId: string): boolean {
  const rest = link.members.filter((m) => m !== annotationId).map((m) => lookupAnnotation(ws, cs, m));
  const known = rest.filter((a): a is Annotation => a !== undefined);
  // Unknown members are counted as present: the service has the last word.
  const articles = new Set(known.map((a) => a.articleId));
  return rest.length >= 2 && (articles.size >= 2 || known.length < rest.length);
}

/**
 * What to ask before deleting an annotation that belongs to links, or null
 * when it belongs to none: "This annotation is in 1 link: 'Fighters in
 * Rafah'. Delete it and update the link?"
 */
export function deleteWarning(ws: WorkspaceState, cs: CompareState, annotationId: string): { message: string; detail: string | null } | null {
  const links = linksContaining(ws, annotationId);
  if (links.length === 0) return null;
  const names = links.map((l) => `'${l.label}'`).join(', ');
  const one = links.length === 1;
  const message = `This annotation is in ${links.length} link${one ? '' : 's'}: ${names}. Delete it and update the link${one ? '' : 's'}?`;
  const dropped = links.filter((l) => !survives(ws, cs, l, annotationId));
  const detail =
    dropped.length === 0
      ? null
      : dropped.length === 1
        ? `'${dropped[0]!.label}' would be left with one article, so it is deleted too (Ctrl+Z brings both back).`
        : `${dropped.map((l) => `'${l.label}'`).join(', ')} would be left with one article, so they are deleted too (Ctrl+Z brings them back).`;
  return { message, detail };
}

/**
 * The span suggestions are for: the active annotation when its article is
 * open in a pane, else the text selection. Accepting needs the analyst's own annotation (a selection is
 * tagged as a claim first).
 */
export function suggestionSource(ws: WorkspaceState): SuggestionSource | null {
  const me = ws.study?.annotator ?? null;
  // Only an annotation in an article on screen: after switching article the previous one's must not linger.
  const shown = new Set(ws.panes.map((p) => p.articleId).filter((id): id is string => id !== null));
  if (ws.activeId) {
    for (const [articleId, list] of Object.entries(ws.annotations)) {
      if (!shown.has(articleId)) continue;
      const a = list.find((x) => x.id === ws.activeId);
      if (a) return { annotationId: a.id, articleId: a.articleId, start: a.position.start, end: a.position.end, text: a.quote.exact, canAccept: a.annotator === me };
    }
  }
  const sel = ws.selection;
  const articleId = sel ? ws.panes[sel.pane]?.articleId : null;
  if (sel && articleId && sel.text.trim() !== '' && sel.end > sel.start) {
    return { annotationId: null, articleId, start: sel.start, end: sel.end, text: sel.text, canAccept: me !== null };
  }
  return null;
}

/**
 * The link that already joins a suggested passage to the source annotation
 * (a member of one of the source's links overlaps it), or undefined: such a
 * suggestion is shown as linked instead of offered again.
 */
export function linkedAlready(ws: WorkspaceState, cs: CompareState, sourceId: string | null, passage: { articleId: string; start: number; end: number }): Link | undefined {
  if (!sourceId) return undefined;
  return linksContaining(ws, sourceId).find((link) =>
    link.members.some((id) => {
      const a = lookupAnnotation(ws, cs, id);
      return a !== undefined && a.articleId === passage.articleId && a.position.start < passage.end && passage.start < a.position.end;
    }),
  );
}

/**
 * The analyst's link that already joins both sides of a suggested pair (one
 * member overlaps each side), or undefined: the pair is shown as linked.
 */
export function pairLinkedBy(ws: WorkspaceState, cs: CompareState, pair: { a: { articleId: string; start: number; end: number }; b: { articleId: string; start: number; end: number } }): Link | undefined {
  const overlaps = (a: Annotation | undefined, side: { articleId: string; start: number; end: number }) =>
    a !== undefined && a.articleId === side.articleId && a.position.start < side.end && side.start < a.position.end;
  return ownLinks(ws).find((link) => {
    const members = link.members.map((id) => lookupAnnotation(ws, cs, id));
    return members.some((m) => overlaps(m, pair.a)) && members.some((m) => overlaps(m, pair.b));
  });
}

/** What a link's badge shows: how many conflicts and how serious, or null when nothing is known for its current version. */
export interface LinkConflicts {
  count: number;
  severity: 'incompatible' | 'different' | null;
}

/**
 * A link's conflicts for the lists: the service's summary for the link's
 * current version, else a comparison already fetched for it (count only).
 * Referent links compare names, so conflicts in their sentences are not counted.
 */
export function linkConflicts(cs: Pick<CompareState, 'summaries' | 'comparisons'>, link: Link): LinkConflicts | null {
  if (link.kind === 'same-referent') return null;
  const summary = cs.summaries?.value?.[link.id];
  if (summary && summary.version === link.updatedAt) return { count: summary.count, severity: summary.severity };
  const compared = cs.comparisons[link.id];
  if (compared?.status === 'ready' && compared.key === link.updatedAt && compared.value) return { count: compared.value.conflicts.length, severity: null };
  return null;
}
