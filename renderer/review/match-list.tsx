import { useWorkspaceState } from '../app';
import { MatchRow } from './match-row';
import { ReviewLinks } from './review-links';
import { useReviewActions, useReviewState } from './review-provider';
import { annotatorColours, groupMatches, matchKey, stepIndexes } from './state/review-selectors';
import { useReviewData } from './use-review-data';

const DECISION_NAMES: Record<string, string> = {
  'accept-a': 'Accepted',
  'accept-b': 'Accepted',
  both: 'Took both',
  edited: 'Edited',
  reject: 'Rejected',
  resolved: 'Resolved',
};

/**
 * The matches grouped as "Same span", "Overlapping" and "Only <name>", or
 * (for the consensus) the disagreements between sides A and B with a
 * decision per row.
 */
export function MatchList({ disagreementsOnly = false }: { disagreementsOnly?: boolean }) {
  const actions = useReviewActions();
  const annotators = useReviewState((s) => s.annotators);
  const texts = useReviewState((s) => s.texts);
  const cursor = useReviewState((s) => s.cursor);
  const decided = useReviewState((s) => s.decided);
  const study = useReviewState((s) => s.articleId === null);
  const articles = useWorkspaceState((s) => s.articles);
  const { matches, disagreements, links } = useReviewData();
  const colours = annotatorColours(annotators);
  const current = (disagreementsOnly ? stepIndexes(matches, annotators, true) : disagreements)[cursor];

  if (annotators.length < 2) return <p className="review-hint">Choose at least two annotators above.</p>;
  if (matches.length === 0) return <p className="review-hint">Nobody chosen tagged anything here yet.</p>;

  const row = (i: number, withDecision: boolean) => {
    const m = matches[i]!;
    const decision = decided[matchKey(m, annotators)];
    return (
      <MatchRow
        key={i}
        match={m}
        text={texts[m.articleId]}
        colours={colours}
        current={i === current}
        articleTitle={study ? articles.find((a) => a.id === m.articleId)?.title : undefined}
        onShow={() => void actions.showMatch(i)}
      >
        {withDecision && (
          <div className="decision-row">
            <span className={decision ? 'decision done' : 'decision'}>{decision ? DECISION_NAMES[decision.decision] : 'Undecided'}</span>
            <span className="decision-buttons">
              <button type="button" className="button small" onClick={() => void actions.showMatch(i).then(() => actions.decide('a'))}>
                Accept {annotators[0]} <kbd>A</kbd>
              </button>
              <button type="button" className="button small" onClick={() => void actions.showMatch(i).then(() => actions.decide('b'))}>
                Accept {annotators[1]} <kbd>B</kbd>
              </button>
              <button type="button" className="button small" onClick={() => void actions.showMatch(i).then(() => actions.decide('both'))}>
                Take both
              </button>
              <button type="button" className="button small" onClick={() => void actions.showMatch(i).then(() => actions.decide('reject'))}>
                Reject <kbd>X</kbd>
              </button>
            </span>
          </div>
        )}
      </MatchRow>
    );
  };

  if (disagreementsOnly) {
    const sides = stepIndexes(matches, annotators, true);
    if (sides.length === 0) return <p className="review-hint">No disagreements between {annotators[0]} and {annotators[1]} here.</p>;
    return <ol className="match-list" aria-label="Disagreements">{sides.map((i) => row(i, true))}</ol>;
  }

  const groups = groupMatches(matches, annotators);
  const sections = [
    { title: 'Same span', indexes: groups.same },
    { title: 'Overlapping', indexes: groups.overlapping },
    ...groups.only.map((g) => ({ title: `Only ${g.annotator}`, indexes: g.indexes })),
  ];
  return (
    <>
      <p className="review-summary" aria-live="polite">
        {matches.length} matches, {disagreements.length} disagreements. <kbd>J</kbd>/<kbd>K</kbd> step through the disagreements.
      </p>
      {sections.map((s) => (
        <section key={s.title} className="match-group" aria-label={s.title}>
          <h3 className="match-group-title">
            {s.title} <span className="count">{s.indexes.length}</span>
          </h3>
          {s.indexes.length > 0 && <ol className="match-list">{s.indexes.map((i) => row(i, false))}</ol>}
        </section>
      ))}
      <ReviewLinks links={links} colours={colours} />
    </>
  );
}
