import { createHash } from 'node:crypto';
import { slugify } from '../../shared/text/slug';

const MAX_SLUG = 40;

/**
 * The file name (inside tagsets/) for an annotator's tag set: a readable slug
 * plus a short hash of the exact name. The hash keeps "Alice" and "alice"
 * apart, and the slug keeps only [a-z0-9-], so no name can reach outside the
 * folder or clash with our dotfiles.
 */
export function tagSetFileName(annotator: string): string {
  return `${slugOf(annotator)}-${shortHash(annotator)}.json`;
}

function slugOf(name: string): string {
  return slugify(name, MAX_SLUG) || 'annotator';
}

/** First 8 hex digits of SHA-256 over the UTF-8 name: enough to tell a team's names apart. */
function shortHash(name: string): string {
  return createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 8);
}
