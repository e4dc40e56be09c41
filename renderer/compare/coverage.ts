import { referentCoverage } from '../../shared/compare/terms';
import type { TermTable } from '../../shared/compare/types';
import type { Annotation, Category, Link, Outlet } from '../../shared/model';

/**
 * The coverage matrix: links (facts) × outlets. A filled cell says the
 * outlet carries the fact (how many member spans, in which category); an
 * empty one says it omits it. A same-referent link is covered where the
 * term table counts the referent (an outlet that names Israel twelve times
 * covers it even with no span in the link). Pure, so the rules are tested
 * without a DOM.
 */

/** The bits of an article summary the matrix needs. */
export interface CoverageArticle {
  id: string;
  outletId: string;
}

export interface CoverageCell {
  outletId: string;
  /** Member spans of the link in this outlet's articles; for a referent with its term table, the referent's occurrences there. */
  count: number;
  /** What `count` counts. */
  basis: 'members' | 'mentions';
  /** The category most members here have (first in claim, framing, attribution order on ties), or null when empty. */
  category: Category | null;
}

export interface CoverageRow {
  link: Link;
  cells: CoverageCell[];
  /** Outlets that carry the fact. */
  covered: number;
  /** Outlets that omit it, by id, in column order. */
  omittedBy: string[];
  /** Members whose annotation is not known (deleted, or not loaded). */
  unknownMembers: number;
}

export interface CoverageMatrix {
  /** Outlets that have at least one article, by name. */
  outlets: Outlet[];
  rows: CoverageRow[];
}

const CATEGORY_ORDER: Category[] = ['claim', 'framing', 'attribution'];

function mainCategory(members: readonly Annotation[]): Category | null {
  let best: Category | null = null;
  let bestCount = 0;
  for (const c of CATEGORY_ORDER) {
    const n = members.filter((m) => m.category === c).length;
    if (n > bestCount) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Builds the matrix. Rows keep the links' order, best covered first;
 * columns are the outlets with articles, by name.
 */
export function coverageMatrix(
  links: readonly Link[],
  annotations: readonly Annotation[],
  articles: readonly CoverageArticle[],
  outlets: readonly Outlet[],
  /** Term tables of same-referent links, by link id (those not given yet count members). */
  termTables: Readonly<Record<string, TermTable>> = {},
): CoverageMatrix {
  const outletOfArticle = new Map(articles.map((a) => [a.id, a.outletId]));
  const withArticles = new Set(articles.map((a) => a.outletId));
  const columns = outlets.filter((o) => withArticles.has(o.id)).sort((a, b) => a.name.localeCompare(b.name));
  const byId = new Map(annotations.map((a) => [a.id, a]));

  const rows = links.map((link) => {
    const known = link.members.map((id) => byId.get(id)).filter((a): a is Annotation => a !== undefined);
    const table = link.kind === 'same-referent' ? termTables[link.id] : undefined;
    const mentions = table ? referentCoverage(table) : null;
    const cells = columns.map((outlet): CoverageCell => {
      const here = known.filter((a) => outletOfArticle.get(a.articleId) === outlet.id);
      if (!mentions) return { outletId: outlet.id, count: here.length, basis: 'members', category: mainCategory(here) };
      const count = mentions.filter((m) => outletOfArticle.get(m.articleId) === outlet.id).reduce((sum, m) => sum + m.count, 0);
      return { outletId: outlet.id, count, basis: 'mentions', category: mainCategory(here) };
    });
    return {
      link,
      cells,
      covered: cells.filter((c) => c.count > 0).length,
      omittedBy: cells.filter((c) => c.count === 0).map((c) => c.outletId),
      unknownMembers: link.members.length - known.length,
    };
  });
  // Stable sort: equally covered facts keep the order they were linked in.
  rows.sort((a, b) => b.covered - a.covered);
  return { outlets: columns, rows };
}

/** How many facts each outlet carries, in column order (the matrix's footer). */
export function outletTotals(matrix: CoverageMatrix): number[] {
  return matrix.outlets.map((_, i) => matrix.rows.filter((r) => (r.cells[i]?.count ?? 0) > 0).length);
}
