import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ArticleView } from '../../shared/api';
import { ArticleViewer, type Highlight, type ViewerRect } from '../viewer';
import { handleSelectionKey } from './keyboard-selection';
import { diffHighlights, isEmptyDiff } from './state/highlight-diff';
import type { PaneRequest, Rect } from './state/workspace-state';

export interface ViewerPaneProps {
  pane: number;
  article: ArticleView;
  highlights: readonly Highlight[];
  activeId: string | null;
  /** Highlights to mark as partners of the linked span active or hovered in the other pane. */
  partners: readonly string[];
  /** The span the partners belong to: a new active one brings them into view at once, a hovered one once the pointer rests. */
  partnersOf: { id: string; hovered: boolean } | null;
  /** Highlights picked for the next link. */
  picked: readonly string[];
  hideBoilerplate: boolean;
  scrollRequest: PaneRequest | null;
  focusRequest: PaneRequest | null;
  clearSelectionRequest: PaneRequest | null;
  /** The element that scrolls the article; rects are reported relative to its content. */
  scroller: React.RefObject<HTMLElement | null>;
  onSelect(selection: { start: number; end: number; text: string; rect: Rect } | null): void;
  onHighlightClick(id: string): void;
  onHover(info: { ids: string[]; rect: Rect } | null): void;
  onLinkClick(href: string): void;
}

/** How long the pointer rests on a linked span before the other pane scrolls to its partners. */
const HOVER_REVEAL_MS = 250;

/** A viewport rectangle in the coordinates of the scroller's content, so overlays scroll with the text. */
function toContentRect(rect: ViewerRect, scroller: HTMLElement | null): Rect {
  if (!scroller) return rect;
  const box = scroller.getBoundingClientRect();
  const dx = scroller.scrollLeft - box.left;
  const dy = scroller.scrollTop - box.top;
  return { left: rect.left + dx, right: rect.right + dx, top: rect.top + dy, bottom: rect.bottom + dy };
}

/**
 * Hosts one ArticleViewer for the life of the pane. Article changes call
 * setArticle; highlight changes reach it as add/remove/update diffs, never
 * as a rebuild.
 */
export function ViewerPane(props: ViewerPaneProps) {
  const mountRef = useRef<HTMLDivElement>(null);
  const viewerRef = useRef<ArticleViewer | null>(null);
  const shownRef = useRef<{ articleId: string | null; highlights: Map<string, Highlight> }>({ articleId: null, highlights: new Map() });
  const propsRef = useRef(props);
  propsRef.current = props;

  useLayoutEffect(() => {
    const mount = mountRef.current;
    if (!mount) return;
    const viewer = new ArticleViewer(mount, {
      onSelect: (sel) => {
        const { onSelect, scroller } = propsRef.current;
        onSelect(sel ? { ...sel, rect: toContentRect(sel.rect, scroller.current) } : null);
      },
      onHighlightClick: (id) => propsRef.current.onHighlightClick(id),
      onHover: (info) => {
        const { onHover, scroller } = propsRef.current;
        onHover(info ? { ids: info.ids, rect: toContentRect(info.rect, scroller.current) } : null);
      },
      onLinkClick: (href) => propsRef.current.onLinkClick(href),
    });
    viewerRef.current = viewer;
    shownRef.current = { articleId: null, highlights: new Map() };
    return () => {
      viewer.destroy();
      viewerRef.current = null;
    };
  }, []);

  const { article, highlights, activeId, partners, partnersOf, picked, hideBoilerplate } = props;

  // One effect for article and highlights, so a new article is never diffed against the old one's highlights.
  useLayoutEffect(() => {
    const viewer = viewerRef.current;
    if (!viewer) return;
    const shown = shownRef.current;
    if (shown.articleId !== article.id) {
      // The marks go into the one build of the new article's decorations.
      const marks = propsRef.current;
      const active = marks.activeId && highlights.some((h) => h.id === marks.activeId) ? marks.activeId : null;
      viewer.setArticle(article.doc, [...highlights], { active, partners: marks.partners, picked: marks.picked });
      shownRef.current = { articleId: article.id, highlights: new Map(highlights.map((h) => [h.id, h])) };
      return;
    }
    const diff = diffHighlights(shown.highlights, highlights);
    if (isEmptyDiff(diff)) return;
    viewer.removeHighlights(diff.removed);
    viewer.addHighlights(diff.added);
    for (const h of diff.updated) viewer.updateHighlight(h);
    shownRef.current = { articleId: article.id, highlights: new Map(highlights.map((h) => [h.id, h])) };
  }, [article, highlights]);

  useEffect(() => {
    const shown = shownRef.current.highlights;
    viewerRef.current?.setActive(activeId && shown.has(activeId) ? activeId : null);
  }, [activeId, highlights]);

  useEffect(() => {
    viewerRef.current?.setPartners(partners);
    viewerRef.current?.setPicked(picked);
  }, [partners, picked, highlights]);

  // A newly active span brings its partners into view once; when a hover
  // ends and the partners of the active span come back, they stay where they are.
  const revealedForActive = useRef<string | null>(null);
  const sourceId = partnersOf?.id ?? null;
  const sourceHovered = partnersOf?.hovered ?? false;
  useEffect(() => {
    const reveal = () => viewerRef.current?.revealPartners(propsRef.current.scroller.current?.getBoundingClientRect());
    if (sourceId === null) {
      revealedForActive.current = null;
      return;
    }
    if (sourceHovered) {
      const timer = window.setTimeout(reveal, HOVER_REVEAL_MS);
      return () => window.clearTimeout(timer);
    }
    if (revealedForActive.current === sourceId) return;
    revealedForActive.current = sourceId;
    reveal();
  }, [sourceId, sourceHovered]);

  useEffect(() => {
    viewerRef.current?.setBoilerplateHidden(hideBoilerplate);
  }, [hideBoilerplate]);

  const scrollSeq = props.scrollRequest?.seq;
  useEffect(() => {
    const request = propsRef.current.scrollRequest;
    if (!request?.id || !shownRef.current.highlights.has(request.id)) return;
    viewerRef.current?.scrollToHighlight(request.id);
  }, [scrollSeq]);

  const focusSeq = props.focusRequest?.seq;
  useEffect(() => {
    const { focusRequest, pane } = propsRef.current;
    if (!focusRequest || focusRequest.pane !== pane) return;
    mountRef.current?.querySelector<HTMLElement>('.article-viewer')?.focus({ preventScroll: true });
  }, [focusSeq]);

  const clearSeq = props.clearSelectionRequest?.seq;
  useEffect(() => {
    const { clearSelectionRequest, pane } = propsRef.current;
    const viewer = viewerRef.current;
    if (!viewer || !clearSelectionRequest || clearSelectionRequest.pane !== pane) return;
    const selection = viewer.selection();
    // Collapse to the end, so Shift+arrows carry on from where the tag ended.
    if (selection) viewer.selectRange(selection.end, selection.end);
  }, [clearSeq]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const mount = mountRef.current;
    if (!mount) return;
    const top = props.scroller.current?.getBoundingClientRect().top ?? 0;
    if (handleSelectionKey(mount, event.nativeEvent, top)) {
      event.preventDefault();
      // At once, not on the next selectionchange: a highlight update in between would undo the move.
      viewerRef.current?.syncSelectionFromDOM();
    }
  };

  return <div ref={mountRef} className="viewer-mount" onKeyDown={onKeyDown} />;
}
