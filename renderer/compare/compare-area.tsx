import type { ReactNode } from 'react';
import { useCompareState } from './compare-context';
import { CompareView } from './compare-view';
import { ConfirmDeleteDialog } from './confirm-dialog';
import { CoverageView } from './coverage-view';
import { LinkDialog } from './link-dialog';
import { SuggestedView } from './suggested-view';
import { usePickClicks, usePickedMarks } from './use-pick-clicks';
import { useScrollRequests } from './use-scroll-requests';

/**
 * The main area: the article panes (children), or a compare view over them
 * while one is open. Also hosts the link dialogs and the page-wide
 * pick and scroll behaviour, so the workspace mounts this one component.
 */
export function CompareArea({ children }: { children: ReactNode }) {
  const view = useCompareState((s) => s.view);
  usePickClicks();
  usePickedMarks();
  useScrollRequests();
  // The panes stay mounted under a view (hidden and inert), so each article keeps its scroll position.
  return (
    <>
      <div className="main-stack">
        <div className="panes-layer" inert={view !== null} data-covered={view ? '' : undefined}>
          {children}
        </div>
        {view && (
          <main className="compare-main" aria-label={view.kind === 'link' ? 'Comparison' : view.kind === 'coverage' ? 'Coverage' : 'Suggested links'}>
            {view.kind === 'link' && <CompareView linkId={view.linkId} />}
            {view.kind === 'coverage' && <CoverageView />}
            {view.kind === 'suggested' && <SuggestedView />}
          </main>
        )}
      </div>
      <LinkDialog />
      <ConfirmDeleteDialog />
    </>
  );
}
