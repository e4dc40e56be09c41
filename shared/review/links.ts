import type { Link } from '../model';
import type { SpanMatch } from './match';

/** A link another annotator made that shares member spans with this one. */
export interface SharedLink {
  annotator: string;
  linkId: string;
  /** Indexes into the matches list of the matches both links have a member in. */
  sharedMatches: number[];
}

/** One annotator's link as the review view shows it. */
export interface ReviewedLink {
  annotator: string;
  link: Link;
  /** For each member id, the index of its match, or null when the member is not among the spans reviewed. */
  memberMatches: (number | null)[];
  /** Other annotators' links with at least one member in the same match, most shared first. */
  sharedWith: SharedLink[];
}

/**
 * Which links each annotator made and which member spans they share with
 * other annotators' links: two members are "the same span" when they fall in
 * the same match. Links of annotators not in `annotators` are left out.
 */
export function reviewLinks(links: readonly Link[], matches: readonly SpanMatch[], annotators: readonly string[]): ReviewedLink[] {
  const chosen = new Set(annotators);
  const rank = new Map(annotators.map((a, i) => [a, i]));
  const matchOf = new Map<string, number>();
  matches.forEach((m, i) => {
    for (const s of m.spans) matchOf.set(s.id, i);
  });
  const mine = links.filter((l) => chosen.has(l.annotator));
  const linksInMatch = new Map<number, Link[]>();
  const memberMatches = mine.map((l) => {
    const ms = l.members.map((id) => matchOf.get(id) ?? null);
    for (const m of new Set(ms)) {
      if (m === null) continue;
      const list = linksInMatch.get(m);
      if (list) list.push(l);
      else linksInMatch.set(m, [l]);
    }
    return ms;
  });
  return mine
    .map((link, i) => {
      const shared = new Map<Link, number[]>();
      for (const m of new Set(memberMatches[i]!)) {
        if (m === null) continue;
        for (const other of linksInMatch.get(m) ?? []) {
          if (other.annotator === link.annotator) continue;
          const list = shared.get(other);
          if (list) list.push(m);
          else shared.set(other, [m]);
        }
      }
      const sharedWith = [...shared.entries()]
        .map(([other, ms]) => ({ annotator: other.annotator, linkId: other.id, sharedMatches: ms.sort((x, y) => x - y) }))
        .sort((x, y) => y.sharedMatches.length - x.sharedMatches.length || rank.get(x.annotator)! - rank.get(y.annotator)! || x.linkId.localeCompare(y.linkId));
      return { annotator: link.annotator, link, memberMatches: memberMatches[i]!, sharedWith };
    })
    .sort((x, y) => rank.get(x.annotator)! - rank.get(y.annotator)! || x.link.id.localeCompare(y.link.id));
}
