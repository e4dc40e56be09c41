import { useCallback, useMemo, useRef, useState } from 'react';
import type { Highlight } from '../viewer';
import { ArticleMeta } from './article-meta';
import { withoutHidden } from './state/workspace-selectors';
import { Upload } from 'lucide-react';
import { ArticlePicker } from './article-picker';
import { useDomCommands } from './dom-commands';
import { openExternal } from './external-link';
import { HighlightTooltip } from './highlight-tooltip';
import { LabelPicker } from './label-picker';
import { aboveSpan, belowSpan } from './overlay-position';
import { linkedIds, toHighlight } from './state/highlight-diff';
import { hoveredLinkedElsewhere, partnersIn } from './state/partners';
import type { Rect } from './state/workspace-state';
import { TagToolbar } from './tag-toolbar';
import { ViewerPane } from './viewer-pane';
import { useActions, useWorkspaceState } from './workspace-context';
import { useMarkedIds } from './workspace-slots';

const NO_ANNOTATIONS: never[] = [];

/** One article column: its picker (in split view), the meta line, the text, and the overlays on it. */
export function ArticlePane({ pane, split }: { pane: number; split: boolean }) {
  const actions = useActions();
  const articleId = useWorkspaceState((s) => s.panes[pane]?.articleId ?? null);
  const article = useWorkspaceState((s) => (articleId ? s.views[articleId] : undefined));
  const loaded = useWorkspaceState((s) => (articleId ? s.annotations[articleId] : undefined)) ?? NO_ANNOTATIONS;
  const hiddenAnnotators = useWorkspaceState((s) => s.hiddenAnnotators);
  const annotations = useMemo(() => withoutHidden(loaded, hiddenAnnotators), [loaded, hiddenAnnotators]);
  const codebook = useWorkspaceState((s) => s.study?.codebook);
  const links = useWorkspaceState((s) => s.links);
  const activeId = useWorkspaceState((s) => s.activeId);
  const hoveredElsewhere = useWorkspaceState((s) => hoveredLinkedElsewhere(s, pane));
  const picked = useMarkedIds();
  const hideBoilerplate = useWorkspaceState((s) => s.hideBoilerplate);
  const scrollRequest = useWorkspaceState((s) => s.scrollRequest);
  const focusRequest = useWorkspaceState((s) => s.focusRequest);
  const clearSelectionRequest = useWorkspaceState((s) => s.clearSelectionRequest);
  const selection = useWorkspaceState((s) => (s.selection?.pane === pane ? s.selection : null));
  const tagging = useWorkspaceState((s) => (s.tagging?.pane === pane ? s.tagging : null));
  const focused = useWorkspaceState((s) => s.focusedPane === pane);
  const scroller = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<{ ids: string[]; rect: Rect } | null>(null);

  const highlights = useMemo<Highlight[]>(() => {
    const linked = linkedIds(links);
    return annotations.map((a) => toHighlight(a, codebook, linked));
  }, [annotations, codebook, links]);
  const hovered = useMemo(() => (hover ? highlights.filter((h) => hover.ids.includes(h.id)) : []), [hover, highlights]);
  // Split view: a linked span hovered in the other pane shows its partners here; else the active annotation's do.
  const { partners, partnersOf } = useMemo(() => {
    const forHover = partnersIn(links, annotations, hoveredElsewhere);
    if (hoveredElsewhere && forHover.length) return { partners: forHover, partnersOf: { id: hoveredElsewhere, hovered: true } };
    const forActive = partnersIn(links, annotations, activeId);
    if (activeId && forActive.length) return { partners: forActive, partnersOf: { id: activeId, hovered: false } };
    return { partners: NO_ANNOTATIONS, partnersOf: null };
  }, [links, annotations, hoveredElsewhere, activeId]);
  const onHover = useCallback(
    (info: { ids: string[]; rect: Rect } | null) => {
      setHover(info);
      actions.setHover(pane, info?.ids ?? null);
    },
    [actions, pane],
  );

  const onSelect = useCallback(
    (sel: { start: number; end: number; text: string; rect: Rect } | null) => {
      setHover(null);
      actions.setSelection(sel ? { pane, ...sel } : null);
    },
    [actions, pane],
  );
  const onHighlightClick = useCallback((id: string) => actions.setActive(id, false), [actions]);

  const width = scroller.current?.clientWidth ?? 600;
  const side = pane === 0 ? 'left' : 'right';

  return (
    <section
      className={`article-pane${focused && split ? ' focused' : ''}`}
      aria-label={article ? `${split ? `${side} pane: ` : ''}${article.title}` : `${side} pane`}
      onFocusCapture={() => actions.focusPane(pane)}
      onMouseDownCapture={() => actions.focusPane(pane)}
    >
      {split && <ArticlePicker pane={pane} label={`Article in the ${side} pane`} />}
      <div className="pane-scroll" ref={scroller} onScroll={() => hover && setHover(null)}>
        {!articleId && <PaneEmpty />}
        {articleId && !article && <p className="pane-loading">Opening the article…</p>}
        {article && (
          <div className="pane-content">
            <ArticleMeta article={article} onOpenLink={openExternal} />
            <ViewerPane
              pane={pane}
              article={article}
              highlights={highlights}
              activeId={activeId}
              partners={partners}
              partnersOf={partnersOf}
              picked={picked}
              hideBoilerplate={hideBoilerplate}
              scrollRequest={scrollRequest}
              focusRequest={focusRequest}
              clearSelectionRequest={clearSelectionRequest}
              scroller={scroller}
              onSelect={onSelect}
              onHighlightClick={onHighlightClick}
              onHover={onHover}
              onLinkClick={openExternal}
            />
            {selection && !tagging && <TagToolbar position={belowSpan(selection.rect, width, 170)} onTag={(c) => void actions.tag(c)} />}
            {tagging && codebook && (
              <LabelPicker
                key={tagging.annotationId}
                category={tagging.category}
                labels={codebook[tagging.category]}
                position={belowSpan(tagging.rect, width, 150)}
                onPick={(label) => void actions.finishTagging(label)}
              />
            )}
            {hover && !selection && !tagging && <HighlightTooltip highlights={hovered} position={aboveSpan(hover.rect, width, 170)} />}
          </div>
        )}
      </div>
    </section>
  );
}

function PaneEmpty() {
  const hasArticles = useWorkspaceState((s) => s.articles.length > 0);
  const { openFilePicker } = useDomCommands();
  return (
    <div className="empty-state pane-empty">
      {hasArticles ? (
        <p>Pick an article from the list on the left.</p>
      ) : (
        <>
          <p className="empty-title">No articles yet</p>
          <p>Import a file with “Import articles” (Ctrl+O), or drop .txt, .md or .html files anywhere on this window.</p>
          <button type="button" className="button primary" onClick={openFilePicker}>
            <Upload aria-hidden="true" size={16} />
            Import articles
          </button>
        </>
      )}
    </div>
  );
}
