import type { TagSetRow, TeammateResult } from '../../../shared/api';
import type { Annotation, CurationDecision } from '../../../shared/model';

/** Which part of the review the main area shows. */
export type ReviewTab = 'matches' | 'agreement' | 'consensus';

/** The figure the pairwise matrix colours its cells by. */
export type MatrixFigure = 'cohensKappa' | 'unitizedAlpha' | 'spanF1Overlap';

/** A decision taken on one disagreement in this session, by the key of its source annotations. */
export interface Decided {
  decision: CurationDecision | 'resolved';
  /** Ids of the consensus annotations the decision produced. */
  results: string[];
}

export interface TeammatesDialog {
  paths: string;
  running: boolean;
  results: TeammateResult[] | null;
  error: string | null;
}

export interface ReviewState {
  /** Whether the review covers the articles (the main area shows it). */
  open: boolean;
  tab: ReviewTab;
  /** One article, or null for the whole study. */
  articleId: string | null;
  /** Annotators chosen, me first; the first two are sides A and B of the consensus. */
  annotators: string[];
  /** Everyone's annotations in the whole study, kept in step with the workspace's changes. */
  annotations: Annotation[];
  /** Every tag set of the study (listTagSets), refreshed on open and on live changes. */
  tagSets: TagSetRow[];
  /** The index of the current disagreement in the list of disagreements, or -1 before the first. */
  cursor: number;
  matrixFigure: MatrixFigure;
  /** The consensus tag set's name. */
  curation: string;
  decided: Record<string, Decided>;
  /** Canonical texts of the articles the review shows, for boundary words. */
  texts: Record<string, string>;
  teammates: TeammatesDialog | null;
}

export const DEFAULT_CURATION = 'Consensus';

export function initialReviewState(): ReviewState {
  return {
    open: false,
    tab: 'matches',
    articleId: null,
    annotators: [],
    annotations: [],
    tagSets: [],
    cursor: -1,
    matrixFigure: 'cohensKappa',
    curation: DEFAULT_CURATION,
    decided: {},
    texts: {},
    teammates: null,
  };
}
