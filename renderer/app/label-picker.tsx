import { useId, useMemo, useState } from 'react';
import type { CodebookLabel, Category } from '../../shared/model';
import { CATEGORY_INFO } from './categories';
import { matchLabels } from './state/workspace-selectors';

export interface LabelPickerProps {
  category: Category;
  labels: readonly CodebookLabel[];
  position: { left: number; top: number };
  onPick(labelId: string | null): void;
}

/**
 * Type-ahead picker for the codebook label of a fresh tag: typing filters,
 * arrows move, Enter picks, Esc skips (the tag stays, without a label).
 */
export function LabelPicker({ category, labels, position, onPick }: LabelPickerProps) {
  const [typed, setTyped] = useState('');
  const [index, setIndex] = useState(0);
  const matches = useMemo(() => matchLabels(labels, typed), [labels, typed]);
  const listId = useId();
  const current = matches[Math.min(index, matches.length - 1)];
  const optionId = (label: CodebookLabel) => `${listId}-${label.id}`;

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setIndex((i) => (matches.length ? (Math.min(i, matches.length - 1) + step + matches.length) % matches.length : 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (current) onPick(current.id);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onPick(null);
    }
  };

  return (
    <div className="floating label-picker" style={{ left: position.left, top: position.top }}>
      <p className="label-picker-title">
        <span className={`cat-swatch cat-${category}`} aria-hidden="true" />
        {CATEGORY_INFO[category].name} tagged. Label it?
      </p>
      <input
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(current) : undefined}
        aria-label={`${CATEGORY_INFO[category].name} label`}
        placeholder="Type to filter · Enter picks · Esc skips"
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setIndex(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={`${CATEGORY_INFO[category].name} labels`} className="label-options">
        {matches.map((label) => (
          <li
            key={label.id}
            id={optionId(label)}
            role="option"
            aria-selected={label === current}
            className={label === current ? 'label-option current' : 'label-option'}
            title={label.description}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(label.id)}
          >
            <span className="label-name">{label.name}</span>
            {label.group && <span className="label-group">{label.group}</span>}
          </li>
        ))}
        {matches.length === 0 && <li className="label-none">No label matches “{typed}”. Esc skips.</li>}
      </ul>
      <button type="button" className="link-button" onClick={() => onPick(null)}>
        Skip label
      </button>
    </div>
  );
}
