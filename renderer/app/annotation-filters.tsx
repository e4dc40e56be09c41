import type { Codebook, Category } from '../../shared/model';
import { CATEGORIES, CATEGORY_INFO } from './categories';
import type { Filters } from './state/workspace-state';

export interface AnnotationFiltersProps {
  filters: Filters;
  /** Label ids used in this article, by category, for the label filter. */
  labels: { category: Category; id: string }[];
  annotators: string[];
  codebook: Codebook | undefined;
  onChange(patch: Partial<Filters>): void;
}

/** Category toggles and label / annotator choosers for the annotation list. */
export function AnnotationFilters({ filters, labels, annotators, codebook, onChange }: AnnotationFiltersProps) {
  const toggle = (category: Category) =>
    onChange({
      categories: filters.categories.includes(category) ? filters.categories.filter((c) => c !== category) : [...filters.categories, category],
    });
  const nameOf = (category: Category, id: string) => codebook?.[category].find((l) => l.id === id)?.name ?? id;
  return (
    <div className="filters" role="group" aria-label="Filter annotations">
      <div className="filter-categories">
        {CATEGORIES.map((c) => (
          <button
            key={c}
            type="button"
            className={`filter-chip cat-${c}`}
            aria-pressed={filters.categories.includes(c)}
            onClick={() => toggle(c)}
          >
            <span className="cat-swatch" aria-hidden="true" />
            {CATEGORY_INFO[c].name}
          </button>
        ))}
      </div>
      <div className="filter-selects">
        <select aria-label="Filter by label" value={filters.label ?? ''} onChange={(e) => onChange({ label: e.target.value || null })}>
          <option value="">Any label</option>
          {CATEGORIES.map((c) => {
            const used = labels.filter((l) => l.category === c);
            if (used.length === 0) return null;
            return (
              <optgroup key={c} label={CATEGORY_INFO[c].name}>
                {used.map((l) => (
                  <option key={`${c}-${l.id}`} value={l.id}>
                    {nameOf(c, l.id)}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
        <select aria-label="Filter by annotator" value={filters.annotator ?? ''} onChange={(e) => onChange({ annotator: e.target.value || null })}>
          <option value="">Everyone</option>
          {annotators.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
