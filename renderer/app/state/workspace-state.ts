import type { ArticleSummary, ArticleView, StudySummary } from '../../../shared/api';
import type { Annotation, Category, Link } from '../../../shared/model';
import { emptyStack, type UndoStack } from './undo-stack';
import type { UndoEntry } from './undo-entries';

/** A rectangle in viewport coordinates (from the viewer's selection or hover). */
export interface Rect {
  left: number;
  top: number;
  bottom: number;
  right: number;
}

/** The text selected in one pane, as offsets into that article's canonical text. */
export interface PaneSelection {
  pane: number;
  start: number;
  end: number;
  text: string;
  rect: Rect;
}

/** An annotation just made, waiting for the analyst to pick a codebook label (or skip). */
export interface Tagging {
  pane: number;
  annotationId: string;
  category: Category;
  rect: Rect;
}

export interface Filters {
  /** Categories shown; empty means all. */
  categories: Category[];
  /** Codebook label id, or null for any. */
  label: string | null;
  /** Annotator name, or null for everyone. */
  annotator: string | null;
}

export type Dialog = 'annotator' | 'palette' | 'keys' | null;

export interface Notice {
  tone: 'error' | 'info';
  message: string;
  /** A damaged study file that has a last good version to restore. */
  restoreFile?: string;
  /** Changes with every notice so the same message shown twice is announced twice. */
  seq: number;
}

export interface ImportResult {
  fileName: string;
  ok: boolean;
  message: string;
}

export interface ImportProgress {
  total: number;
  done: number;
  current: string | null;
  results: ImportResult[];
  running: boolean;
}

/** A one-shot request to a pane (scroll to a highlight, focus the text, drop the text selection). */
export interface PaneRequest {
  seq: number;
  pane: number | null;
  id?: string;
}

export interface WorkspaceState {
  phase: 'loading' | 'ready' | 'failed';
  study: StudySummary | null;
  articles: ArticleSummary[];
  views: Record<string, ArticleView>;
  /** Every annotator's annotations of each loaded article, by article id. */
  annotations: Record<string, Annotation[]>;
  links: Link[];
  /** One pane, or two in split view; each shows one article. */
  panes: { articleId: string | null }[];
  focusedPane: number;
  activeId: string | null;
  /** The highlights under the pointer in one pane, innermost first; split view marks their partners in the other pane. */
  hover: { pane: number; ids: string[] } | null;
  selection: PaneSelection | null;
  tagging: Tagging | null;
  filters: Filters;
  search: string;
  hideBoilerplate: boolean;
  /** Teammates whose highlights are hidden in the text and the panel. */
  hiddenAnnotators: string[];
  dialog: Dialog;
  notice: Notice | null;
  imports: ImportProgress | null;
  undo: UndoStack<UndoEntry>;
  scrollRequest: PaneRequest | null;
  focusRequest: PaneRequest | null;
  clearSelectionRequest: PaneRequest | null;
}

export function initialState(): WorkspaceState {
  return {
    phase: 'loading',
    study: null,
    articles: [],
    views: {},
    annotations: {},
    links: [],
    panes: [{ articleId: null }],
    focusedPane: 0,
    activeId: null,
    hover: null,
    selection: null,
    tagging: null,
    filters: { categories: [], label: null, annotator: null },
    search: '',
    hideBoilerplate: false,
    hiddenAnnotators: [],
    dialog: null,
    notice: null,
    imports: null,
    undo: emptyStack<UndoEntry>(),
    scrollRequest: null,
    focusRequest: null,
    clearSelectionRequest: null,
  };
}
