import type { SourceKind } from '../compare/attribution';
import type { Category, Codebook, LinkKind } from '../model';

/** How the exported files name things: the same plain words the workspace uses. */

export const CATEGORY_NAMES: Record<Category, string> = {
  claim: 'Claim',
  framing: 'Framing',
  attribution: 'Attribution',
};

export const LINK_KIND_NAMES: Record<LinkKind, string> = {
  'same-claim': 'Same claim',
  'same-referent': 'Same referent',
  contradicts: 'Contradicts',
  custom: 'Custom',
};

/** What "no conflicts" covers for a link of this kind: a same-referent link compares the names only. */
export function noConflictWords(kind: LinkKind): string {
  return kind === 'same-referent' ? 'the outlets’ names for the referent are listed below; figures and dates are not compared for a same-referent link' : 'figures, dates, actors and sources agree';
}

export const SOURCE_KIND_NAMES: Record<SourceKind, string> = {
  named: 'Named source',
  'anonymous-official': 'Anonymous official',
  'media-report': 'Media report',
  document: 'Document',
  unattributed: 'Unattributed',
};

/** The codebook name of a label id; the id itself when the codebook no longer has it, '' when there is none. */
export function labelName(codebook: Codebook, category: Category, id: string | undefined): string {
  if (!id) return '';
  return codebook[category].find((l) => l.id === id)?.name ?? id;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "22 November 2026" for an ISO timestamp, read in UTC so the same export always says the same day. */
export function longDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "1 outlet", "3 outlets". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
