import type { ArticleSummary } from '../../../shared/api';
import { UNKNOWN_OUTLET, type Annotation, type Category, type Codebook, type Outlet } from '../../../shared/model';
import type { Filters, WorkspaceState } from './workspace-state';

/**
 * Pure reads of the workspace state: what the components show, computed
 * outside JSX so the rules are testable and the components stay dumb.
 */

export type Counts = Record<Category, number>;

/** The article id shown in a pane, or null. */
export function paneArticleId(state: WorkspaceState, pane: number): string | null {
  return state.panes[pane]?.articleId ?? null;
}

/** The article the annotation panel and J/K work on: the focused pane's. */
export function focusedArticleId(state: WorkspaceState): string | null {
  return paneArticleId(state, state.focusedPane);
}


/** The outlet name of an article: from the article list, else its loaded view. */
export function outletOf(state: WorkspaceState, articleId: string): string {
  return state.articles.find((a) => a.id === articleId)?.outletName ?? state.views[articleId]?.outletName ?? UNKNOWN_OUTLET;
}

/** Finds an annotation in any loaded article. */
export function findAnnotation(state: WorkspaceState, id: string): Annotation | undefined {
  for (const list of Object.values(state.annotations)) {
    const found = list.find((a) => a.id === id);
    if (found) return found;
  }
  return undefined;
}

/** The annotations whose annotator is not hidden (the same list when nobody is). */
export function withoutHidden(list: readonly Annotation[], hidden: readonly string[]): readonly Annotation[] {
  return hidden.length === 0 ? list : list.filter((a) => !hidden.includes(a.annotator));
}

/** Annotations in reading order. */
export function inReadingOrder(list: readonly Annotation[]): Annotation[] {
  return [...list].sort((a, b) => a.position.start - b.position.start || a.position.end - b.position.end || a.id.localeCompare(b.id));
}

/** The annotations that pass the panel's filters, in reading order. */
export function filterAnnotations(list: readonly Annotation[], filters: Filters): Annotation[] {
  return inReadingOrder(
    list.filter(
      (a) =>
        (filters.categories.length === 0 || filters.categories.includes(a.category)) &&
        (filters.label === null || a.label === filters.label) &&
        (filters.annotator === null || a.annotator === filters.annotator),
    ),
  );
}

/** Whether any filter is narrowing the list. */
export function filtersActive(filters: Filters): boolean {
  return filters.categories.length > 0 || filters.label !== null || filters.annotator !== null;
}

/** The next (step 1) or previous (step -1) annotation after the active one, wrapping around. */
export function neighbour(list: readonly Annotation[], activeId: string | null, step: 1 | -1): Annotation | undefined {
  if (list.length === 0) return undefined;
  const index = activeId ? list.findIndex((a) => a.id === activeId) : -1;
  if (index < 0) return step === 1 ? list[0] : list[list.length - 1];
  return list[(index + step + list.length) % list.length];
}

/**
 * Per-category counts of the current annotator's annotations in an article:
 * from the loaded annotations when the article is open (so they follow every
 * edit), from the summary otherwise.
 */
export function countsFor(summary: ArticleSummary, loaded: readonly Annotation[] | undefined, annotator: string | null): Counts {
  if (!loaded) return summary.counts;
  const counts: Counts = { claim: 0, framing: 0, attribution: 0 };
  for (const a of loaded) if (a.annotator === annotator) counts[a.category]++;
  return counts;
}

/** Articles whose title or outlet contains every word of the search. */
export function searchArticles(articles: readonly ArticleSummary[], search: string): ArticleSummary[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...articles];
  return articles.filter((a) => {
    const hay = `${a.title} ${a.outletName}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

export interface OutletGroup {
  outletId: string;
  name: string;
  articles: ArticleSummary[];
}

/** Articles grouped by outlet, outlets by name, articles by title. */
export function groupByOutlet(articles: readonly ArticleSummary[], outlets: readonly Outlet[]): OutletGroup[] {
  const groups = new Map<string, OutletGroup>();
  for (const article of articles) {
    let group = groups.get(article.outletId);
    if (!group) {
      const name = outlets.find((o) => o.id === article.outletId)?.name ?? article.outletName;
      group = { outletId: article.outletId, name, articles: [] };
      groups.set(article.outletId, group);
    }
    group.articles.push(article);
  }
  const sorted = [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
  for (const g of sorted) g.articles.sort((a, b) => a.title.localeCompare(b.title));
  return sorted;
}

/** A codebook label's display name (the id itself when the codebook no longer has it). */
export function labelName(codebook: Codebook | undefined, category: Category, labelId: string | undefined): string | undefined {
  if (!labelId) return undefined;
  return codebook?.[category].find((l) => l.id === labelId)?.name ?? labelId;
}

/** Codebook labels whose name, group or description contains the typed text, name matches first. */
export function matchLabels<T extends { name: string; group?: string; description?: string }>(labels: readonly T[], typed: string): T[] {
  const q = typed.trim().toLowerCase();
  if (!q) return [...labels];
  const byName = labels.filter((l) => l.name.toLowerCase().includes(q));
  const byOther = labels.filter(
    (l) => !byName.includes(l) && `${l.group ?? ''} ${l.description ?? ''}`.toLowerCase().includes(q),
  );
  return [...byName, ...byOther];
}

/** The distinct labels used in a list of annotations, per category, in codebook order. */
export function labelsUsed(list: readonly Annotation[], codebook: Codebook | undefined): { category: Category; id: string }[] {
  const out: { category: Category; id: string }[] = [];
  for (const category of ['claim', 'framing', 'attribution'] as const) {
    const known = codebook?.[category].map((l) => l.id) ?? [];
    const ids = [...new Set(list.filter((a) => a.category === category && a.label).map((a) => a.label!))];
    ids.sort((a, b) => (known.indexOf(a) + 1 || Infinity) - (known.indexOf(b) + 1 || Infinity));
    for (const id of ids) out.push({ category, id });
  }
  return out;
}

/** Everyone who annotated this list, plus the study's annotators, sorted. */
export function annotatorsOf(list: readonly Annotation[], known: readonly string[]): string[] {
  return [...new Set([...known, ...list.map((a) => a.annotator)])].sort((a, b) => a.localeCompare(b));
}
