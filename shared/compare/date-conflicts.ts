import { timesComparable, timesDisagree, type TimeExpr } from './time';
import type { Conflict, MemberComparison, NotCompared } from './types';

/**
 * Dates and times across the members of a link: those that cannot mean the
 * same time, and those that could not be compared at all (a weekday or
 * "last week" without the article's publication date, or a date against a
 * duration), so that "no conflict" is never read as "the dates agree".
 */

export function timeConflicts(members: MemberComparison[], refs: (Date | undefined)[]): Conflict[] {
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

/** Members with times that no other member's times could be compared with. */
export function uncomparedTimes(members: MemberComparison[], refs: (Date | undefined)[]): NotCompared[] {
  const involved = new Set<number>();
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const ta = members[i]!.times;
      const tb = members[j]!.times;
      const ref = refs[i] ?? refs[j];
      if (ta.length && tb.length && !ta.some((a) => tb.some((b) => timesComparable(a, b, ref)))) involved.add(i).add(j);
    }
  }
  if (involved.size === 0) return [];
  const list = [...involved].sort((x, y) => x - y);
  const readings = list.map((k) => `${members[k]!.times.map((t) => t.text).join(', ')} (${members[k]!.outletName})`);
  const unresolved = list.some((k) => !refs[k] && members[k]!.times.some((t) => t.kind === 'relative'));
  const reason = unresolved ? 'relative dates need each article\u2019s publication date' : 'they name different kinds of time';
  return [{ kind: 'time', message: `Dates not compared: ${readings.join(' / ')}; ${reason}`, members: list.map((k) => members[k]!.id) }];
}
