import { Pencil } from 'lucide-react';
import { useMemo } from 'react';
import type { Link } from '../../../shared/model';
import { useWorkspaceState } from '../../app';
import { useCompareActions, useCompareState } from '../compare-context';
import { conflictWords } from '../conflict-badges';
import { ConflictCountBadge } from '../conflict-count-badge';
import { KindIcon } from '../kind-icon';
import { KIND_INFO } from '../link-kinds';
import { linkConflicts, ownLinks } from '../state/compare-selectors';

/** One link in a sidebar list: opens its comparison; the pencil edits it. */
function LinkRow({ link }: { link: Link }) {
  const actions = useCompareActions();
  const open = useCompareState((s) => s.view?.kind === 'link' && s.view.linkId === link.id);
  // Every link's summary is fetched on load, so the badge shows before the link is ever opened.
  const summaries = useCompareState((s) => s.summaries);
  const comparison = useCompareState((s) => s.comparisons[link.id]);
  const conflicts = useMemo(() => linkConflicts({ summaries, comparisons: comparison ? { [link.id]: comparison } : {} }, link), [summaries, comparison, link]);
  const members = `${link.members.length} span${link.members.length === 1 ? '' : 's'}`;
  return (
    <li className="link-item">
      <button
        type="button"
        className={open ? 'link-row open' : 'link-row'}
        aria-current={open ? 'page' : undefined}
        aria-label={`${link.label}: ${KIND_INFO[link.kind].name}, ${members}${conflicts !== null ? `, ${conflictWords(conflicts)}` : ''}. Compare`}
        onClick={() => actions.openLink(link.id)}
      >
        <KindIcon kind={link.kind} />
        <span className="link-row-label">{link.label}</span>
        <span className="link-row-count">{link.members.length}</span>
        <ConflictCountBadge conflicts={conflicts} />
      </button>
      <button type="button" className="icon-button small link-edit" aria-label={`Edit link “${link.label}”`} title="Edit link" onClick={() => actions.openEdit(link.id)}>
        <Pencil aria-hidden="true" size={13} />
      </button>
    </li>
  );
}

/** Sidebar "Links": the analyst's links (facts), kind, member count, and the conflict count with its severity. */
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
