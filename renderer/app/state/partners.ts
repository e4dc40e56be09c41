import type { Annotation, Link } from '../../../shared/model';
import type { WorkspaceState } from './workspace-state';

/**
 * Split view partners: the linked span the analyst is looking at in one
 * pane (a hovered highlight, else the active annotation) and the members of
 * its links that the other pane's article holds.
 */

/** Other members of every link that holds `id`, in link order, each once. */
export function linkPartners(links: readonly Link[], id: string): string[] {
  const out = new Set<string>();
  for (const link of links) {
    if (!link.members.includes(id)) continue;
    for (const member of link.members) if (member !== id) out.add(member);
  }
  return [...out];
}

/**
 * The innermost highlight under the pointer that belongs to a link, when the
 * pointer is in another pane than `pane`; null otherwise. Ids the hovered
 * pane's article no longer holds (it changed, or the pane closed) are ignored.
 */
export function hoveredLinkedElsewhere(state: WorkspaceState, pane: number): string | null {
  const hover = state.hover;
  if (!hover || hover.pane === pane) return null;
  const articleId = state.panes[hover.pane]?.articleId;
  const shown = articleId ? state.annotations[articleId] : undefined;
  if (!shown) return null;
  return hover.ids.find((id) => shown.some((a) => a.id === id) && state.links.some((l) => l.members.includes(id))) ?? null;
}

/**
 * The partners of `sourceId` that an article holds, in reading order; none
 * when the article holds the source itself (that pane shows the source, not
 * its partners).
 */
export function partnersIn(links: readonly Link[], annotations: readonly Annotation[], sourceId: string | null): string[] {
  if (sourceId === null || annotations.some((a) => a.id === sourceId)) return [];
  const wanted = new Set(linkPartners(links, sourceId));
  if (wanted.size === 0) return [];
  return annotations
    .filter((a) => wanted.has(a.id))
    .sort((a, b) => a.position.start - b.position.start || a.position.end - b.position.end)
    .map((a) => a.id);
}
