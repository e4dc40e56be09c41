import { compareQuantities, type Quantity, type QuantityVerdict } from './numbers';
import type { Conflict, MemberComparison, NotCompared } from './types';
import { unitKey, unitLemma } from './units';

/**
 * Figures across the members of a link, worded for an analyst: those that
 * cannot both be true, those that can but differ, and those that could not
 * be compared because they count different things.
 */

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
export function quantityConflicts(members: MemberComparison[], texts: string[]): Conflict[] {
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

/** Members whose figures count different things from another member's: not compared, so not agreeing either. */
export function uncomparedFigures(members: MemberComparison[], texts: string[]): NotCompared[] {
  const involved = new Set<number>();
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const qa = members[i]!.quantities;
      const qb = members[j]!.quantities;
      if (qa.length && qb.length && !pairVerdict(qa, qb)) involved.add(i).add(j);
    }
  }
  if (involved.size === 0) return [];
  const list = [...involved].sort((x, y) => x - y);
  const readings = list.map((k) => `${members[k]!.quantities.map((q) => quantityWords(q, texts[k]!)).join(', ')} (${members[k]!.outletName})`);
  return [{
    kind: 'quantity',
    message: `Figures not compared: ${readings.join(' / ')}; they count different things`,
    members: list.map((k) => members[k]!.id),
  }];
}
