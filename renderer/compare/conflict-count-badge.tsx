import type { LinkConflicts } from './state/compare-selectors';

/** The small count of a link's conflicts in lists, coloured by how serious they are; nothing when there are none. */
export function ConflictCountBadge({ conflicts }: { conflicts: LinkConflicts | null }) {
  if (!conflicts || conflicts.count === 0) return null;
  const severity = conflicts.severity ?? 'unknown';
  const title =
    conflicts.severity === 'different'
      ? 'The outlets differ, but what they say can all be true'
      : conflicts.severity === 'incompatible'
        ? 'What the outlets say cannot all be true'
        : 'Conflicts found';
  return (
    <span className={`link-row-conflicts severity-${severity}`} title={title} aria-hidden="true">
      {conflicts.count}
    </span>
  );
}
