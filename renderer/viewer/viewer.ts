import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { EditorView, type Decoration } from 'prosemirror-view';
import type { DocNode } from '../../shared/model';
import { docFromJSON, posToOffset, rangeToPositions } from '../../shared/text';
import { highlightKey, highlightPlugin, highlightState, type Highlight, type HighlightMeta, type InitialMarks } from './highlights';

/** A screen rectangle in viewport coordinates. */
export interface ViewerRect {
  left: number;
  top: number;
  bottom: number;
  right: number;
}

/** A selection as canonical text offsets plus its text. */
export interface TextSelectionInfo {
  start: number;
  end: number;
  text: string;
}

/** What the viewer reports to its host (a React wrapper, a test). */
export interface ViewerCallbacks {
  /** The text selection changed; null when it collapsed. */
  onSelect?(sel: (TextSelectionInfo & { rect: ViewerRect }) | null): void;
  /** A highlight was clicked (innermost one under the pointer). */
  onHighlightClick?(id: string): void;
  /** The pointer moved onto other highlights (ids innermost first) or off all of them (null). */
  onHover?(info: { ids: string[]; rect: ViewerRect } | null): void;
  /** A link was clicked; the viewer never navigates. */
  onLinkClick?(href: string): void;
}

const EMPTY_DOC: DocNode = { type: 'doc', content: [{ type: 'paragraph' }] };

/** Whether a list holds exactly the ids of a set (in any order, duplicates aside). */
function sameIds(set: ReadonlySet<string>, ids: readonly string[]): boolean {
  const unique = new Set(ids);
  return unique.size === set.size && [...unique].every((id) => set.has(id));
}

function toRect(r: DOMRect): ViewerRect {
  return { left: r.left, top: r.top, bottom: r.bottom, right: r.right };
}

/** Highlight ids from `target` up to `root`, innermost first. */
function highlightIdsAt(target: EventTarget | null, root: HTMLElement): { ids: string[]; innermost: HTMLElement | null } {
  const ids: string[] = [];
  let innermost: HTMLElement | null = null;
  let node = target instanceof Node ? target : null;
  for (; node && node !== root; node = node.parentNode) {
    if (!(node instanceof HTMLElement)) continue;
    const id = node.getAttribute('data-annotation-id');
    if (id === null) continue;
    innermost ??= node;
    ids.push(id);
  }
  return { ids, innermost };
}

/**
 * A read-only article viewer over prosemirror-view: text stays selectable,
 * links never navigate, highlights are decorations kept by the highlight
 * plugin. Framework-free so a React wrapper can own it through a ref.
 */
export class ArticleViewer {
  /** The underlying view; exposed for tests. */
  readonly view: EditorView;
  private readonly callbacks: ViewerCallbacks;
  private boilerplateHidden = false;
  private lastSelectKey = '';
  private lastHoverKey = '';

  constructor(mount: HTMLElement, callbacks: ViewerCallbacks = {}) {
    this.callbacks = callbacks;
    this.view = new EditorView(mount, {
      state: ArticleViewer.createState(EMPTY_DOC, []),
      editable: () => false,
      // No aria-readonly: ARIA does not allow it on role document or article
      // (axe reports a critical violation); contenteditable=false already
      // tells assistive tech the text cannot be edited.
      attributes: () => ({
        class: this.boilerplateHidden ? 'article-viewer hide-boilerplate' : 'article-viewer',
        tabindex: '0',
        role: 'document',
        'aria-label': 'Article text',
      }),
      dispatchTransaction: (tr) => this.dispatch(tr),
      handleDOMEvents: {
        click: (_view, event) => this.onClick(event),
        auxclick: (_view, event) => this.onAuxClick(event),
        mouseover: (_view, event) => this.onPointer(event.target),
        mouseleave: () => this.onPointer(null),
      },
    });
  }

  private static createState(doc: DocNode, highlights: readonly Highlight[], marks: InitialMarks = {}): EditorState {
    return EditorState.create({ doc: docFromJSON(doc), plugins: [highlightPlugin(highlights, marks)] });
  }

  /**
   * Opens an article; its highlight decorations, with the marks given, are
   * built once, in one DecorationSet.create. Throws a RangeError for a doc
   * the schema rejects.
   */
  setArticle(doc: DocNode, highlights: Highlight[], marks: InitialMarks = {}): void {
    this.view.updateState(ArticleViewer.createState(doc, highlights, marks));
    this.lastHoverKey = '';
    this.reportSelection();
  }

