import type { Comparison, Conflict } from '../../shared/compare/types';

/**
 * The badges above a comparison: a short headline per conflict ("3 numbers
 * disagree", "Actors differ: Biden administration / Trump administration",
 * "Sources differ") with the service's full sentence kept for the detail line.
 */
export interface ConflictBadge {
  kind: Conflict['kind'];
  headline: string;
  detail: string;
  /** Members involved (annotation ids). */
  members: string[];
  /** For figures, from shared/compare: 'incompatible' (cannot all be true) or 'different' (compatible, another figure or precision). */
  severity?: 'incompatible' | 'different';
}

function splitMessage(message: string): { head: string; rest: string } {
  const colon = message.indexOf(':');
  if (colon < 0) return { head: message, rest: '' };
  return { head: message.slice(0, colon).trim(), rest: message.slice(colon + 1).trim() };
}

/** "Biden administration (The Dupree Report) / Trump administration (Okaz, Parapolitika)" → the names only. */
function actorNames(rest: string): string[] {
  return rest
    .split(' / ')
    .map((part) => part.replace(/\s*\([^()]*\)\s*$/, '').trim())
    .filter(Boolean);
}

/** One badge per conflict, in the service's order (numbers, times, actors, sources). */
export function conflictBadges(comparison: Comparison): ConflictBadge[] {
  return comparison.conflicts.map((c) => {
    const { head, rest } = splitMessage(c.message);
    switch (c.kind) {
      case 'actor': {
        const names = actorNames(rest);
        return { kind: c.kind, headline: names.length ? `Actors differ: ${names.join(' / ')}` : 'Actors differ', detail: c.message, members: c.members };
      }
      case 'attribution':
        return { kind: c.kind, headline: 'Sources differ', detail: rest || c.message, members: c.members };
      default:
        return { kind: c.kind, headline: head, detail: rest || c.message, members: c.members, ...(c.severity ? { severity: c.severity } : {}) };
    }
  });
}

/** A link's conflicts in words, for a list row's accessible name: "1 conflict (different but compatible)", "no conflicts". */
export function conflictWords(conflicts: { count: number; severity: 'incompatible' | 'different' | null } | null): string {
  if (!conflicts) return '';
  const n = conflicts.count === 0 ? 'no conflicts' : `${conflicts.count} conflict${conflicts.count === 1 ? '' : 's'}`;
  if (!conflicts.severity || conflicts.count === 0) return n;
  return `${n} (${conflicts.severity === 'different' ? 'different but compatible' : 'incompatible'})`;
}
