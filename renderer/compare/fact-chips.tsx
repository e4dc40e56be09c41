import type { MemberComparison } from '../../shared/compare/types';
import { quantityChip, sourceChip, timeChip, type Chip } from './chips';

function ChipList({ chips, tone }: { chips: readonly (Chip & { key: string; differs?: boolean; cue?: string | null })[]; tone: string }) {
  return (
    <ul className="fact-chips">
      {chips.map((c) => (
        <li key={c.key} className={`fact-chip ${tone}${c.differs ? ' differs' : ''}`} title={c.description}>
          <span className="fact-text">{c.text}</span>
          {c.reading !== c.text && <span className="fact-reading">{c.reading}</span>}
          {c.cue && <span className="fact-cue">“{c.cue}”</span>}
          <span className="visually-hidden">{c.description}</span>
        </li>
      ))}
    </ul>
  );
}

/** What a member says, as small chips: figures, times, actors and the cited source. */
export function FactChips({ member, differingActors }: { member: MemberComparison; differingActors: ReadonlySet<string> }) {
  const figures = member.quantities.map((q, i) => ({ ...quantityChip(q), key: `q${i}` }));
  const times = member.times.map((t, i) => ({ ...timeChip(t), key: `t${i}` }));
  const actors = [...new Map(member.actors.map((a) => [a.canonical, a])).values()].map((a) => ({
    key: a.canonical,
    text: a.canonical,
    reading: a.canonical,
    description: differingActors.has(a.canonical) ? `${a.canonical}: not every outlet names this actor` : `${a.canonical}: named by every outlet`,
    differs: differingActors.has(a.canonical),
  }));
  const source = { ...sourceChip(member.source), key: 'source' };
  return (
    <dl className="member-facts">
      {figures.length > 0 && (
        <div className="fact-row">
          <dt>Figures</dt>
          <dd>
            <ChipList chips={figures} tone="fact-figure" />
          </dd>
        </div>
      )}
      {times.length > 0 && (
        <div className="fact-row">
          <dt>Times</dt>
          <dd>
            <ChipList chips={times} tone="fact-time" />
          </dd>
        </div>
      )}
      {actors.length > 0 && (
        <div className="fact-row">
          <dt>Actors</dt>
          <dd>
            <ChipList chips={actors} tone="fact-actor" />
          </dd>
        </div>
      )}
      <div className="fact-row">
        <dt>Source</dt>
        <dd>
          <ChipList chips={[source]} tone={`fact-source source-${member.source.kind}${member.source.detail ? ` source-${member.source.detail}` : ''}`} />
        </dd>
      </div>
    </dl>
  );
}
