import type { Link } from '../model';
import type { SpanMatch } from '../review';
import { type Figure, figure, notComputable } from './figure';

/** Agreement on links between two annotators, as pair counts and F1. */
export interface LinkAgreement {
  /** Cross-article span pairs both annotators linked. */
  shared: number;
  /** Cross-article span pairs each annotator linked. */
  reference: number;
  candidate: number;
  precision: number | null;
  recall: number | null;
  f1: number;
}

/**
 * The cross-article pairs one annotator's links make, as keys that compare
 * across annotators. A link with members {a, b, c} from three articles yields
 * the pairs ab, ac, bc; members in the same article are not paired. A member
 * stands for its match (from `matchSpans` over the annotators compared) and
 * its category, so two annotators' pairs are the same when both ends are
 * matched spans (overlapping, same category). Members that are not among the
 * matched spans are left out.
 */
export function linkedPairs(links: readonly Link[], matches: readonly SpanMatch[], annotator: string): Set<number> {
  return linkedPairsByAnnotator(links, matches, [annotator]).get(annotator)!;
}

/** `linkedPairs` for several annotators at once, walking the matches once. Pair keys are numbers. */
export function linkedPairsByAnnotator(links: readonly Link[], matches: readonly SpanMatch[], annotators: readonly string[]): Map<string, Set<number>> {
  const chosen = new Set(annotators);
  const linked = new Set<string>();
  for (const link of links) if (chosen.has(link.annotator)) for (const id of link.members) linked.add(id);
  const categories = new Map<string, number>();
  const where = new Map<string, { key: number; articleId: string; annotator: string }>();
  matches.forEach((m, i) => {
    for (const s of m.spans) {
      if (!linked.has(s.id) || !chosen.has(s.annotator)) continue;
      let c = categories.get(s.category);
      if (c === undefined) categories.set(s.category, (c = categories.size));
      where.set(s.id, { key: i * 16 + c, articleId: s.articleId, annotator: s.annotator });
    }
  });
  // A span key is match × 16 + category (at most 16 categories are told apart;
  // there are three), so a pair of keys fits a double exactly.
  const base = matches.length * 16 + 16;
  const out = new Map(annotators.map((a) => [a, new Set<number>()]));
  for (const link of links) {
    const pairs = out.get(link.annotator);
    if (!pairs) continue;
    const members = link.members.map((id) => where.get(id)).filter((m) => m !== undefined && m.annotator === link.annotator);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const x = members[i]!;
        const y = members[j]!;
        if (x.articleId === y.articleId) continue;
        pairs.add(x.key < y.key ? x.key * base + y.key : y.key * base + x.key);
      }
    }
  }
  return out;
}

/**
 * Agreement on links between two annotators: precision, recall and F1 of the
 * candidate's linked span pairs against the reference's (see `linkedPairs`).
 * F1 = 2·shared / (reference + candidate) is symmetric. No κ is given: the
 * pairs nobody linked are every pair of spans across articles, a number that
 * says nothing about the annotators and would drive chance agreement to 0.
 */
export function linkAgreement(links: readonly Link[], matches: readonly SpanMatch[], reference: string, candidate: string): Figure<LinkAgreement> {
  const a = linkedPairs(links, matches, reference);
  const b = linkedPairs(links, matches, candidate);
  if (a.size + b.size === 0) return notComputable('Neither annotator linked spans across articles');
  let shared = 0;
  for (const p of a) if (b.has(p)) shared += 1;
  return figure({
    shared,
    reference: a.size,
    candidate: b.size,
    precision: b.size > 0 ? shared / b.size : null,
    recall: a.size > 0 ? shared / a.size : null,
    f1: (2 * shared) / (a.size + b.size),
  });
}
