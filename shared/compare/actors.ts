import nlp from 'compromise';

/**
 * Who and where a text names, grouped so that outlets' different words for one
 * actor meet: "the Zionist regime", "Tel Aviv" and "Israel" are all
 * 'Israel (government)'. A small alias table for this domain comes first;
 * compromise's people/places/organizations fill in names the table lacks.
 *
 * Alias table decisions:
 * - Capitals stand for their governments (Tel Aviv, Jerusalem, Washington,
 *   Cairo, Ankara, Doha), except where the text uses them as places: after
 *   "in/at/visit" (unless a verb follows: "frustration in Jerusalem is
 *   growing" stays the government), before "talks/meeting/summit", and in an
 *   upper-case dateline ("WASHINGTON (TDR)").
 * - "Trump administration" and "Biden administration" are different actors
 *   with the same role ('administration'), so an outlet naming the wrong one
 *   shows as a conflict; "the U.S. administration" is the US government.
 * - "Israeli Prime Minister"/"the Israeli premier" is Netanyahu in this story.
 * - Media outlets have role 'media' (attribution.ts uses that).
 */

export type ActorKind = 'person' | 'organization' | 'place' | 'group';

/** A named actor in text. `role` marks actors that stand in for one another (e.g. 'administration'). */
export interface Actor {
  text: string;
  start: number;
  end: number;
  kind: ActorKind;
  canonical: string;
  role?: string;
}

interface Alias {
  canonical: string;
  kind: ActorKind;
  role?: string;
  /** Case-insensitive patterns (regex source, no groups). */
  words?: string[];
  /** Case-sensitive patterns, for short forms that clash with common words ("US", "IDF"). */
  exact?: string[];
  /** Capitals that may be places instead of their government. */
  capital?: boolean;
}

