import type { Actor } from './actors';
import { administrationAt, holderAt } from './office-terms';

export { administrationAt, holderAt } from './office-terms';

/**
 * Office-holder readings at an article's date:
 * - an administration (or "President X") named as acting when another held
 *   office at the article's date is an anachronism, unless the text marks it
 *   as past ("former", "previous", "then", "under", "during", "had");
 * - "the U.S. administration", "Washington", "the White House" stand for the
 *   administration in office at the article's date, so they can be set
 *   against an outlet naming another administration.
 */

export interface Anachronism {
  text: string;
  canonical: string;
  /** Who held the office at the article's date. */
  inOffice: string;
  since: string;
}

const PAST_BEFORE = /\b(?:former|previous|preceding|then|under|during|ex-|earlier|last)\s+(?:the\s+|US\s+|U\.S\.\s+)?$/i;
const PAST_AFTER = /^\s+(?:had|era|years|days)\b/i;

function markedPast(text: string, a: Actor): boolean {
  return PAST_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start)) || PAST_AFTER.test(text.slice(a.end, a.end + 12));
}

/** Administrations and titled presidents named as acting when they were not in office at `at`. */
export function anachronisms(text: string, actors: readonly Actor[], at: Date): Anachronism[] {
  const term = holderAt('us-president', at);
  if (!term) return [];
  const out: Anachronism[] = [];
  for (const a of actors) {
    const administration = a.role === 'administration' && a.canonical !== administrationAt(at);
    const president = a.role === 'us-president' && /^(?:US |U\.S\. |American )?President\b/i.test(a.text) && a.canonical !== term.holder;
    if (!(administration || president) || markedPast(text, a)) continue;
    out.push({ text: a.text, canonical: a.canonical, inOffice: administration ? administrationAt(at)! : term.holder, since: term.from });
  }
  return out;
}

/** The administration in office at `at` for each mention of the US government as an actor (not as a place). */
export function impliedAdministrations(actors: readonly Actor[], at: Date | undefined): Actor[] {
  const administration = at && administrationAt(at);
  if (!administration) return [];
  return actors
    .filter((a) => a.canonical === 'United States (government)' && a.kind !== 'place')
    .map((a) => ({ ...a, kind: 'organization' as const, canonical: administration, role: 'administration' }));
}
