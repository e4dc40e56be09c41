import { CalendarX, Hash, Megaphone, Users } from 'lucide-react';
import type { ConflictBadge } from './conflict-badges';

const ICONS = { quantity: Hash, time: CalendarX, actor: Users, attribution: Megaphone } as const;

/** The conflicts of a comparison as badges, each with its full reading underneath. */
export function ConflictList({ badges }: { badges: readonly ConflictBadge[] }) {
  if (badges.length === 0) {
    return <p className="conflicts-none">No conflicts found in numbers, dates, actors or sources. Compare the wording below.</p>;
  }
  return (
    <ul className="conflict-list" aria-label="Conflicts">
      {badges.map((b) => {
        const Icon = ICONS[b.kind];
        return (
          <li key={`${b.kind}:${b.headline}`} className={`conflict conflict-${b.kind}`}>
            <span className="conflict-badge">
              <Icon aria-hidden="true" size={14} />
              {b.headline}
            </span>
            {b.detail && b.detail !== b.headline && <span className="conflict-detail">{b.detail}</span>}
          </li>
        );
      })}
    </ul>
  );
}
