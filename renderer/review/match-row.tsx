import { CategoryChip, labelName, useWorkspaceState } from '../app';
import type { Category } from '../../shared/model';
import type { SpanMatch } from '../../shared/review';
import { boundaryPieces } from './state/review-selectors';

export interface MatchRowProps {
  match: SpanMatch;
  text: string | undefined;
  colours: Record<string, string>;
  current: boolean;
  /** The article's title, for the study-wide review. */
  articleTitle?: string | undefined;
  onShow(): void;
  children?: React.ReactNode;
}

/** One match: its text with each side's extra words marked, each annotator's category and label, and what differs. */
export function MatchRow({ match, text, colours, current, articleTitle, onShow, children }: MatchRowProps) {
  const codebook = useWorkspaceState((s) => s.study?.codebook);
  const pieces = text === undefined ? [] : boundaryPieces(text, match);
  return (
    <li className={current ? 'match-row current' : 'match-row'} aria-current={current ? 'true' : undefined} data-match-kind={match.kind}>
      {articleTitle && <p className="match-article">{articleTitle}</p>}
      <button type="button" className="match-text" onClick={onShow} aria-label={`Show in text: ${text?.slice(match.start, match.end) ?? ''}`}>
        {pieces.length === 0
          ? '…'
          : pieces.map((p) =>
              p.shared ? (
                <span key={p.start}>{p.text}</span>
              ) : (
                <mark key={p.start} className="extra-words" style={{ borderColor: colours[p.by[0] ?? ''] }} title={`Only in ${p.by.join(' and ')}’s span`}>
                  {p.text}
                  <span className="visually-hidden"> (only {p.by.join(' and ')})</span>
                </mark>
              ),
            )}
      </button>
      <ul className="match-spans">
        {match.spans.map((s) => (
          <li key={s.id}>
            <span className="annotator-swatch" style={{ borderColor: colours[s.annotator] }} aria-hidden="true" />
            <span className="match-annotator">{s.annotator}</span>
            <CategoryChip category={s.category as Category} />
            <span className="match-label">{labelName(codebook, s.category as Category, s.label) ?? 'No label'}</span>
          </li>
        ))}
        {match.missing.map((a) => (
          <li key={a} className="match-missing">
            <span className="annotator-swatch" style={{ borderColor: colours[a] }} aria-hidden="true" />
            <span className="match-annotator">{a}</span>
            <span>did not tag this</span>
          </li>
        ))}
      </ul>
      <p className="match-flags">
        {!match.categoryAgrees && <span className="flag">Category differs</span>}
        {match.categoryAgrees && !match.labelAgrees && <span className="flag">Label differs</span>}
        {match.kind === 'overlapping' && <span className="flag">Boundaries differ</span>}
      </p>
      {children}
    </li>
  );
}
