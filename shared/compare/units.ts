/**
 * The counted thing of a figure: singular forms of counted nouns, the nouns
 * that count spans of time, and the groups of nouns that count the same kind
 * of thing ("fighters" and "militants" are one count; "fighters" and
 * "bodies" are not).
 */

import { UNIT_GROUPS } from './data/unit-groups';

const IRREGULAR_PLURALS: Record<string, string> = {
  people: 'people', men: 'man', women: 'woman', children: 'child', police: 'police', personnel: 'personnel',
  remains: 'remains', feet: 'foot', staff: 'staff', lives: 'life', wives: 'wife', thieves: 'thief', series: 'series',
  news: 'news', times: 'time', gunmen: 'gunman', militiamen: 'militiaman', policemen: 'policeman', servicemen: 'serviceman',
  spokesmen: 'spokesman', tribesmen: 'tribesman', fishermen: 'fisherman',
};
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']);

/** Whether a lower-case word is a plural noun form ("fighters", "people"; not "bus", "crisis"). */
export function isPlural(word: string): boolean {
  if (word in IRREGULAR_PLURALS) return true;
  return word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word);
}

/** Lower-case singular of a counted noun ("bodies" -> "body", "people" stays). */
export function unitLemma(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_PLURALS[w];
  if (irregular) return irregular;
  if (!isPlural(w)) return w;
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (/(ches|shes|xes|sses|zes)$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** Whether a unit is a span of time (such quantities are durations; time.ts compares them). */
export function isTimeUnit(unit: string | undefined): boolean {
  return unit !== undefined && TIME_UNITS.has(unit);
}

const UNIT_GROUP = new Map<string, number>();
UNIT_GROUPS.forEach((g, i) => g.units.forEach((u) => UNIT_GROUP.set(u, i)));

/** Whether two units count the same kind of thing (unknown units match anything). */
export function unitsCompatible(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === b) return true;
  const ga = UNIT_GROUP.get(a);
  return ga !== undefined && ga === UNIT_GROUP.get(b);
}

/** A key that is equal for compatible units: the group's first unit, else the unit itself. */
export function unitKey(unit: string | undefined): string {
  if (unit === undefined) return '';
  const g = UNIT_GROUP.get(unit);
  return g === undefined ? unit : UNIT_GROUPS[g]!.units[0]!;
}
