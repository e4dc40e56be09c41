import nlp from 'compromise';
import { ACTOR_ALIASES, type ActorKind, type Alias } from './data/actor-aliases';
import { holderAt, OFFICE_ALIASES } from './office-terms';

/**
 * Who and where a text names, grouped so that outlets' different words for one
 * actor meet: "the Zionist regime", "Tel Aviv" and "Israel" are all
 * 'Israel (government)'. A small alias table for this domain comes first;
 * compromise's people/places/organizations fill in names the table lacks.
 *
 * The alias table is data (data/actor-aliases.ts, a test per entry). A
 * capital stands for its government except where the text uses it as a
 * place: after "in/at/visit" (unless a verb follows: "frustration in
 * Jerusalem is growing" stays the government), before
 * "talks/meeting/summit", and in an upper-case dateline ("WASHINGTON (TDR)").
 */

export type { ActorKind };

/** A named actor in text. `role` marks actors that stand in for one another (e.g. 'administration'). */
export interface Actor {
  text: string;
  start: number;
  end: number;
  kind: ActorKind;
  canonical: string;
  role?: string;
}

const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{N}])`;

interface Compiled {
  alias: Alias;
  re: RegExp;
}
const COMPILED: Compiled[] = [...ACTOR_ALIASES, ...OFFICE_ALIASES].flatMap((alias) => {
  const out: Compiled[] = [];
  if (alias.words?.length) out.push({ alias, re: new RegExp(`${EDGE_BEFORE}(?:${alias.words.join('|')})${EDGE_AFTER}`, 'giu') });
  if (alias.exact?.length) out.push({ alias, re: new RegExp(`${EDGE_BEFORE}(?:${alias.exact.join('|')})${EDGE_AFTER}`, 'gu') });
  return out;
});

const CAPITAL_PLACE_AFTER = /^\s+(talks|meeting|meetings|summit|conference|negotiations|agreement|accords?)\b/i;
const VERB_AFTER = /^\s+(is|are|was|were|has|have|had|will|would|refuses|refused|insists|insisted|says|said|wants|fears|worries)\b/i;

/** Whether a capital is used as a place rather than for its government. */
function capitalIsPlace(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 30);
  const word = text.slice(start, end);
  if (word === word.toUpperCase() && /^\s*[(\u2014-]/.test(after)) return true; // dateline
  if (CAPITAL_PLACE_AFTER.test(after)) return true;
  // Not "to"/"from": "pressure from Ankara" is the government.
  return /\b(in|at|visit|visited|visiting)\s+$/i.test(before) && !VERB_AFTER.test(after);
}

function aliasMatches(text: string, at?: Date): Actor[] {
  const found: Actor[] = [];
  for (const { alias, re } of COMPILED) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      const actor: Actor = { text: m[0], start, end, kind: alias.kind, canonical: alias.canonical };
      if (alias.role) actor.role = alias.role;
      if (alias.office) {
        const term = holderAt(alias.office, at);
        if (!term) continue;
        actor.canonical = term.holder;
      }
      if (alias.capital && capitalIsPlace(text, start, end)) {
        actor.kind = 'place';
        actor.canonical = m[0].toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
        delete actor.role;
      }
      found.push(actor);
    }
  }
  return pickLongest(found);
}

/** Keeps the longest of overlapping matches, earliest first on ties. */
function pickLongest(found: Actor[]): Actor[] {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Actor[] = [];
  for (const a of sorted) if (!kept.some((k) => a.start < k.end && k.start < a.end)) kept.push(a);
  return kept.sort((a, b) => a.start - b.start);
}

const TITLES = /^(?:President|Prime Minister|Minister|Sergeant|Sgt\.?|General|Gen\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Will|Envoy)\s+/;
const NOT_NAMES = new Set(['sergeant', 'president', 'will', 'read', 'click', 'photo', 'marco', 'jared', 'steve', 'susie', 'j.d']);

interface NlpTerm {
  text: string;
  offset?: { start: number; length: number };
}

/** Trims markup, quotes, possessives and punctuation from an entity compromise found; null if nothing is left. */
function cleanEntity(text: string, raw: NlpTerm, kind: ActorKind): Actor | null {
  if (!raw.offset) return null;
  let start = raw.offset.start;
  let end = start + raw.offset.length;
  const junk = /[\s*"'\u201C\u201D\u2018\u2019\u2022,.;:!?()\u2014\u2013-]/;
  while (start < end && junk.test(text[start]!)) start++;
  while (end > start && junk.test(text[end - 1]!)) end--;
  if (/['\u2019]s$/.test(text.slice(start, end))) end -= 2;
  const t = text.slice(start, end);
  if (t.length < 2 || !/^[\p{Lu}]/u.test(t) || NOT_NAMES.has(t.toLowerCase())) return null;
  if (/[\u2022*\n]/.test(t)) return null;
  const canonical = t.replace(TITLES, '').trim();
  if (!canonical || NOT_NAMES.has(canonical.toLowerCase())) return null;
  return { text: t, start, end, kind, canonical };
}

function nlpMatches(text: string): Actor[] {
  const doc = nlp(text);
  const out: Actor[] = [];
  const add = (terms: NlpTerm[], kind: ActorKind) => {
    for (const raw of terms) {
      const a = cleanEntity(text, raw, kind);
      if (a) out.push(a);
    }
  };
  add(doc.people().json({ offset: true }) as NlpTerm[], 'person');
  add(doc.places().json({ offset: true }) as NlpTerm[], 'place');
  add(doc.organizations().json({ offset: true }) as NlpTerm[], 'organization');
  return out;
}

/** Finds the actors a text names, with canonical names that group outlets' variants; `at` (the article's date) resolves office titles. */
export function extractActors(text: string, at?: Date): Actor[] {
  const known = aliasMatches(text, at);
  const extra = nlpMatches(text).filter((a) => !known.some((k) => a.start < k.end && k.start < a.end));
  return pickLongest([...known, ...extra]);
}

/** The alias entry's canonical for a phrase, if the table knows it ("Tel Aviv" -> 'Israel (government)'). */
export function canonicalActor(phrase: string): Actor | undefined {
  const found = aliasMatches(phrase);
  return found.length === 1 && found[0]!.end - found[0]!.start === phrase.trim().length ? found[0] : undefined;
}

/** Which actors each member names, what they share, and where members name different actors for one role. */
export interface ActorComparison {
  members: { canonicals: string[]; actors: Actor[] }[];
  /** Canonicals every member names. */
  shared: string[];
  /** Canonicals some members name and others do not, with the members (indexes) that name them. */
  differing: { canonical: string; members: number[] }[];
  /** Roles filled by different actors across members, e.g. 'administration': Trump vs Biden. */
  conflicts: { role: string; actors: { canonical: string; members: number[] }[] }[];
}

/** Compares the actors named by several members (spans linked across outlets). */
export function compareActors(members: readonly { text: string }[]): ActorComparison {
  return compareActorLists(members.map((m) => extractActors(m.text)));
}

/** compareActors over actors already extracted, one list per member. */
export function compareActorLists(lists: readonly (readonly Actor[])[]): ActorComparison {
  const per = lists.map((actors) => ({ actors: [...actors], canonicals: [...new Set(actors.map((a) => a.canonical))] }));
  const all = [...new Set(per.flatMap((p) => p.canonicals))];
  const namedBy = (c: string) => per.flatMap((p, i) => (p.canonicals.includes(c) ? [i] : []));
  const shared = all.filter((c) => namedBy(c).length === per.length);
  const differing = all.filter((c) => namedBy(c).length < per.length).map((c) => ({ canonical: c, members: namedBy(c) }));
  const byRole = new Map<string, Set<string>>();
  for (const p of per) {
    for (const a of p.actors) {
      if (!a.role || a.role === 'media') continue;
      const set = byRole.get(a.role) ?? new Set<string>();
      set.add(a.canonical);
      byRole.set(a.role, set);
    }
  }
  const conflicts = [...byRole]
    .filter(([, set]) => set.size > 1)
    .map(([role, set]) => ({ role, actors: [...set].map((c) => ({ canonical: c, members: namedBy(c) })) }));
  return { members: per, shared, differing, conflicts };
}
