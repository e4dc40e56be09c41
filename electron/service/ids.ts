import { createHash, randomBytes } from 'node:crypto';
import { slugify } from '../../shared/text/slug';

/** A new random id with a readable prefix, e.g. `an-3f9c1a0b7d2e4c55`. */
export function newId(prefix: 'an' | 'ln'): string {
  return `${prefix}-${randomBytes(8).toString('hex')}`;
}

/** A stable article id from its outlet and text, so importing the same article twice is noticed. */
export function articleId(outletId: string, text: string): string {
  return `art-${createHash('sha256').update(outletId).update('\0').update(text).digest('hex').slice(0, 16)}`;
}

/** A filename-safe id for an outlet name: lowercase ASCII words joined by "-". */
export function outletId(name: string): string {
  return slugify(name, 60) || `outlet-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
}
