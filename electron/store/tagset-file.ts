import { createHash } from 'node:crypto';

const MAX_SLUG = 40;

/**
 * The file name (inside tagsets/) for an annotator's tag set: a readable slug
 * plus a short hash of the exact name. The hash keeps "Alice" and "alice"
 * apart, and the slug keeps only [a-z0-9-], so no name can reach outside the
 * folder or clash with our dotfiles.
 */
export function tagSetFileName(annotator: string): string {
  return `${slugify(annotator)}-${shortHash(annotator)}.json`;
}

/** Lowercase ASCII words joined by "-", accents folded; "annotator" when nothing readable is left. */
function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return slug || 'annotator';
}

/** First 8 hex digits of SHA-256 over the UTF-8 name: enough to tell a team's names apart. */
function shortHash(name: string): string {
  return createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 8);
}
