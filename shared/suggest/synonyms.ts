/**
 * Synonyms for this story's vocabulary, so paraphrases meet: outlets say
 * "fighters"/"militants"/"gunmen", "Washington"/"the US", "deadlock"/"impasse".
 * Each group maps to one term (its first entry). Words are matched on their
 * Porter stem, phrases on their lower-case words, so plurals and verb forms
 * ("disarming", "deadlocked") join their group without being listed.
 *
 * Groups marked `entity` name an actor or a place; a shared entity earns the
 * small named-entity bonus in scoring.
 */

export interface SynonymGroup {
  term: string;
  words: string[];
  /** Multi-word phrases, lower case, space separated. */
  phrases?: string[];
  entity?: boolean;
}

export const SYNONYM_GROUPS: SynonymGroup[] = [
  { term: 'fighter', words: ['fighter', 'militant', 'gunman', 'gunmen', 'combatant', 'operative'] },
  { term: 'us', entity: true, words: ['us', 'usa', 'american', 'americans', 'america', 'washington'], phrases: ['united states', 'white house', 'u.s. administration', 'us administration', 'american administration'] },
  { term: 'israel', entity: true, words: ['israel', 'israeli', 'israelis', 'zionist', 'jerusalem'], phrases: ['tel aviv', 'zionist regime', 'israeli regime', 'occupying forces', 'zionist entity'] },
  { term: 'hamas', entity: true, words: ['hamas'], phrases: ['terror group', 'terrorist group', 'palestinian resistance', 'hamas movement'] },
  { term: 'egypt', entity: true, words: ['egypt', 'egyptian', 'egyptians', 'cairo'] },
  { term: 'turkey', entity: true, words: ['turkey', 'turkish', 'turks', 'ankara', 'türkiye'] },
  { term: 'qatar', entity: true, words: ['qatar', 'qatari', 'qataris', 'doha'] },
  { term: 'gaza', entity: true, words: ['gaza', 'enclave', 'strip'], phrases: ['gaza strip'] },
  { term: 'rafah', entity: true, words: ['rafah'] },
  { term: 'netanyahu', entity: true, words: ['netanyahu', 'bibi', 'premier'], phrases: ['prime minister'] },
  { term: 'witkoff', entity: true, words: ['witkoff'] },
  { term: 'kushner', entity: true, words: ['kushner'] },
  { term: 'trump', entity: true, words: ['trump'] },
  { term: 'gvili', entity: true, words: ['gvili'] },
  { term: 'disarm', words: ['disarm', 'disarmament', 'disarmed', 'demilitarization', 'demilitarisation', 'demilitarize', 'demilitarise', 'dismantling', 'dismantle'] },
  { term: 'talks', words: ['talks', 'negotiations', 'negotiation', 'negotiate', 'discussions', 'discussion'] },
  { term: 'impasse', words: ['impasse', 'deadlock', 'deadlocked', 'stalled', 'stall', 'stalls', 'stalemate', 'snag'], phrases: ['dead end'] },
  // "remains" only as a noun phrase: its stem is that of "remain" (the verb).
  { term: 'body', words: ['body', 'bodies', 'corpse', 'corpses'], phrases: ['the remains', 'their remains', 'his remains', 'her remains', 'human remains'] },
  { term: 'hostage', words: ['hostage', 'hostages', 'captive', 'captives', 'detainee', 'detainees', 'abductee', 'abductees'] },
  { term: 'ceasefire', words: ['ceasefire', 'truce', 'cease-fire'] },
  { term: 'reconstruction', words: ['reconstruction', 'rebuilding', 'rebuild', 'reconstruct'] },
  { term: 'stabilization force', words: ['isf', 'peacekeepers', 'peacekeeping'], phrases: [
    'international force', 'stabilization force', 'stabilisation force', 'foreign force', 'international stabilization force',
    'multinational force', 'international stabilisation force',
  ] },
  { term: 'phase', words: ['phase', 'stage'] },
  { term: 'troops', words: ['troops', 'soldiers', 'boots', 'contingent', 'forces'] },
  { term: 'trapped', words: ['trapped', 'barricaded', 'stuck', 'holed'] },
  { term: 'tunnel', words: ['tunnel', 'tunnels', 'underground'] },
  { term: 'passage', words: ['passage', 'exit', 'exile', 'leave'] },
  { term: 'weapon', words: ['weapon', 'weapons', 'arms'] },
  { term: 'refuse', words: ['refuse', 'refuses', 'refusal', 'reject', 'rejects', 'oppose', 'opposes', 'reluctant', 'unacceptable'] },
  { term: 'pressure', words: ['pressure', 'pressing', 'press', 'push', 'urge'] },
  { term: 'plan', words: ['plan', 'proposal', 'framework'] },
  { term: 'agreement', words: ['agreement', 'deal', 'accord'] },
  { term: 'housing', words: ['housing', 'homes', 'shelters'] },
  { term: 'frustration', words: ['frustration', 'frustrated', 'impatience', 'patience'] },
  { term: 'strength', words: ['strength', 'strengthen', 'strengthening', 'stronger', 'restrengthen', 'rearm', 'rearming', 'regroup'] },
  { term: 'concern', words: ['concern', 'concerned', 'worry', 'worried', 'worries', 'fear', 'fears', 'feared'] },
  { term: 'official', words: ['official', 'officials', 'source', 'sources'] },
];

export interface SynonymTables {
  /** Porter stem of a word -> group term. */
  byStem: Map<string, SynonymGroup>;
  /** Phrase as lower-case words joined by a space -> group. */
  byPhrase: Map<string, SynonymGroup>;
  /** Longest phrase length in words. */
  maxPhrase: number;
}

/** Builds the lookup tables from the groups, stemming words with `stem`. */
export function synonymTables(stem: (word: string) => string, groups: SynonymGroup[] = SYNONYM_GROUPS): SynonymTables {
  const byStem = new Map<string, SynonymGroup>();
  const byPhrase = new Map<string, SynonymGroup>();
  let maxPhrase = 1;
  for (const g of groups) {
    for (const w of g.words) byStem.set(stem(w), g);
    for (const p of g.phrases ?? []) {
      const words = p.split(' ').map((w) => w.replace(/\./g, ''));
      byPhrase.set(words.join(' '), g);
      maxPhrase = Math.max(maxPhrase, words.length);
    }
  }
  return { byStem, byPhrase, maxPhrase };
}
