import type { AlignedPairView, ConflictSummary, SuggestionView } from '../../../shared/api';
import type { Comparison, TermTable } from '../../../shared/compare/types';
import type { Annotation } from '../../../shared/model';

/** What the main area shows instead of the articles, while open. */
export type CompareView = { kind: 'link'; linkId: string } | { kind: 'coverage' } | { kind: 'suggested' };

/** A value fetched from the service; `key` says which input it belongs to, so stale answers are dropped. */
export interface Loaded<T> {
  key: string;
  status: 'loading' | 'ready' | 'failed';
  value: T | null;
  error: string | null;
}

export type LinkDialog = { mode: 'create' } | { mode: 'edit'; linkId: string };

/** The question asked before deleting an annotation that belongs to a link. */
export interface DeleteConfirm {
  annotationId: string;
  message: string;
  detail: string | null;
  proceed: () => void;
}

/** The span suggestions are found for: an annotation, or a plain text selection (no annotation yet). */
export interface SuggestionSource {
  annotationId: string | null;
  articleId: string;
  start: number;
  end: number;
  text: string;
  /** Whether the analyst may accept suggestions for it (their own annotation, or a selection they can tag). */
  canAccept: boolean;
}

/** A passage to scroll a pane to once it shows its article. */
export interface ScrollTarget {
  pane: number;
  articleId: string;
  text: string;
}

export interface CompareState {
  /** Annotation ids picked for the next link (Ctrl+click, or L on the active annotation). */
  picked: string[];
  linkDialog: LinkDialog | null;
  confirm: DeleteConfirm | null;
  view: CompareView | null;
  /** Comparisons by link id, keyed by the link's updatedAt. */
  comparisons: Record<string, Loaded<Comparison>>;
  terms: Record<string, Loaded<TermTable>>;
  /** Every link's conflict summary by link id (keyed by annotator), fetched on load and after each tag-set change. */
  summaries: Loaded<Record<string, ConflictSummary>> | null;
  /** What the last "Tag all as framing" did, by `${linkId}\u0000${term}`. */
  termResults: Record<string, string>;
  suggestions: Loaded<SuggestionView[]> | null;
  /** Suggestions accepted since they were loaded, by `${articleId}:${start}:${end}`. */
  accepted: string[];
  aligned: Loaded<AlignedPairView[]> | null;
  /** The analyst's annotations in every article, by id, loaded when a view needs articles that are not open. */
  own: Loaded<Record<string, Annotation>> | null;
  scroll: { seq: number; targets: ScrollTarget[] } | null;
  /** A call in flight that a button shows as busy (e.g. "accept:art:10:40"). */
  busy: string | null;
}

export function initialCompareState(): CompareState {
  return {
    picked: [],
    linkDialog: null,
    confirm: null,
    view: null,
    comparisons: {},
    terms: {},
    summaries: null,
    termResults: {},
    suggestions: null,
    accepted: [],
    aligned: null,
    own: null,
    scroll: null,
    busy: null,
  };
}

/** A value that is loading for `key`. */
export function loading<T>(key: string): Loaded<T> {
  return { key, status: 'loading', value: null, error: null };
}

/** The key of a span, for suggestion caches and accepted marks. */
export function spanKey(span: { articleId: string; start: number; end: number }): string {
  return `${span.articleId}:${span.start}:${span.end}`;
}
