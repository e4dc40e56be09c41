/**
 * Every agreement figure is either a number or a reason it cannot be computed,
 * never NaN: a UI or CLI shows the reason where the number would go.
 */
export type Figure<T = number> = { ok: true; value: T } | { ok: false; reason: string };

/** A computed figure. */
export function figure<T>(value: T): Figure<T> {
  return { ok: true, value };
}

/** A figure that cannot be computed, with a sentence saying why. */
export function notComputable<T = never>(reason: string): Figure<T> {
  return { ok: false, reason };
}

/** Reasons shared by several metrics, worded once. */
export const REASONS = {
  oneAnnotator: 'Agreement needs at least two annotators',
  nobodyTagged: 'Nobody tagged this article',
  noUnits: 'There is nothing to compare: no spans were tagged',
  noVariation:
    'Every annotator gave every unit the same value, so chance agreement is complete and the coefficient is undefined',
} as const;

/** The mean of the computable figures, or the first reason when none is. */
export function meanOf(figures: readonly Figure<number>[], emptyReason: string): Figure<number> {
  let sum = 0;
  let n = 0;
  let reason: string | undefined;
  for (const f of figures) {
    if (f.ok) {
      sum += f.value;
      n += 1;
    } else reason ??= f.reason;
  }
  return n > 0 ? figure(sum / n) : notComputable(reason ?? emptyReason);
}
