import { compareQuantities, unitsCompatible } from '../../shared/compare/numbers';
import type { MemberComparison } from '../../shared/compare/types';

/**
 * Geometry of the figures chart: one bar per outlet on a shared axis from
 * zero, each bar the interval its wording stands for. Whether the figures
 * can all be true is decided on their stated bounds ("more than 100" is
 * (100, ∞), so it fits "approximately 200"); a bar with no upper bound runs
 * to the end of the axis as an open end. Pure: the component only draws
 * what this returns.
 */

type Quantity = MemberComparison['quantities'][number];

export interface RangeBar {
  memberId: string;
  outletName: string;
  /** The figure as written. */
  text: string;
  min: number;
  max: number;
  /** The stated number, drawn as a tick inside the bar (null for vague words and ranges). */
  value: number | null;
  approximator: Quantity['approximator'];
  /** No upper bound ("more than 100", "at least 5"): drawn to the axis end with an arrow. */
  openHigh: boolean;
  /** Plot coordinates, 0..plotWidth. */
  x: number;
  width: number;
  valueX: number | null;
}

export interface RangeTick {
  value: number;
  x: number;
  label: string;
}

export interface RangeChartModel {
  measure: Quantity['measure'];
  /** The counted noun of the figure most members share ("fighter"). */
  unit: string | undefined;
  /** One row per member, in member order; null where the member gives no comparable figure. */
  rows: { memberId: string; outletName: string; bar: RangeBar | null }[];
  ticks: RangeTick[];
  domainMax: number;
  /** Whether one value satisfies every figure's bounds (intervals on a line overlap pairwise exactly when they all share a point). */
  overlapAll: boolean;
  /** 'same' when every figure reads alike, 'different' when they can all be true but differ, 'incompatible' when they cannot. */
  verdict: 'same' | 'different' | 'incompatible';
}

/** Bars narrower than this are widened (around their centre) so exact figures stay visible. */
export const MIN_BAR = 4;

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

function tickLabel(value: number, measure: Quantity['measure']): string {
  return measure === 'proportion' ? `${Math.round(value * 100)}%` : compact.format(value);
}

/** A round step that gives about four intervals up to `max`. */
export function niceStep(max: number): number {
  if (max <= 0) return 1;
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const base = rough / power;
  const nice = base <= 1 ? 1 : base <= 2 ? 2 : base <= 2.5 ? 2.5 : base <= 5 ? 5 : 10;
  return nice * power;
}

/** Whether a figure has no upper bound (its bounds say so; figures without bounds go by their wording). */
export function openAbove(q: Quantity): boolean {
  if (q.bounds) return q.bounds.high === null;
  return q.approximator === 'more-than' || q.approximator === 'at-least';
}

/** The strongest pairwise verdict over the figures (bounds as stated). */
function verdictOf(figures: readonly Quantity[]): RangeChartModel['verdict'] {
  let verdict: RangeChartModel['verdict'] = 'same';
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const v = compareQuantities(figures[i]!, figures[j]!);
      if (v === 'incompatible') return v;
      if (v === 'different') verdict = v;
    }
  }
  return verdict;
}

function comparable(a: Quantity, b: Quantity): boolean {
  return a.measure === b.measure && unitsCompatible(a.unit, b.unit);
}

/** The figure most members have a comparable figure to (first such on ties), or null when fewer than two do. */
function anchorOf(members: readonly MemberComparison[]): Quantity | null {
  let best: Quantity | null = null;
  let bestScore = 1;
  for (const m of members) {
    for (const q of m.quantities) {
      const score = members.filter((other) => other.quantities.some((x) => comparable(q, x))).length;
      if (score > bestScore) {
        best = q;
        bestScore = score;
      }
    }
  }
  return best;
}

/** The chart for a comparison's members, or null when fewer than two give comparable figures. */
export function rangeChart(members: readonly MemberComparison[], plotWidth: number): RangeChartModel | null {
  const anchor = anchorOf(members);
  if (!anchor) return null;
  const picked = members.map((m) => ({ member: m, q: m.quantities.find((x) => comparable(anchor, x)) ?? null }));
  const present = picked.filter((p): p is { member: MemberComparison; q: Quantity } => p.q !== null);
  const top = anchor.measure === 'proportion' ? 1 : Math.max(...present.map((p) => p.q.max));
  const step = niceStep(top);
  const domainMax = anchor.measure === 'proportion' ? 1 : Math.ceil((top * 1.05) / step) * step;
  // Tenths of a pixel: crisp enough, and free of float noise in the markup.
  const scale = (v: number) => Math.round((Math.min(Math.max(v, 0), domainMax) / domainMax) * plotWidth * 10) / 10;
  const ticks: RangeTick[] = [];
  const tickStep = anchor.measure === 'proportion' ? 0.25 : step;
  for (let v = 0; v <= domainMax + tickStep / 1000; v += tickStep) ticks.push({ value: v, x: scale(v), label: tickLabel(v, anchor.measure) });

  const rows = picked.map(({ member, q }) => {
    if (!q) return { memberId: member.id, outletName: member.outletName, bar: null };
    const openHigh = openAbove(q);
    let x = scale(q.min);
    let width = Math.round(((openHigh ? plotWidth : scale(q.max)) - x) * 10) / 10;
    if (width < MIN_BAR) {
      x = Math.max(0, x + width / 2 - MIN_BAR / 2);
      width = MIN_BAR;
    }
    const bar: RangeBar = {
      memberId: member.id,
      outletName: member.outletName,
      text: q.text,
      min: q.min,
      max: q.max,
      value: q.value,
      approximator: q.approximator,
      openHigh,
      x,
      width,
      valueX: q.value !== null && q.approximator !== 'range' && q.approximator !== 'vague' ? scale(q.value) : null,
    };
    return { memberId: member.id, outletName: member.outletName, bar };
  });
  const verdict = verdictOf(present.map((p) => p.q));
  return { measure: anchor.measure, unit: anchor.unit, rows, ticks, domainMax, overlapAll: verdict !== 'incompatible', verdict };
}
