import type { Highlight } from '../viewer';
import { CATEGORY_INFO } from './categories';

/** What hovering a highlight shows: tag, label, annotator and note of each highlight under the pointer. */
export function HighlightTooltip({ highlights, position }: { highlights: readonly Highlight[]; position: { left: number; top: number } }) {
  if (highlights.length === 0) return null;
  return (
    <div className="floating highlight-tooltip" role="tooltip" style={{ left: position.left, top: position.top }}>
      {highlights.map((h) => (
        <div key={h.id} className="tooltip-entry">
          <p className="tooltip-head">
            <span className={`cat-swatch cat-${h.category}`} aria-hidden="true" />
            <strong>{CATEGORY_INFO[h.category].name}</strong>
            {h.label && <span> · {h.label}</span>}
            <span className="tooltip-annotator"> · {h.annotator}</span>
          </p>
          {h.note && <p className="tooltip-note">{h.note}</p>}
        </div>
      ))}
    </div>
  );
}
