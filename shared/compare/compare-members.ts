import { compareActorLists, extractActors, type Actor } from './actors';
import { citedSource, type CitedSource } from './attribution';
import { compareQuantities, extractQuantities, type Quantity, type QuantityVerdict } from './numbers';
import { isTimeUnit, unitKey, unitLemma } from './units';
import { extractTimes, referenceDate, timesComparable, timesDisagree, type TimeExpr } from './time';
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

/** "more than 100" plus the counted noun as written after it: "more than 100 fighters". */
function quantityWords(q: Quantity, articleText: string): string {
  if (!q.unit) return q.text;
  const after = articleText.slice(q.end, q.end + 40);
  for (const m of after.matchAll(/[A-Za-z]+/g)) {
    if (unitLemma(m[0]) === q.unit) return articleText.slice(q.start, q.end + m.index! + m[0].length);
  }
  return q.text;
}

interface FigureGroup {
  severity: 'incompatible' | 'different';
  key: string;
  ids: Set<string>;
  /** Readings per member index, in the order found. */
  readings: Map<number, string[]>;
}

/** The best verdict between two members' figures of compatible things: one pair that agrees is enough. */
function pairVerdict(qa: readonly Quantity[], qb: readonly Quantity[]): { verdict: QuantityVerdict; pairs: [Quantity, Quantity][] } | null {
  const all: [Quantity, Quantity, QuantityVerdict][] = [];
  for (const a of qa) for (const b of qb) {
    const v = compareQuantities(a, b);
    if (v) all.push([a, b, v]);
  }
  if (all.length === 0) return null;
  const verdict = all.some((p) => p[2] === 'same') ? 'same' : all.some((p) => p[2] === 'different') ? 'different' : 'incompatible';
  return { verdict, pairs: all.filter((p) => p[2] === verdict).map(([a, b]) => [a, b]) };
}

/**
 * Figures that cannot both be true ("3 numbers disagree: ...") and figures
 * that can but differ ("Figures differ: ..."), per kind of thing counted.
 * Members already in a disagreement about a thing are not listed again as differing.
 */
function quantityConflicts(members: MemberComparison[], texts: string[]): Conflict[] {
  const groups = new Map<string, FigureGroup>();
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const found = pairVerdict(members[i]!.quantities, members[j]!.quantities);
      if (!found || found.verdict === 'same') continue;
      for (const [a, b] of found.pairs) {
        const key = unitKey(a.unit ?? b.unit);
        const id = `${found.verdict} ${key}`;
        const g = groups.get(id) ?? { severity: found.verdict, key, ids: new Set<string>(), readings: new Map<number, string[]>() };
        for (const [q, k] of [[a, i], [b, j]] as const) {
          g.ids.add(members[k]!.id);
          const words = quantityWords(q, texts[k]!) + (found.verdict === 'different' && q.note ? ` (${q.note})` : '');
          const list = g.readings.get(k) ?? [];
          if (!list.includes(words)) list.push(words);
          g.readings.set(k, list);
        }
        groups.set(id, g);
      }
    }
  }
  const out: Conflict[] = [];
  for (const g of [...groups.values()].sort((x, y) => (x.severity === y.severity ? 0 : x.severity === 'incompatible' ? -1 : 1))) {
    if (g.severity === 'different') {
      const disagreeing = groups.get(`incompatible ${g.key}`);
      if (disagreeing && [...g.ids].every((id) => disagreeing.ids.has(id))) continue;
    }
    const readings = [...g.readings.keys()].sort((x, y) => x - y).flatMap((k) => g.readings.get(k)!);
    const head = g.severity === 'incompatible' ? `${readings.length} numbers disagree` : 'Figures differ';
    out.push({
      kind: 'quantity',
      message: `${head}: ${readings.join(' / ')}`,
      members: members.filter((m) => g.ids.has(m.id)).map((m) => m.id),
      severity: g.severity,
    });
  }
  return out;
}

