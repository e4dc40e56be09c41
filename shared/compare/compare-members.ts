import { compareActorLists, extractActors, type Actor } from './actors';
import { anachronisms, impliedAdministrations } from './offices';
import { citedSource, SOURCE_DETAIL_NAMES, type CitedSource } from './attribution';
import { quantityConflicts, uncomparedFigures } from './figure-conflicts';
import { timeConflicts, uncomparedTimes } from './date-conflicts';
import { extractQuantities } from './numbers';
import { isTimeUnit } from './units';
import { extractTimes, referenceDate } from './time';
import type { LinkKind } from '../model';
import type { CompareMemberInput, Comparison, Conflict, MemberComparison } from './types';
import { alignWording, distinctiveTerms } from './wording';

/**
 * Puts the comparison together for the members of one link: per member the
 * quantities, times, actors and cited source of its span; the wording diff;
 * and conflicts worded for an analyst.
 *
 * Quantities and times come from the span; when the span has none, from its
 * sentence (an analyst often selects "fighters remain trapped" and leaves the
 * number outside). Durations ("two years") are compared as times, not as numbers.
 */

const SOURCE_WORDS: Record<CitedSource['kind'], string> = {
  named: 'named source',
  'anonymous-official': 'anonymous official',
  'media-report': 'media report',
  document: 'document',
  unattributed: 'unattributed',
};
const sourceWords = (s: CitedSource) => (s.detail ? SOURCE_DETAIL_NAMES[s.detail] : SOURCE_WORDS[s.kind]);

const ROLE_WORDS: Record<string, string> = { administration: 'administrations', 'us-president': 'US presidents' };

interface Located {
  member: CompareMemberInput;
  id: string;
  /** Offset of the sentence in the article text, or null when it cannot be found there. */
  sentenceStart: number | null;
}

function locate(m: CompareMemberInput): Located {
  const id = m.id ?? m.articleId;
  if (!m.sentence) return { member: m, id, sentenceStart: null };
  // The sentence that contains the span: search backwards from the span so repeated sentences pick the right one.
  let at = m.articleText.lastIndexOf(m.sentence, m.start);
  if (at < 0 || at + m.sentence.length < m.end) at = m.articleText.indexOf(m.sentence);
  const contains = at >= 0 && at <= m.start && m.end <= at + m.sentence.length;
  return { member: m, id, sentenceStart: contains ? at : null };
}

/** Things found in the span, else in its sentence, with offsets into the article. */
function spanOrSentence<T extends { start: number; end: number }>(loc: Located, extract: (text: string) => T[]): T[] {
  const m = loc.member;
  const shift = (items: T[], by: number) => items.map((x) => ({ ...x, start: x.start + by, end: x.end + by }));
  if (loc.sentenceStart === null) return shift(extract(m.text), m.start);
  const all = shift(extract(m.sentence), loc.sentenceStart);
  const inSpan = all.filter((x) => x.start >= m.start && x.end <= m.end);
  return inSpan.length ? inSpan : all;
}

