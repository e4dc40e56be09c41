import type { ReviewedLink } from '../../shared/review';

/** Which links each annotator made, and which of their member spans other annotators' links share. */
export function ReviewLinks({ links, colours }: { links: readonly ReviewedLink[]; colours: Record<string, string> }) {
  return (
    <section className="match-group" aria-label="Links">
      <h3 className="match-group-title">
        Links <span className="count">{links.length}</span>
      </h3>
      {links.length === 0 ? (
        <p className="review-hint">Nobody chosen has linked spans here.</p>
      ) : (
        <ul className="review-links">
          {links.map((r) => {
            const inReview = r.memberMatches.filter((m) => m !== null).length;
            return (
              <li key={r.link.id}>
                <span className="annotator-swatch" style={{ borderColor: colours[r.annotator] }} aria-hidden="true" />
                <span className="match-annotator">{r.annotator}</span> <span className="link-name">“{r.link.label}”</span>
                <span className="link-detail">
                  {r.link.members.length} members{inReview < r.link.members.length ? `, ${inReview} in this review` : ''}
                  {r.sharedWith.length === 0
                    ? '; no one else linked these spans'
                    : `; shares ${r.sharedWith.map((s) => `${s.sharedMatches.length} span${s.sharedMatches.length === 1 ? '' : 's'} with ${s.annotator}`).join(', ')}`}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
