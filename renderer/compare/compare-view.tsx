import { Pencil, RotateCcw } from 'lucide-react';
import { useEffect, useMemo } from 'react';
import { useWorkspaceState } from '../app';
import { useCompareActions, useCompareState } from './compare-context';
import { conflictBadges } from './conflict-badges';
import { ConflictList } from './conflict-list';
import { FiguresChart } from './figures-chart';
import { KindIcon } from './kind-icon';
import { KIND_INFO } from './link-kinds';
import { MemberColumn } from './member-column';
import { TermTableView } from './term-table';
import { ViewHead } from './view-head';

/** A link's comparison: conflicts, the figures chart, the term table for referents, and one column per outlet. */
export function CompareView({ linkId }: { linkId: string }) {
  const actions = useCompareActions();
  const link = useWorkspaceState((s) => s.links.find((l) => l.id === linkId));
  const me = useWorkspaceState((s) => s.study?.annotator ?? null);
  const views = useWorkspaceState((s) => s.views);
  const annotations = useWorkspaceState((s) => s.annotations);
  const loaded = useCompareState((s) => s.comparisons[linkId]);
  const terms = useCompareState((s) => s.terms[linkId]);

  // A changed link (members added, renamed) is compared again.
  const version = link?.updatedAt;
  useEffect(() => {
    if (!version) return;
    void actions.loadComparison(linkId);
    if (link?.kind === 'same-referent') void actions.loadTerms(linkId);
  }, [actions, linkId, version, link?.kind]);

  const comparison = loaded?.status === 'ready' ? loaded.value : null;
  // A referent link compares names, not facts: figures and sources in the sentences around the names are beside the point.
  const referent = link?.kind === 'same-referent';
  const badges = useMemo(() => (comparison && !referent ? conflictBadges(comparison) : []), [comparison, referent]);
  const conflicted = useMemo(() => new Set(badges.flatMap((b) => b.members)), [badges]);
  const differingActors = useMemo(() => new Set(comparison?.actors.differing.map((d) => d.canonical) ?? []), [comparison]);

  if (!link) {
    return (
      <section className="compare-view" aria-labelledby="view-title">
        <ViewHead eyebrow="Link" title="This link no longer exists" />
        <p className="view-empty">It was deleted or undone. Go back to the articles, or pick another link on the left.</p>
      </section>
    );
  }

  const outlets = comparison ? new Set(comparison.members.map((m) => m.outletName)).size : null;
  return (
    <section className="compare-view" aria-labelledby="view-title">
      <ViewHead
        eyebrow={
          <>
            <KindIcon kind={link.kind} size={14} />
            {KIND_INFO[link.kind].name}
            {outlets !== null && ` · ${outlets} outlet${outlets === 1 ? '' : 's'}`}
            {link.annotator !== me && ` · ${link.annotator}'s link`}
          </>
        }
        title={link.label}
      >
        {link.annotator === me && (
          <button type="button" className="button" onClick={() => actions.openEdit(link.id)}>
            <Pencil aria-hidden="true" size={15} />
            Edit link…
          </button>
        )}
      </ViewHead>
      {link.note && <p className="view-note">{link.note}</p>}

      {(!loaded || loaded.status === 'loading') && !comparison && <p className="view-loading" role="status">Comparing the members…</p>}
      {loaded?.status === 'failed' && (
        <div className="view-failed" role="alert">
          <p>Could not compare this link: {loaded.error}</p>
          <button type="button" className="button" onClick={() => void actions.loadComparison(linkId)}>
            <RotateCcw aria-hidden="true" size={15} />
            Try again
          </button>
        </div>
      )}

      {comparison && (
        <>
          {!referent && <ConflictList badges={badges} notCompared={comparison.notCompared ?? []} />}
          {!referent && <FiguresChart members={comparison.members} conflicts={comparison.conflicts} />}
          {referent && (!terms || terms.status === 'loading') && <p className="view-loading" role="status">Counting the names…</p>}
          {referent && terms?.status === 'ready' && terms.value && <TermTableView linkId={linkId} table={terms.value} />}
          {referent && terms?.status === 'failed' && <p className="view-failed" role="alert">Could not count the names: {terms.error}</p>}
          <div className="compare-columns-head">
            <h2 className="compare-section-title">Wording</h2>
            <p className="compare-legend" aria-hidden="true">
              <ins>underlined</ins> only this outlet · <del>struck through</del> in the base wording, not here
            </p>
          </div>
          <div className="compare-columns" data-count={Math.min(comparison.members.length, 4)}>
            {comparison.members.map((m, i) => {
              const category = annotations[m.articleId]?.find((a) => a.id === m.id)?.category;
              return (
                <MemberColumn
                  key={m.id}
                  member={m}
                  ops={comparison.wording.diffs[i] ?? [{ op: 'same', text: m.text }]}
                  isBase={i === comparison.wording.base && comparison.members.length > 1}
                  articleText={views[m.articleId]?.text}
                  category={category}
                  inConflict={conflicted.has(m.id)}
                  showFacts={!referent}
                  differingActors={differingActors}
                  onShow={() => void actions.showInArticle(m.id, m.articleId)}
                />
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
