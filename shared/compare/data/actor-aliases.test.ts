import { describe, expect, it } from 'vitest';
import { canonicalActor } from '../actors';
import { ACTOR_ALIASES } from './actor-aliases';

/** One example per pattern of the table, with the canonical it must give. */
const EXAMPLES: [string, string][] = [
  ['Israeli government', 'Israel (government)'], ['Israeli leadership', 'Israel (government)'],
  ['Israeli authorities', 'Israel (government)'], ['Israeli officials', 'Israel (government)'],
  ['Israeli regime', 'Israel (government)'], ['Zionist regime', 'Israel (government)'], ['Zionist entity', 'Israel (government)'],
  ['occupying forces', 'Israel (government)'], ['occupation forces', 'Israel (government)'],
  ['occupation authorities', 'Israel (government)'], ['Israel', 'Israel (government)'],
  ['Tel Aviv', 'Israel (government)'], ['Jerusalem', 'Israel (government)'],
  ['Israel Defense Forces', 'Israel (military)'], ['Israeli army', 'Israel (military)'], ['Israeli forces', 'Israel (military)'],
  ['Israeli military', 'Israel (military)'], ['Israeli troops', 'Israel (military)'], ['IDF', 'Israel (military)'],
  ['United States', 'United States (government)'], ['U.S. administration', 'United States (government)'],
  ['US administration', 'United States (government)'], ['American administration', 'United States (government)'],
  ['White House', 'United States (government)'], ['US officials', 'United States (government)'],
  ['U.S. officials', 'United States (government)'], ['American officials', 'United States (government)'],
  ['Americans', 'United States (government)'], ['American', 'United States (government)'], ['America', 'United States (government)'],
  ['U.S.', 'United States (government)'], ['US', 'United States (government)'], ['USA', 'United States (government)'],
  ['U.S', 'United States (government)'], ['Washington', 'United States (government)'],
  ['Trump administration', 'Trump administration'], ['administration of US President Donald Trump', 'Trump administration'],
  ['administration of President Trump', 'Trump administration'],
  ['Biden administration', 'Biden administration'], ['administration of President Joe Biden', 'Biden administration'],
  ['administration of President Biden', 'Biden administration'],
  ['U.S. President Donald Trump', 'Donald Trump'], ['President Trump', 'Donald Trump'], ['Donald Trump', 'Donald Trump'], ['Trump', 'Donald Trump'],
  ['President Joe Biden', 'Joe Biden'], ['President Biden', 'Joe Biden'], ['Joe Biden', 'Joe Biden'], ['Biden', 'Joe Biden'],
  ['Israeli Prime Minister Benjamin Netanyahu', 'Benjamin Netanyahu'], ['Benjamin Netanyahu', 'Benjamin Netanyahu'],
  ['Netanyahu', 'Benjamin Netanyahu'], ['Israeli prime minister', 'Benjamin Netanyahu'], ['Israeli premier', 'Benjamin Netanyahu'],
  ['Bibi', 'Benjamin Netanyahu'],
  ['Steve Witkoff', 'Steve Witkoff'], ['Witkoff', 'Steve Witkoff'], ['Jared Kushner', 'Jared Kushner'], ['Kushner', 'Jared Kushner'],
  ['Diaa Rashwan', 'Diaa Rashwan'], ['Rashwan', 'Diaa Rashwan'],
  ['Sergeant First Class Ran Gvili', 'Ran Gvili'], ['Ran Gvili', 'Ran Gvili'], ['Gvili', 'Ran Gvili'],
  ['Sonthaya Rinthak', 'Sonthaya Rinthak'], ['Rinthak', 'Sonthaya Rinthak'],
  ['Ron Ben-Yishai', 'Ron Ben-Yishai'], ['Ben-Yishai', 'Ron Ben-Yishai'], ['Ben Yishai', 'Ron Ben-Yishai'],
  ['Shos Bedrosian', 'Shosh Bedrosian'], ['Bedrosian', 'Shosh Bedrosian'],
  ['Hamas movement', 'Hamas'], ['Hamas', 'Hamas'], ['terror group', 'Hamas'], ['terrorist group', 'Hamas'],
  ['terrorist organization', 'Hamas'], ['Palestinian resistance', 'Hamas'], ['Islamic Resistance Movement', 'Hamas'],
  ['Palestinian factions', 'Palestinian factions'],
  ['Gaza\u2019s Ministry of Health', 'Gaza Ministry of Health'], ["Gaza's Health Ministry", 'Gaza Ministry of Health'],
  ['Gaza Health Ministry', 'Gaza Ministry of Health'], ['Ministry of Health in Gaza', 'Gaza Ministry of Health'],
  ['Egyptian government', 'Egypt'], ['Egyptian officials', 'Egypt'], ['Egyptian intelligence', 'Egypt'], ['Egyptians', 'Egypt'],
  ['Egypt', 'Egypt'], ['Cairo', 'Egypt'],
  ['Turkish government', 'Turkey'], ['Turkish military', 'Turkey'], ['Turkish troops', 'Turkey'], ['Turkish forces', 'Turkey'],
  ['Turkey', 'Turkey'], ['T\u00FCrkiye', 'Turkey'], ['Turks', 'Turkey'], ['Ankara', 'Turkey'],
  ['Qatari government', 'Qatar'], ['Qataris', 'Qatar'], ['Qatar', 'Qatar'], ['Doha', 'Qatar'],
  ['Iran', 'Iran'], ['Tehran', 'Iran'],
  ['Gaza Strip', 'Gaza'], ['Gaza', 'Gaza'], ['the Strip', 'Gaza'], ['the enclave', 'Gaza'], ['Rafah', 'Rafah'],
  ['Israeli Channel 13', 'Channel 13'], ['Channel 13', 'Channel 13'], ['Israeli Channel 12', 'Channel 12'], ['Channel 12', 'Channel 12'],
  ['Haaretz', 'Haaretz'], ['Yedioth Ahronoth', 'Yedioth Ahronoth'], ['Yediot Aharonot', 'Yedioth Ahronoth'], ['Ynet', 'Yedioth Ahronoth'],
  ['The New York Times', 'The New York Times'], ['New York Times', 'The New York Times'],
  ['Axios', 'Axios'], ['Reuters', 'Reuters'], ['Associated Press', 'Associated Press'], ['AP', 'Associated Press'],
  ['AFP', 'Agence France-Presse'], ['Al-Jazeera', 'Al Jazeera'],
  ['Times of Israel', 'The Times of Israel'], ['The Jerusalem Post', 'The Jerusalem Post'],
  ['Israeli media', 'Israeli media'], ['Zionist media', 'Israeli media'], ['Hebrew media', 'Israeli media'],
];

describe('actor alias table', () => {
  it.each(EXAMPLES)('%s -> %s', (phrase, canonical) => {
    expect(canonicalActor(phrase)?.canonical).toBe(canonical);
  });

  it.each(ACTOR_ALIASES.map((entry, i) => [i, entry.canonical, entry] as const))('entry %i (%s) has an example for every pattern', (_i, _c, entry) => {
    const patterns = [...(entry.words ?? []).map((p) => new RegExp(`^(?:${p})$`, 'iu')), ...(entry.exact ?? []).map((p) => new RegExp(`^(?:${p})$`, 'u'))];
    for (const re of patterns) {
      const example = EXAMPLES.find(([phrase, canonical]) => canonical === entry.canonical && re.test(phrase));
      expect(example, `${entry.canonical}: ${re.source}`).toBeDefined();
    }
  });
});