  /** Adds highlights (an existing id is replaced). */
  addHighlights(highlights: Highlight[]): void {
    if (highlights.length) this.applyMeta({ add: highlights });
  }

  /** Removes highlights by id; unknown ids are ignored. */
  removeHighlights(ids: string[]): void {
    if (ids.length) this.applyMeta({ remove: ids });
  }

  /** Replaces one highlight (range, category, flags) in a single transaction. */
  updateHighlight(highlight: Highlight): void {
    this.applyMeta({ remove: [highlight.id], add: [highlight] });
  }

  /** Marks one highlight as active (null: none). */
  setActive(id: string | null): void {
    if (highlightState(this.view.state).active !== id) this.applyMeta({ active: id });
  }

  /** The active highlight id, if any. */
  activeId(): string | null {
    return highlightState(this.view.state).active;
  }

  /** Marks the partners of a linked span shown elsewhere (class hl-partner); replaces the previous ones. */
  setPartners(ids: readonly string[]): void {
    if (!sameIds(highlightState(this.view.state).partners, ids)) this.applyMeta({ partners: ids });
  }

  /** Marks the annotations picked for the next link (class hl-picked); replaces the previous ones. */
  setPicked(ids: readonly string[]): void {
    if (!sameIds(highlightState(this.view.state).picked, ids)) this.applyMeta({ picked: ids });
  }

