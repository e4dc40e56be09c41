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
