import { Equal, Link2, Tags, Zap } from 'lucide-react';
import type { LinkKind } from '../../shared/model';

const ICONS = { 'same-claim': Equal, 'same-referent': Tags, contradicts: Zap, custom: Link2 } as const;

/** The icon of a link kind (decorative: the kind's name is always given in text or a label beside it). */
export function KindIcon({ kind, size = 15 }: { kind: LinkKind; size?: number }) {
  const Icon = ICONS[kind];
  return <Icon aria-hidden="true" size={size} className={`kind-icon kind-${kind}`} />;
}