function timeConflicts(members: MemberComparison[], refs: (Date | undefined)[]): Conflict[] {
  const ids = new Set<string>();
  const readings: string[] = [];
  let allDates = true;
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const ref = refs[i] ?? refs[j];
      const pairs: [TimeExpr, TimeExpr][] = [];
      for (const a of members[i]!.times) for (const b of members[j]!.times) if (timesComparable(a, b, ref)) pairs.push([a, b]);
      if (pairs.length === 0 || pairs.some(([a, b]) => !timesDisagree(a, b, ref))) continue;
      ids.add(members[i]!.id);
      ids.add(members[j]!.id);
      for (const [a, b] of pairs) {
        for (const t of [a, b]) {
          if (!readings.includes(t.text)) readings.push(t.text);
          if (!t.iso && !t.parts) allDates = false;
        }
      }
    }
  }
  if (ids.size === 0) return [];
  return [{
    kind: 'time',
    message: `${readings.length} ${allDates ? 'dates' : 'times'} disagree: ${readings.join(' / ')}`,
    members: members.filter((m) => ids.has(m.id)).map((m) => m.id),
  }];
}

function actorConflicts(members: MemberComparison[]): { conflicts: Conflict[]; shared: string[]; differing: Comparison['actors']['differing'] } {
  // Member actors carry article offsets; the comparison needs only their canonicals and roles.
  const result = compareActorLists(members.map((m) => m.actors));
  const idsOf = (indexes: number[]) => indexes.map((i) => members[i]!.id);
  const conflicts = result.conflicts.map((c) => ({
    kind: 'actor' as const,
    message: `Outlets name different ${ROLE_WORDS[c.role] ?? c.role}: ${c.actors
      .map((a) => `${a.canonical} (${a.members.map((i) => members[i]!.outletName).join(', ')})`)
      .join(' / ')}`,
    members: [...new Set(c.actors.flatMap((a) => idsOf(a.members)))],
  }));
  return { conflicts, shared: result.shared, differing: result.differing.map((d) => ({ canonical: d.canonical, members: idsOf(d.members) })) };
}

function attributionConflicts(members: MemberComparison[]): Conflict[] {
  const kinds = new Set(members.map((m) => m.source.kind));
  if (kinds.size < 2) return [];
  const readings = members.map((m) =>
    m.source.kind === 'unattributed' ? `${m.outletName}: unattributed` : `${m.outletName}: ${m.source.text ?? ''} (${SOURCE_WORDS[m.source.kind]})`,
  );
  return [{ kind: 'attribution', message: `Sources differ: ${readings.join(' / ')}`, members: members.map((m) => m.id) }];
}

/** Compares the members of a link: what each says, how their wording differs, and where they conflict. */
export function compareMembers(input: readonly CompareMemberInput[]): Comparison {
  const located = input.map(locate);
  const refs = input.map((m) => referenceDate(m.publishedAt));
  const distinct = distinctiveTerms(input.map((m) => m.text));
  const members: MemberComparison[] = located.map((loc, i) => {
    const m = loc.member;
    const quantities = spanOrSentence(loc, extractQuantities).filter((q) => !isTimeUnit(q.unit));
    const times = spanOrSentence(loc, (t) => extractTimes(t, refs[i]));
    const actors: Actor[] = extractActors(m.text).map((a) => ({ ...a, start: a.start + m.start, end: a.end + m.start }));
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
      source: citedSource(m.articleText, { start: m.start, end: m.end }, m.attributions),
      distinctive: distinct[i]!.map((d) => ({ ...d, start: d.start + m.start, end: d.end + m.start })),
    };
  });
  const actors = actorConflicts(members);
  const conflicts = [
    ...quantityConflicts(members, input.map((m) => m.articleText)),
    ...timeConflicts(members, refs),
    ...actors.conflicts,
    ...attributionConflicts(members),
  ];
  return {
    members,
    wording: alignWording(input.map((m) => m.text)),
    actors: { shared: actors.shared, differing: actors.differing },
    conflicts,
  };
}