  /** Scrolls the first segment of a highlight into view and makes it active. */
  scrollToHighlight(id: string): void {
    const target = this.firstSegment(id);
    if (!target) return;
    this.setActive(id);
    target.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  /**
   * Scrolls the first partner (in reading order) into view when its first
   * line is outside `bounds` (default: the window). Leaves the focus and the
   * active mark alone, so the analyst keeps working in the other pane.
   * Returns whether it scrolled.
   */
  revealPartners(bounds?: ViewerRect): boolean {
    const { partners, index } = highlightState(this.view.state);
    let first: { id: string; from: number } | null = null;
    for (const id of partners) {
      const from = index.get(id)?.decorations.reduce((min, d) => Math.min(min, d.from), Infinity) ?? Infinity;
      if (from < (first?.from ?? Infinity)) first = { id, from };
    }
    const target = first ? this.firstSegment(first.id) : null;
    if (!target) return false;
    const view = bounds ?? { left: 0, right: window.innerWidth, top: 0, bottom: window.innerHeight };
    const line = target.getClientRects()[0] ?? target.getBoundingClientRect();
    if (line.top >= view.top && line.bottom <= view.bottom) return false;
    target.scrollIntoView({ block: 'center', inline: 'nearest' });
    return true;
  }

  /** The current selection as canonical offsets and text, or null when it is empty. */
  selection(): TextSelectionInfo | null {
    const { from, to } = this.view.state.selection;
    if (from === to) return null;
    const { canonical } = highlightState(this.view.state);
    const start = posToOffset(canonical.blocks, from);
    const end = posToOffset(canonical.blocks, to);
    if (start >= end) return null;
    return { start, end, text: canonical.text.slice(start, end) };
  }

  /**
   * Takes the DOM selection into the editor state now. Code that moves the
   * DOM selection itself (keyboard selection in read-only text) calls this,
   * because ProseMirror reads a selection change only later, and any
   * transaction dispatched before then (a highlight update) would draw the
   * old selection back over the new one.
   */
  syncSelectionFromDOM(): void {
    const dom = this.view.dom;
    const sel = dom.ownerDocument.getSelection();
    if (!sel || !sel.anchorNode || !sel.focusNode || !dom.contains(sel.anchorNode) || !dom.contains(sel.focusNode)) return;
    const doc = this.view.state.doc;
    const anchor = this.view.posAtDOM(sel.anchorNode, sel.anchorOffset);
    const head = this.view.posAtDOM(sel.focusNode, sel.focusOffset);
    const current = this.view.state.selection;
    if (current.anchor === anchor && current.head === head) return;
    this.view.dispatch(this.view.state.tr.setSelection(TextSelection.between(doc.resolve(anchor), doc.resolve(head))));
  }

  /** Selects a canonical text range (clamped to the text) and shows it as the DOM selection. */
  selectRange(start: number, end: number): void {
    const { canonical } = highlightState(this.view.state);
    const length = canonical.text.length;
    const lo = Math.max(0, Math.min(start, end, length));
    const hi = Math.max(0, Math.min(Math.max(start, end), length));
    const { from, to } = rangeToPositions(canonical.blocks, lo, hi);
    const doc = this.view.state.doc;
    this.view.dispatch(this.view.state.tr.setSelection(TextSelection.create(doc, from, Math.max(from, to))));
    this.showSelectionInDOM();
  }

  /** Hides or shows boilerplate blocks (the `hide-boilerplate` class). */
  setBoilerplateHidden(hidden: boolean): void {
    if (hidden === this.boilerplateHidden) return;
    this.boilerplateHidden = hidden;
    this.view.setProps({});
  }

  /** Ids of all highlights shown, in document order; for tests and debugging. */
  highlightIds(): string[] {
    const entries = [...highlightState(this.view.state).index.entries()];
    const firstPos = (i: number): number => entries[i]![1].decorations[0]?.from ?? 0;
    return entries
      .map((_, i) => i)
      .sort((a, b) => firstPos(a) - firstPos(b) || (entries[a]![0] < entries[b]![0] ? -1 : 1))
      .map((i) => entries[i]![0]);
  }

  /** Tears the view down; the viewer must not be used afterwards. */
  destroy(): void {
    this.view.destroy();
  }

  /** The span that draws the first segment of a highlight, or null when it is not shown. */
  private firstSegment(id: string): HTMLElement | null {
    const entry = highlightState(this.view.state).index.get(id);
    const first = entry?.decorations.reduce<Decoration | undefined>((a, d) => (a && a.from <= d.from ? a : d), undefined);
    if (!first) return null;
    const { node } = this.view.domAtPos(first.from + 1);
    let el: Node | null = node;
    while (el && !(el instanceof HTMLElement && el.getAttribute('data-annotation-id') === id) && el !== this.view.dom) {
      el = el.parentNode;
    }
    return el instanceof HTMLElement && el !== this.view.dom ? el : null;
  }

  private applyMeta(meta: HighlightMeta): void {
    this.view.dispatch(this.view.state.tr.setMeta(highlightKey, meta));
  }

  private dispatch(tr: Transaction): void {
    const before = this.view.state.selection;
    this.view.updateState(this.view.state.apply(tr));
    if (!this.view.state.selection.eq(before)) this.reportSelection();
  }

  // Reports only real changes: ProseMirror re-reads the DOM selection often.
  private reportSelection(): void {
    const sel = this.selection();
    const key = sel ? `${sel.start}:${sel.end}` : '';
    if (key === this.lastSelectKey) return;
    this.lastSelectKey = key;
    if (!this.callbacks.onSelect) return;
    if (!sel) {
      this.callbacks.onSelect(null);
      return;
    }
    this.callbacks.onSelect({ ...sel, rect: this.selectionRect() });
  }

  private selectionRect(): ViewerRect {
    const { from, to } = this.view.state.selection;
    const start = this.view.domAtPos(from);
    const end = this.view.domAtPos(to);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return toRect(range.getBoundingClientRect());
  }

  // In a non-editable view ProseMirror only draws the selection into the DOM
  // when the DOM selection is already inside it, so programmatic selections
  // would stay invisible; set it here.
  private showSelectionInDOM(): void {
    const domSel = this.view.dom.ownerDocument.getSelection();
    if (!domSel) return;
    const { anchor, head } = this.view.state.selection;
    const a = this.view.domAtPos(anchor);
    const h = this.view.domAtPos(head);
    domSel.setBaseAndExtent(a.node, a.offset, h.node, h.offset);
  }

  private onClick(event: MouseEvent): boolean {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (link && this.view.dom.contains(link)) {
      event.preventDefault();
      this.callbacks.onLinkClick?.(link.getAttribute('href') ?? '');
      return true;
    }
    // The click that ends a drag-selection is not a click on a highlight.
    if (!this.view.state.selection.empty) return false;
    const { ids } = highlightIdsAt(event.target, this.view.dom);
    if (ids[0] !== undefined) this.callbacks.onHighlightClick?.(ids[0]);
    return false;
  }

  // Middle-click would open a link in a new window; links never navigate.
  private onAuxClick(event: MouseEvent): boolean {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link) return false;
    event.preventDefault();
    return true;
  }

  private onPointer(target: EventTarget | null): boolean {
    if (!this.callbacks.onHover) return false;
    const { ids, innermost } = highlightIdsAt(target, this.view.dom);
    const key = ids.join(' ');
    if (key === this.lastHoverKey) return false;
    this.lastHoverKey = key;
    this.callbacks.onHover(innermost ? { ids, rect: toRect(innermost.getBoundingClientRect()) } : null);
    return false;
  }
}