function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * Actors across members: what all name, what some name, roles filled by
 * different actors (the US government read as the administration in office
 * at each article's date), and administrations named out of their time.
 */
function actorConflicts(
  members: MemberComparison[], refs: (Date | undefined)[], texts: string[],
): { conflicts: Conflict[]; shared: string[]; differing: Comparison['actors']['differing'] } {
  const lists = members.map((m) => m.actors);
  const result = compareActorLists(lists);
  const implied = members.map((m, i) => impliedAdministrations(m.actors, refs[i]));
  const roles = compareActorLists(lists.map((l, i) => [...l, ...implied[i]!])).conflicts;
  const idsOf = (indexes: number[]) => indexes.map((i) => members[i]!.id);
  const named = (k: number, canonical: string) => {
    if (lists[k]!.some((a) => a.canonical === canonical)) return members[k]!.outletName;
    return `${members[k]!.outletName} as \u201C${implied[k]!.find((a) => a.canonical === canonical)!.text}\u201D`;
  };
  const conflicts: Conflict[] = roles.map((c) => ({
    kind: 'actor' as const,
    message: `Outlets name different ${ROLE_WORDS[c.role] ?? c.role}: ${c.actors
      .map((a) => `${a.canonical} (${a.members.map((k) => named(k, a.canonical)).join(', ')})`)
      .join(' / ')}`,
    members: [...new Set(c.actors.flatMap((a) => idsOf(a.members)))],
  }));
  members.forEach((m, i) => {
    const ref = refs[i];
    if (!ref) return;
    for (const a of anachronisms(texts[i]!, m.actors, ref)) {
      const holder = a.inOffice.endsWith('administration') ? `the ${a.inOffice}` : a.inOffice;
      conflicts.push({
        kind: 'actor',
        message: `Out of date: ${a.text} (${m.outletName}, published ${isoDay(ref)}; ${holder} has held office since ${a.since})`,
        members: [m.id],
      });
    }
  });
  return { conflicts, shared: result.shared, differing: result.differing.map((d) => ({ canonical: d.canonical, members: idsOf(d.members) })) };
}

function attributionConflicts(members: MemberComparison[]): Conflict[] {
  const kinds = new Set(members.map((m) => sourceWords(m.source)));
  if (kinds.size < 2) return [];
  const readings = members.map((m) =>
    m.source.kind === 'unattributed' ? `${m.outletName}: unattributed` : `${m.outletName}: ${m.source.text ?? ''} (${sourceWords(m.source)})`,
  );
  return [{ kind: 'attribution', message: `Sources differ: ${readings.join(' / ')}`, members: members.map((m) => m.id) }];
}

export interface CompareOptions {
  /** A same-referent link compares the names only: no figures, dates or sources. */
  linkKind?: LinkKind;
}

/** Compares the members of a link: what each says, how their wording differs, and where they conflict. */
export function compareMembers(input: readonly CompareMemberInput[], options: CompareOptions = {}): Comparison {
  const namesOnly = options.linkKind === 'same-referent';
  const located = input.map(locate);
  const refs = input.map((m) => referenceDate(m.publishedAt));
  const distinct = distinctiveTerms(input.map((m) => m.text));
  const members: MemberComparison[] = located.map((loc, i) => {
    const m = loc.member;
    const quantities = namesOnly ? [] : spanOrSentence(loc, extractQuantities).filter((q) => !isTimeUnit(q.unit));
    const times = namesOnly ? [] : spanOrSentence(loc, (t) => extractTimes(t, refs[i]));
    const actors: Actor[] = extractActors(m.text, refs[i]).map((a) => ({ ...a, start: a.start + m.start, end: a.end + m.start }));
    return {
      id: loc.id,
      articleId: m.articleId,
      outletName: m.outletName,
      text: m.text,
      start: m.start,
      end: m.end,
      quantities,
      times,
      actors,
      source: namesOnly ? { kind: 'unattributed' } : citedSource(m.articleText, { start: m.start, end: m.end }, m.attributions),
      distinctive: distinct[i]!.map((d) => ({ ...d, start: d.start + m.start, end: d.end + m.start })),
    };
  });
  const texts = input.map((m) => m.articleText);
  const actors = actorConflicts(members, refs, texts);
  const conflicts = [
    ...quantityConflicts(members, texts),
    ...timeConflicts(members, refs),
    ...actors.conflicts,
    ...(namesOnly ? [] : attributionConflicts(members)),
  ];
  const notCompared = [...uncomparedFigures(members, texts), ...uncomparedTimes(members, refs)];
  return {
    members,
    wording: alignWording(input.map((m) => m.text)),
    actors: { shared: actors.shared, differing: actors.differing },
    conflicts,
    ...(notCompared.length ? { notCompared } : {}),
  };
}
