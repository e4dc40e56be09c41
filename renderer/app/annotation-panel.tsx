import { useMemo } from 'react';
import { AnnotationCard } from './annotation-card';
import { AnnotationFilters } from './annotation-filters';
import { annotatorsOf, filterAnnotations, withoutHidden, filtersActive, focusedArticleId, labelName, labelsUsed } from './state/workspace-selectors';
import { useActions, useWorkspaceState } from './workspace-context';
import { confirmDeleteBySlots, SlotPanelSections, useSlots } from './workspace-slots';

const NONE: never[] = [];

/** The right column: the focused article's annotations, with filters. */
export function AnnotationPanel() {
  const slots = useSlots();
  const actions = useActions();
  const articleId = useWorkspaceState(focusedArticleId);
  const title = useWorkspaceState((s) => (articleId ? s.views[articleId]?.title : undefined));
  const loaded = useWorkspaceState((s) => (articleId ? s.annotations[articleId] : undefined)) ?? NONE;
  const hiddenAnnotators = useWorkspaceState((s) => s.hiddenAnnotators);
  const annotations = useMemo(() => withoutHidden(loaded, hiddenAnnotators), [loaded, hiddenAnnotators]);
  const filters = useWorkspaceState((s) => s.filters);
  const codebook = useWorkspaceState((s) => s.study?.codebook);
  const me = useWorkspaceState((s) => s.study?.annotator ?? null);
  const knownAnnotators = useWorkspaceState((s) => s.study?.annotators) ?? NONE;
  const activeId = useWorkspaceState((s) => s.activeId);

  const shown = useMemo(() => filterAnnotations(annotations, filters), [annotations, filters]);
  const labels = useMemo(() => labelsUsed(annotations, codebook), [annotations, codebook]);
  const annotators = useMemo(() => annotatorsOf(annotations, knownAnnotators), [annotations, knownAnnotators]);
  const narrowed = filtersActive(filters);

  return (
    <aside className="annotation-panel" aria-labelledby="panel-heading">
      <div className="panel-head">
        <h2 id="panel-heading" className="panel-title">
          Annotations
        </h2>
        <span className="panel-count" aria-live="polite">
          {narrowed ? `${shown.length} of ${annotations.length}` : annotations.length}
        </span>
      </div>
      {title && <p className="panel-subtitle">{title}</p>}
      {annotations.length > 0 && (
        <AnnotationFilters filters={filters} labels={labels} annotators={annotators} codebook={codebook} onChange={actions.setFilters} />
      )}
      {!articleId && <p className="empty-state">Open an article to see its annotations.</p>}
      {articleId && annotations.length === 0 && (
        <div className="empty-state">
          <p className="empty-title">No annotations yet</p>
          <p>Select text and press 1, 2 or 3 to tag it.</p>
        </div>
      )}
      {annotations.length > 0 && shown.length === 0 && (
        <div className="empty-state">
          <p>No annotations match these filters.</p>
          <button type="button" className="button" onClick={actions.clearFilters}>
            Clear filters
          </button>
        </div>
      )}
      {shown.length > 0 && (
        <ol className="annotation-list" aria-label="Annotations in this article">
          {shown.map((a) => (
            <AnnotationCard
              key={a.id}
              annotation={a}
              labelName={labelName(codebook, a.category, a.label)}
              labels={codebook?.[a.category] ?? NONE}
              active={a.id === activeId}
              editable={a.annotator === me}
              onActivate={() => actions.setActive(a.id)}
              onEdit={(patch) => void actions.editAnnotation(a.id, patch)}
              onDelete={() => confirmDeleteBySlots(slots, a.id, () => void actions.deleteAnnotation(a.id))}
              onAdopt={me ? () => void actions.adopt(a.id) : undefined}
            />
          ))}
        </ol>
      )}
      <div className="panel-sections">
        <SlotPanelSections />
      </div>
    </aside>
  );
}
