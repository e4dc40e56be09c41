import type { Category } from '../../shared/model';
import { CATEGORIES, CATEGORY_INFO } from './categories';

/**
 * The small toolbar under a selection: one button per category. Buttons keep
 * the text selection (mousedown would otherwise clear it before the click).
 */
export function TagToolbar({ position, onTag }: { position: { left: number; top: number }; onTag(category: Category): void }) {
  return (
    <div className="floating tag-toolbar" role="toolbar" aria-label="Tag the selection" style={{ left: position.left, top: position.top }}>
      {CATEGORIES.map((category) => (
        <button
          key={category}
          type="button"
          className={`tag-button cat-${category}`}
          aria-label={CATEGORY_INFO[category].name}
          aria-keyshortcuts={CATEGORY_INFO[category].key}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onTag(category)}
        >
          <span className="cat-swatch" aria-hidden="true" />
          {CATEGORY_INFO[category].name}
          <kbd aria-hidden="true">{CATEGORY_INFO[category].key}</kbd>
        </button>
      ))}
    </div>
  );
}
