import { Trash } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { Annotation, CodebookLabel } from '../../shared/model';
import { CategoryChip } from './category-chip';

export interface AnnotationCardProps {
  annotation: Annotation;
  labelName: string | undefined;
  labels: readonly CodebookLabel[];
  active: boolean;
  /** Whether this is the current annotator's own annotation (others' are read-only). */
  editable: boolean;
  onActivate(): void;
  onEdit(patch: { label?: string | null; note?: string }): void;
  onDelete(): void;
  /** Copies a teammate's annotation into my tag set; absent for my own (or when nobody is annotating yet). */
  onAdopt?: (() => void) | undefined;
}

/**
 * One annotation in the panel. The quote button makes it active and scrolls
 * the text to it; the active card opens its label and note for editing.
 */
export function AnnotationCard({ annotation, labelName, labels, active, editable, onActivate, onEdit, onDelete, onAdopt }: AnnotationCardProps) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return (
    <li ref={ref} className={active ? 'annotation-card active' : 'annotation-card'} aria-current={active ? 'true' : undefined} data-annotation-card={annotation.id}>
      <div className="card-head">
        <CategoryChip category={annotation.category} />
        <span className={labelName ? 'card-label' : 'card-label none'}>{labelName ?? 'No label'}</span>
        {editable ? (
          <span className="card-annotator">{annotation.annotator}</span>
        ) : (
          <span className="card-owner" title="A teammate's annotation: read-only here; adopt it to make a copy of your own">
            {annotation.annotator}’s
          </span>
        )}
        {!editable && onAdopt && (
          <button type="button" className="button small" onClick={onAdopt} aria-label={`Adopt ${annotation.annotator}'s annotation into my tag set`}>
            Adopt
          </button>
        )}
        {editable && (
          <button type="button" className="icon-button small" aria-label="Delete annotation" title="Delete annotation (Delete)" onClick={onDelete}>
            <Trash aria-hidden="true" size={15} />
          </button>
        )}
      </div>
      <button type="button" className="card-quote" onClick={onActivate} aria-label={`Show in text: ${annotation.quote.exact}`}>
        <span className="quote-mark" aria-hidden="true">“</span>
        {annotation.quote.exact}
        <span className="quote-mark" aria-hidden="true">”</span>
      </button>
      {active && editable ? (
        <CardEditor annotation={annotation} labels={labels} onEdit={onEdit} />
      ) : (
        annotation.note && <p className="card-note">{annotation.note}</p>
      )}
    </li>
  );
}

function CardEditor({ annotation, labels, onEdit }: Pick<AnnotationCardProps, 'annotation' | 'labels' | 'onEdit'>) {
  const [note, setNote] = useState(annotation.note);
  // A note changed elsewhere (undo, another pane) replaces the draft.
  useEffect(() => setNote(annotation.note), [annotation.note]);
  const saveNote = () => {
    if (note !== annotation.note) onEdit({ note });
  };
  const groups = [...new Set(labels.map((l) => l.group ?? ''))];
  return (
    <div className="card-editor">
      <label className="field">
        <span className="field-name">Label</span>
        <select value={annotation.label ?? ''} onChange={(e) => onEdit({ label: e.target.value || null })}>
          <option value="">No label</option>
          {groups.map((group) =>
            group ? (
              <optgroup key={group} label={group}>
                {labels.filter((l) => l.group === group).map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </optgroup>
            ) : (
              labels.filter((l) => !l.group).map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))
            ),
          )}
        </select>
      </label>
      <label className="field">
        <span className="field-name">Note</span>
        <textarea
          value={note}
          rows={3}
          placeholder="Add a note (saved when you leave the field)"
          onChange={(e) => setNote(e.target.value)}
          onBlur={saveNote}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              saveNote();
            } else if (e.key === 'Escape') {
              setNote(annotation.note);
              e.currentTarget.blur();
            }
          }}
        />
      </label>
    </div>
  );
}
