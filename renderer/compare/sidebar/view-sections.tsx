import { Grid3x3, Sparkles } from 'lucide-react';
import { useWorkspaceState } from '../../app';
import { useCompareActions, useCompareState } from '../compare-context';

/** Sidebar "Coverage": opens the links × outlets matrix. */
export function CoverageSection() {
  const actions = useCompareActions();
  const open = useCompareState((s) => s.view?.kind === 'coverage');
  const count = useWorkspaceState((s) => s.links.filter((l) => l.annotator === s.study?.annotator).length);
  return (
    <>
      <button type="button" className={open ? 'view-row open' : 'view-row'} aria-current={open ? 'page' : undefined} onClick={actions.openCoverage}>
        <Grid3x3 aria-hidden="true" size={15} />
        <span>Coverage matrix</span>
        <span className="link-row-count">{count}</span>
      </button>
      <p className="sidebar-hint small">Which outlet carries each linked fact, and which omits it.</p>
    </>
  );
}

/** Sidebar "Suggested links": opens the study-wide list of matching sentence pairs. */
export function SuggestedSection() {
  const actions = useCompareActions();
  const open = useCompareState((s) => s.view?.kind === 'suggested');
  return (
    <>
      <button type="button" className={open ? 'view-row open' : 'view-row'} aria-current={open ? 'page' : undefined} onClick={actions.openSuggested}>
        <Sparkles aria-hidden="true" size={15} />
        <span>Suggested links</span>
      </button>
      <p className="sidebar-hint small">Sentences in different outlets that seem to report the same thing.</p>
    </>
  );
}
