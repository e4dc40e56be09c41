import type { Office } from './office-holders';

/**
 * The alias table of actors: the words outlets use for one actor, grouped
 * under one canonical name. Patterns are regex sources without groups,
 * matched at word edges. Each entry has a test in actor-aliases.test.ts.
 *
 * Decisions:
 * - Capitals stand for their governments (`capital: true`); actors.ts reads
 *   them as places where the text uses them as places.
 * - "Trump administration" and "Biden administration" are different actors
 *   with the same role ('administration'), so an outlet naming the wrong one
 *   shows as a conflict; "the U.S. administration" is the US government.
 * - US presidents, their administrations and office titles ("the Israeli
 *   prime minister") come from data/office-holders.ts (office-terms.ts).
 * - Media outlets have role 'media' (attribution.ts uses that).
 */

/** What an actor is: a person, an organisation (governments too), a place, or an unnamed group. */
export type ActorKind = 'person' | 'organization' | 'place' | 'group';

export interface Alias {
  /** A title that names whoever holds this office at the article's date; `canonical` is then the office's name. */
  office?: Office;
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

export const ACTOR_ALIASES: readonly Alias[] = [
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
  { canonical: 'Benjamin Netanyahu', kind: 'person', words: [
    '(?:Israeli )?Prime Minister Benjamin Netanyahu', 'Benjamin Netanyahu', 'Netanyahu',
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

