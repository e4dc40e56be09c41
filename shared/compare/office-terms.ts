import type { Alias } from './data/actor-aliases';
import { OFFICE_TERMS, OFFICE_TITLES, type Office, type OfficeTerm } from './data/office-holders';

/**
 * Office-holder lookups over data/office-holders.ts, and the aliases the
 * table gives the actor extractor: each president by name, each
 * administration ("Biden administration"), and each office title.
 */

function isoDay(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getFullYear(), 4)}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The term of an office that includes `at` (local calendar day); without `at`, the latest term. */
export function holderAt(office: Office, at?: Date): OfficeTerm | undefined {
  const terms = OFFICE_TERMS.filter((t) => t.office === office);
  if (!at) return terms[terms.length - 1];
  const day = isoDay(at);
  return terms.find((t) => t.from <= day && (t.to === null || day < t.to));
}

/** The canonical name of a president's administration: "Trump administration". */
export function administrationOf(term: OfficeTerm): string {
  return `${term.surname} administration`;
}

/** The US administration in office at `at`. */
export function administrationAt(at: Date): string | undefined {
  const term = holderAt('us-president', at);
  return term && administrationOf(term);
}

const US = '(?:US |U\\.S\\. |American )?';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function presidentAliases(): Alias[] {
  const seen = new Set<string>();
  const out: Alias[] = [];
  for (const term of OFFICE_TERMS) {
    if (term.office !== 'us-president' || seen.has(term.holder)) continue;
    seen.add(term.holder);
    const full = escape(term.holder);
    const surname = escape(term.surname);
    const first = escape(term.holder.split(' ')[0]!);
    out.push({
      canonical: administrationOf(term), kind: 'organization', role: 'administration',
      words: [`${surname} administration`, `administration of ${US}President ${full}`, `administration of ${US}President ${surname}`],
    });
    out.push({
      canonical: term.holder, kind: 'person', role: 'us-president',
      words: [`${US}President ${full}`, `President ${surname}`, full, `${first} ${surname}`],
      ...(term.surnameAlone ? { exact: [surname] } : {}),
    });
  }
  return out;
}

function titleAliases(): Alias[] {
  return (Object.keys(OFFICE_TITLES) as Office[]).map((office) => ({
    canonical: office, kind: 'person' as const, office, words: [...OFFICE_TITLES[office]],
    ...(office === 'us-president' ? { role: 'us-president' } : {}),
  }));
}

/** Aliases derived from the office table. */
export const OFFICE_ALIASES: readonly Alias[] = [...presidentAliases(), ...titleAliases()];