const ALIASES: Alias[] = [
  { canonical: 'Israel (government)', kind: 'organization', words: [
    'Israeli government', 'Israeli leadership', 'Israeli authorities', 'Israeli officials', 'Israeli regime',
    'Zionist regime', 'Zionist entity', 'occupying forces', 'occupation forces', 'occupation authorities', 'Israel',
  ] },
  { canonical: 'Israel (government)', kind: 'organization', capital: true, words: ['Tel Aviv', 'Jerusalem'] },
  { canonical: 'Israel (military)', kind: 'organization', words: ['Israel Defense Forces', 'Israeli army', 'Israeli forces', 'Israeli military', 'Israeli troops'], exact: ['IDF'] },
  { canonical: 'United States (government)', kind: 'organization', words: [
    'United States', 'U\\.S\\. administration', 'US administration', 'American administration', 'White House',
    'US officials', 'U\\.S\\. officials', 'American officials', 'Americans', 'American', 'America',
  ], exact: ['U\\.S\\.', 'US', 'USA', 'U\\.S'] },
  { canonical: 'United States (government)', kind: 'organization', capital: true, words: ['Washington'] },
  { canonical: 'Trump administration', kind: 'organization', role: 'administration', words: [
    'Trump administration', 'administration of (?:US |U\\.S\\. )?President Donald Trump', 'administration of President Trump',
  ] },
  { canonical: 'Biden administration', kind: 'organization', role: 'administration', words: [
    'Biden administration', 'administration of (?:US |U\\.S\\. )?President Joe Biden', 'administration of President Biden',
  ] },
  { canonical: 'Donald Trump', kind: 'person', role: 'us-president', words: ['(?:US |U\\.S\\. )?President Donald Trump', 'President Trump', 'Donald Trump'], exact: ['Trump'] },
  { canonical: 'Joe Biden', kind: 'person', role: 'us-president', words: ['President Joe Biden', 'President Biden', 'Joe Biden'], exact: ['Biden'] },
  { canonical: 'Benjamin Netanyahu', kind: 'person', words: [
    '(?:Israeli )?Prime Minister Benjamin Netanyahu', 'Benjamin Netanyahu', 'Netanyahu', 'Israeli prime minister', 'Israeli premier',
  ], exact: ['Bibi'] },
  { canonical: 'Steve Witkoff', kind: 'person', words: ['Steve Witkoff', 'Witkoff'] },
  { canonical: 'Jared Kushner', kind: 'person', words: ['Jared Kushner', 'Kushner'] },
  { canonical: 'Diaa Rashwan', kind: 'person', words: ['Diaa Rashwan', 'Rashwan'] },
  { canonical: 'Ran Gvili', kind: 'person', words: ['Sergeant First Class Ran Gvili', 'Ran Gvili', 'Gvili'] },
  { canonical: 'Sonthaya Rinthak', kind: 'person', words: ['Sonthaya Rinthak', 'Rinthak'] },
  { canonical: 'Ron Ben-Yishai', kind: 'person', words: ['Ron Ben-Yishai', 'Ben-Yishai', 'Ben Yishai'] },
  { canonical: 'Shosh Bedrosian', kind: 'person', words: ['Shosh? Bedrosian', 'Bedrosian'] },
  { canonical: 'Hamas', kind: 'organization', words: [
    'Hamas movement', 'Hamas', 'terror group', 'terrorist group', 'terrorist organization', 'Palestinian resistance',
    'Islamic Resistance Movement',
  ] },
  { canonical: 'Palestinian factions', kind: 'group', words: ['Palestinian factions'] },
  { canonical: 'Gaza Ministry of Health', kind: 'organization', words: [
    "Gaza['\u2019]s Ministry of Health", "Gaza['\u2019]s Health Ministry", 'Gaza Health Ministry', 'Ministry of Health in Gaza',
  ] },
  { canonical: 'Egypt', kind: 'organization', words: ['Egyptian government', 'Egyptian officials', 'Egyptian intelligence', 'Egyptians', 'Egypt'] },
  { canonical: 'Egypt', kind: 'organization', capital: true, words: ['Cairo'] },
  { canonical: 'Turkey', kind: 'organization', words: ['Turkish government', 'Turkish military', 'Turkish troops', 'Turkish forces', 'Turkey', 'T\u00FCrkiye', 'Turks'] },
  { canonical: 'Turkey', kind: 'organization', capital: true, words: ['Ankara'] },
  { canonical: 'Qatar', kind: 'organization', words: ['Qatari government', 'Qataris', 'Qatar'] },
  { canonical: 'Qatar', kind: 'organization', capital: true, words: ['Doha'] },
  { canonical: 'Iran', kind: 'organization', words: ['Iran'] },
  { canonical: 'Iran', kind: 'organization', capital: true, words: ['Tehran'] },
  { canonical: 'Gaza', kind: 'place', words: ['Gaza Strip', 'Gaza', 'the Strip', 'the enclave'] },
  { canonical: 'Rafah', kind: 'place', words: ['Rafah'] },
  { canonical: 'Channel 13', kind: 'organization', role: 'media', words: ['Israeli Channel 13', 'Channel 13'] },
  { canonical: 'Channel 12', kind: 'organization', role: 'media', words: ['Israeli Channel 12', 'Channel 12'] },
  { canonical: 'Haaretz', kind: 'organization', role: 'media', words: ['Haaretz'] },
  { canonical: 'Yedioth Ahronoth', kind: 'organization', role: 'media', words: ['Yedioth Ahronoth', 'Yediot Aharonot', 'Ynet'] },
  { canonical: 'The New York Times', kind: 'organization', role: 'media', words: ['The New York Times', 'New York Times'] },
  { canonical: 'Axios', kind: 'organization', role: 'media', words: ['Axios'] },
  { canonical: 'Reuters', kind: 'organization', role: 'media', words: ['Reuters'] },
  { canonical: 'Associated Press', kind: 'organization', role: 'media', words: ['Associated Press'], exact: ['AP'] },
  { canonical: 'Agence France-Presse', kind: 'organization', role: 'media', exact: ['AFP'] },
  { canonical: 'Al Jazeera', kind: 'organization', role: 'media', words: ['Al[- ]Jazeera'] },
  { canonical: 'The Times of Israel', kind: 'organization', role: 'media', words: ['(?:The )?Times of Israel'] },
  { canonical: 'The Jerusalem Post', kind: 'organization', role: 'media', words: ['(?:The )?Jerusalem Post'] },
  { canonical: 'Israeli media', kind: 'organization', role: 'media', words: ['Israeli media', 'Zionist media', 'Hebrew media'] },
];

const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{N}])`;

interface Compiled {
  alias: Alias;
  re: RegExp;
}
const COMPILED: Compiled[] = ALIASES.flatMap((alias) => {
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

function aliasMatches(text: string): Actor[] {
  const found: Actor[] = [];
  for (const { alias, re } of COMPILED) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      const actor: Actor = { text: m[0], start, end, kind: alias.kind, canonical: alias.canonical };
      if (alias.role) actor.role = alias.role;
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

/** Finds the actors a text names, with canonical names that group outlets' variants. */
export function extractActors(text: string): Actor[] {
  const known = aliasMatches(text);
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
  const per = members.map((m) => {
    const actors = extractActors(m.text);
    return { actors, canonicals: [...new Set(actors.map((a) => a.canonical))] };
  });
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
