import { CalendarX, CircleDashed, Hash, Megaphone, Users } from 'lucide-react';
import type { NotCompared } from '../../shared/compare/types';
import type { ConflictBadge } from './conflict-badges';

const ICONS = { quantity: Hash, time: CalendarX, actor: Users, attribution: Megaphone } as const;
const SEVERITY = { incompatible: 'Incompatible', different: 'Different, compatible' } as const;

/** What could not be compared ("figures count different things"): said plainly, never implied to agree. */
function NotComparedList({ items }: { items: readonly NotCompared[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="not-compared" aria-label="Not compared">
      {items.map((n) => (
        <li key={n.message}>
          <CircleDashed aria-hidden="true" size={14} />
          <span>
            <strong>Not compared:</strong> {n.message}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The conflicts of a comparison as badges, each with its severity and full reading, then what was not compared. */
export function ConflictList({ badges, notCompared = [] }: { badges: readonly ConflictBadge[]; notCompared?: readonly NotCompared[] }) {
  if (badges.length === 0) {
    return (
      <>
        <p className="conflicts-none">
          {notCompared.length === 0
            ? 'No conflicts found in numbers, dates, actors or sources. Compare the wording below.'
            : 'No conflicts among what could be compared; some figures or dates could not be compared (below).'}
        </p>
        <NotComparedList items={notCompared} />
      </>
    );
  }
  return (
    <>
      <ul className="conflict-list" aria-label="Conflicts">
        {badges.map((b) => {
          const Icon = ICONS[b.kind];
          return (
            <li key={`${b.kind}:${b.headline}`} className={`conflict conflict-${b.kind}${b.severity ? ` severity-${b.severity}` : ''}`}>
              <span className="conflict-badge">
                <Icon aria-hidden="true" size={14} />
                {b.headline}
              </span>
              {b.severity && <span className="conflict-severity">{SEVERITY[b.severity]}</span>}
              {b.detail && b.detail !== b.headline && <span className="conflict-detail">{b.detail}</span>}
            </li>
          );
        })}
      </ul>
      <NotComparedList items={notCompared} />
    </>
  );
}
