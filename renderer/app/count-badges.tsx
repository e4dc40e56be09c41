import { CATEGORIES, describeCounts } from './categories';
import type { Counts } from './state/workspace-selectors';

/** Per-category counts as three small coloured badges (zeros faded), with a spoken summary. */
export function CountBadges({ counts }: { counts: Counts }) {
  return (
    <span className="count-badges" role="img" aria-label={describeCounts(counts)}>
      {CATEGORIES.map((c) => (
        <span key={c} className={`count-badge cat-${c}${counts[c] === 0 ? ' zero' : ''}`} aria-hidden="true">
          {counts[c]}
        </span>
      ))}
    </span>
  );
}
