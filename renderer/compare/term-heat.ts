import type { TermTable } from '../../shared/compare/types';

/** Shade steps of the term table (0 = empty cell). */
export const HEAT_LEVELS = 4;

/** A count's shade: 0 for none, else 1..HEAT_LEVELS relative to the largest count in the table. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(HEAT_LEVELS, Math.ceil((count / max) * HEAT_LEVELS)));
}

/** The largest count in a term table. */
export function maxCount(table: TermTable): number {
  return Math.max(0, ...table.rows.flatMap((r) => r.counts));
}

/** Which outlets use a term at all, for the row's spoken summary ("Okaz 4, Parapolitika 0"). */
export function describeRow(table: TermTable, row: number): string {
  const r = table.rows[row];
  if (!r) return '';
  return table.articles.map((a, i) => `${a.outletName} ${r.counts[i] ?? 0}`).join(', ');
}

/** Rows of a term table that belong together: one family ("terrorist", "terror group"), or a name of its own. */
export interface TermGroup {
  /** The family name, or null for a name no family lists. */
  family: string | null;
  /** Row indices, in table order. */
  rows: number[];
  /** Per-article sums over the group's rows. */
  counts: number[];
  total: number;
}

/**
 * The rows grouped by family, groups in the order their first row appears,
 * so "terrorist" and "terror group" are read (and totalled) together.
 */
export function termGroups(table: TermTable): TermGroup[] {
  const groups: TermGroup[] = [];
  const byFamily = new Map<string, TermGroup>();
  table.rows.forEach((row, i) => {
    const held = row.family ? byFamily.get(row.family) : undefined;
    const group = held ?? { family: row.family ?? null, rows: [], counts: table.articles.map(() => 0), total: 0 };
    if (!held) {
      groups.push(group);
      if (row.family) byFamily.set(row.family, group);
    }
    group.rows.push(i);
    row.counts.forEach((n, j) => (group.counts[j] = (group.counts[j] ?? 0) + n));
    group.total += row.total;
  });
  return groups;
}
