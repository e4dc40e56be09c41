import { Pencil } from 'lucide-react';
import { useMemo } from 'react';
import type { Link } from '../../../shared/model';
import { useWorkspaceState } from '../../app';
import { useCompareActions, useCompareState } from '../compare-context';
import { conflictCount } from '../conflict-badges';
import { KindIcon } from '../kind-icon';
import { KIND_INFO } from '../link-kinds';
import { ownLinks } from '../state/compare-selectors';

/** One link in a sidebar list: opens its comparison; the pencil edits it. */
function LinkRow({ link }: { link: Link }) {
  const actions = useCompareActions();
  const open = useCompareState((s) => s.view?.kind === 'link' && s.view.linkId === link.id);
  // Only a comparison already fetched (for this version) gives a count: none is fetched just for the list.
  const conflicts = useCompareState((s) => {
    const c = s.comparisons[link.id];
    // Referent links compare names; conflicts in their sentences are not counted.
    return c?.status === 'ready' && c.key === link.updatedAt && link.kind !== 'same-referent' ? (c.value?.conflicts.length ?? null) : null;
  });
  const members = `${link.members.length} span${link.members.length === 1 ? '' : 's'}`;
  return (
    <li className="link-item">
      <button
        type="button"
        className={open ? 'link-row open' : 'link-row'}
        aria-current={open ? 'page' : undefined}
        aria-label={`${link.label}: ${KIND_INFO[link.kind].name}, ${members}${conflicts !== null ? `, ${conflictCount(conflicts).toLowerCase()}` : ''}. Compare`}
        onClick={() => actions.openLink(link.id)}
      >
        <KindIcon kind={link.kind} />
        <span className="link-row-label">{link.label}</span>
        <span className="link-row-count">{link.members.length}</span>
        {conflicts !== null && conflicts > 0 && <span className="link-row-conflicts">{conflicts}</span>}
      </button>
      <button type="button" className="icon-button small link-edit" aria-label={`Edit link “${link.label}”`} title="Edit link" onClick={() => actions.openEdit(link.id)}>
        <Pencil aria-hidden="true" size={13} />
      </button>
    </li>
  );
}

/** Sidebar "Links": the analyst's links (facts), kind, member count, and the conflict count once compared. */
export function LinksSection() {
  const ws = useWorkspaceState((s) => s);
  const links = useMemo(() => ownLinks(ws).filter((l) => l.kind !== 'same-referent'), [ws]);
  if (links.length === 0) return <p className="sidebar-hint">Select annotations in two articles and press L to link them.</p>;
  return (
    <ul className="link-list" aria-label="Links">
      {links.map((l) => (
        <LinkRow key={l.id} link={l} />
      ))}
    </ul>
  );
}

/** Sidebar "Referents": same-referent links, each opening its names table. */
export function ReferentsSection() {
  const ws = useWorkspaceState((s) => s);
  const links = useMemo(() => ownLinks(ws).filter((l) => l.kind === 'same-referent'), [ws]);
  if (links.length === 0) return <p className="sidebar-hint">Link spans that name the same person or group as “Same referent (term)” to compare the names outlets use.</p>;
  return (
    <ul className="link-list" aria-label="Referents">
      {links.map((l) => (
        <LinkRow key={l.id} link={l} />
      ))}
    </ul>
  );
}
