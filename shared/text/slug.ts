/**
 * Lowercase ASCII words joined by "-", accents folded, at most `max`
 * characters; '' when nothing readable is left. Used for file names and ids,
 * so the result never holds a path separator or a leading dot.
 */
export function slugify(name: string, max: number): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}
