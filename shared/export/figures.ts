import type { Comparison, MemberComparison } from '../compare/types';

/**
 * Plain-text summaries of a comparison that the Markdown report and the
 * CSV files print beside a link or a member: its conflicts and its figures.
 */

/** "3 numbers disagree; 2 sources differ", or "None" when the comparison found no conflict, '' without one. */
export function conflictSummary(comparison: Comparison | undefined): string {
  if (!comparison) return '';
  if (comparison.conflicts.length === 0) return 'None';
  return comparison.conflicts.map((c) => c.message.split(':')[0]!.trim()).join('; ');
}

/** A member's figures: "more than 100 (read as 101–∞); dozens (read as 24–99)". */
export function figuresText(member: MemberComparison | undefined): string {
  if (!member) return '';
  return member.quantities
    .map((q) => `${q.text} (read as ${q.min === q.max ? q.min : `${q.min}–${Number.isFinite(q.max) ? q.max : '∞'}`})`)
    .join('; ');
}
