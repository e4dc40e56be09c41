import { CATEGORIES, type Category } from '../../shared/model';

/** How each category is named and keyed in the UI (colours live in the stylesheet). */
export const CATEGORY_INFO: Record<Category, { name: string; plural: string; key: string }> = {
  claim: { name: 'Claim', plural: 'claims', key: '1' },
  framing: { name: 'Framing', plural: 'framing', key: '2' },
  attribution: { name: 'Attribution', plural: 'attributions', key: '3' },
};

export { CATEGORIES };

/** "3 claims, 1 framing, 0 attributions", for screen readers. */
export function describeCounts(counts: Record<Category, number>): string {
  return CATEGORIES.map((c) => `${counts[c]} ${counts[c] === 1 && c !== 'framing' ? CATEGORY_INFO[c].name.toLowerCase() : CATEGORY_INFO[c].plural}`).join(', ');
}
