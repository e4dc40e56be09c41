import { useWorkspaceState } from '../app';
import { useReviewActions, useReviewState } from './review-provider';
import { annotatorColours, reviewableAnnotators } from './state/review-selectors';

/** Checkboxes choosing whose tag sets are reviewed; the first two chosen are sides A and B. */
export function AnnotatorChooser() {
  const actions = useReviewActions();
  const tagSets = useReviewState((s) => s.tagSets);
  const chosen = useReviewState((s) => s.annotators);
  const me = useWorkspaceState((s) => s.study?.annotator ?? null);
  const all = reviewableAnnotators(tagSets, me);
  const colours = annotatorColours(all);
  if (all.length < 2) {
    return <p className="review-hint">Only one tag set here. Bring in a teammate’s work (sidebar: Review) to compare.</p>;
  }
  return (
    <fieldset className="annotator-chooser">
      <legend>Annotators</legend>
      {all.map((a) => {
        const side = chosen.indexOf(a);
        return (
          <label key={a} className="annotator-choice">
            <input type="checkbox" checked={side >= 0} onChange={() => actions.toggleAnnotator(a)} />
            <span className="annotator-swatch" style={{ borderColor: colours[a] }} aria-hidden="true" />
            <span>{a === me ? `${a} (me)` : a}</span>
            {side === 0 && <span className="side-tag">A</span>}
            {side === 1 && <span className="side-tag">B</span>}
          </label>
        );
      })}
    </fieldset>
  );
}
