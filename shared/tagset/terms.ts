import type { Annotation, Category } from '../model';

/** "article:start:end", the identity of a span for duplicate checks. */
function spanKey(articleId: string, start: number, end: number): string {
  return `${articleId}:${start}:${end}`;
}

/**
 * Tagging a term everywhere: splits its occurrences into those not yet tagged
 * with `category` in this tag set and a count of those already tagged, so
 * tagging the same term twice adds nothing.
 */
export function untaggedHits<H extends { articleId: string; start: number; end: number }>(
  annotations: readonly Annotation[],
  category: Category,
  hits: Iterable<H>,
): { fresh: H[]; skipped: number } {
  const taken = new Set(annotations.filter((a) => a.category === category).map((a) => spanKey(a.articleId, a.position.start, a.position.end)));
  const fresh: H[] = [];
  let skipped = 0;
  for (const hit of hits) {
    const key = spanKey(hit.articleId, hit.start, hit.end);
    if (taken.has(key)) skipped++;
    else {
      taken.add(key);
      fresh.push(hit);
    }
  }
  return { fresh, skipped };
}
