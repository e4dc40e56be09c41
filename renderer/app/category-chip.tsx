import type { Category } from '../../shared/model';
import { CATEGORY_INFO } from './categories';

/** A category's name with its colour and line style, so it reads without colour too. */
export function CategoryChip({ category }: { category: Category }) {
  return <span className={`category-chip cat-${category}`}>{CATEGORY_INFO[category].name}</span>;
}
