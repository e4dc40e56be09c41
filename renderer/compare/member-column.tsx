import { CornerDownRight } from 'lucide-react';
import type { Category } from '../../shared/model';
import type { MemberComparison, WordOpList } from './member-types';
import { CategoryChip } from '../app';
import { diffCounts, diffRuns, wordingNote } from './diff-runs';
import { FactChips } from './fact-chips';
import { spanInSentence } from '../../shared/compare/span-context';

export interface MemberColumnProps {
  member: MemberComparison;
  ops: WordOpList;
  isBase: boolean;
  /** The member's article text, once loaded (for the sentence around the span). */
  articleText: string | undefined;
  category: Category | undefined;
  inConflict: boolean;
  differingActors: ReadonlySet<string>;
  /** Figures, times, actors and source (left out for referent links, which compare names). */
  showFacts: boolean;
  onShow(): void;
}

/** One outlet's member: its span bold in its sentence, the words that differ from the base marked, its facts as chips. */
export function MemberColumn({ member, ops, isBase, articleText, category, inConflict, differingActors, showFacts, onShow }: MemberColumnProps) {
  const runs = diffRuns(ops, member.text);
  const counts = diffCounts(runs);
  const context = articleText !== undefined && member.end <= articleText.length ? spanInSentence(articleText, member.start, member.end) : null;
  const headingId = `member-${member.id}`;
  return (
    <article className={inConflict ? 'member-column in-conflict' : 'member-column'} aria-labelledby={headingId}>
      <header className="member-head">
        <h2 id={headingId} className="member-outlet">
          {member.outletName}
        </h2>
        {category && <CategoryChip category={category} />}
      </header>
      <p className="member-wording-note">
        {isBase ? 'Base wording (closest to all others)' : wordingNote(counts)}
      </p>
      <blockquote className="member-context">
        {context?.before}
        <strong className="member-span">
          {runs.map((r, i) =>
            r.kind === 'ins' ? (
              <ins key={i} title="Only this outlet">
                {r.text}
              </ins>
            ) : r.kind === 'del' ? (
              <del key={i} title="In the base wording, not here">
                {r.text}
              </del>
            ) : (
              <span key={i}>{r.text}</span>
            ),
          )}
        </strong>
        {context?.after}
      </blockquote>
      {showFacts && <FactChips member={member} differingActors={differingActors} />}
      <button type="button" className="link-button member-show" onClick={onShow}>
        <CornerDownRight aria-hidden="true" size={14} />
        Show in the article
      </button>
    </article>
  );
}
