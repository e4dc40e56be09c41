import type { SuggestionView } from '../../shared/api';

/**
 * The rows of the suggestions panel: one per passage, best first across
 * outlets (a 0.08 never sits above a 0.28 because of its outlet). An
 * outlet whose best passage is under the calibrated threshold comes as a
 * "No close match in <outlet>" row, its passage kept only for reference.
 */
export interface SuggestionRow {
  suggestion: SuggestionView;
  /** True when the service found nothing close in this outlet. */
  noCloseMatch: boolean;
  /** Why it scored as it did, in words ("shares: people; similar meaning: quake ≈ earthquake"), or null. */
  why: string | null;
}

/** The service's lead on a weak entry; the row says it in its own heading. */
const WEAK_LEAD = /^no close match in this outlet;\s*nearest passage\s*/i;
/** The numeric split at the end ("(words 0.21 + meaning 0.06)") is for tuning, not for the analyst. */
const SCORE_SPLIT = /\s*\(words [\d.]+ \+ meaning [\d.]+\)\s*$/;

/** An explanation as the panel shows it, or null when there is none to show. */
export function explanationText(explanation: string | undefined): string | null {
  if (!explanation) return null;
  const text = explanation.replace(WEAK_LEAD, '').replace(SCORE_SPLIT, '').trim();
  return text === '' ? null : text;
}

/** Close matches first, best score first; the no-close-match rows after them, by outlet name. */
export function suggestionRows(list: readonly SuggestionView[]): SuggestionRow[] {
  const rows = list.map((s) => ({ suggestion: s, noCloseMatch: s.noCloseMatch === true, why: explanationText(s.explanation) }));
  const close = rows.filter((r) => !r.noCloseMatch).sort((a, b) => b.suggestion.score - a.suggestion.score);
  const weak = rows.filter((r) => r.noCloseMatch).sort((a, b) => a.suggestion.outletName.localeCompare(b.suggestion.outletName));
  return [...close, ...weak];
}

/** The best score among the close matches, for scaling the score bars (0 when none). */
export function bestScore(rows: readonly SuggestionRow[]): number {
  return Math.max(0, ...rows.filter((r) => !r.noCloseMatch).map((r) => r.suggestion.score));
}
