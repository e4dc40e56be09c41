import type { Annotation, Codebook, Link } from '../../../shared/model';
import type { Highlight } from '../../viewer';
import { labelName } from './workspace-selectors';

/**
 * Annotations as the viewer's highlights, and the diff between two highlight
 * sets, so the viewer gets add/remove/update calls instead of a rebuild.
 */

export function toHighlight(annotation: Annotation, codebook: Codebook | undefined, linked: ReadonlySet<string>): Highlight {
  const label = labelName(codebook, annotation.category, annotation.label);
  return {
    id: annotation.id,
    start: annotation.position.start,
    end: annotation.position.end,
    category: annotation.category,
    ...(label ? { label } : {}),
    annotator: annotation.annotator,
    note: annotation.note,
    linked: linked.has(annotation.id),
  };
}

/** Ids of annotations that belong to at least one link. */
export function linkedIds(links: readonly Link[]): Set<string> {
  return new Set(links.flatMap((l) => l.members));
}

export interface HighlightDiff {
  added: Highlight[];
  removed: string[];
  updated: Highlight[];
}

function sameHighlight(a: Highlight, b: Highlight): boolean {
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.category === b.category &&
    a.label === b.label &&
    a.annotator === b.annotator &&
    a.note === b.note &&
    Boolean(a.linked) === Boolean(b.linked)
  );
}

/** What changed between the highlights the viewer has and the ones it should have. */
export function diffHighlights(previous: ReadonlyMap<string, Highlight>, next: readonly Highlight[]): HighlightDiff {
  const diff: HighlightDiff = { added: [], removed: [], updated: [] };
  const seen = new Set<string>();
  for (const h of next) {
    seen.add(h.id);
    const before = previous.get(h.id);
    if (!before) diff.added.push(h);
    else if (!sameHighlight(before, h)) diff.updated.push(h);
  }
  for (const id of previous.keys()) if (!seen.has(id)) diff.removed.push(id);
  return diff;
}

/** Whether a diff changes nothing. */
export function isEmptyDiff(diff: HighlightDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.updated.length === 0;
}
