import type { Hedge } from './quantity-words';
import { unitsCompatible } from './units';

/**
 * What a figure allows, read as stated, and how two figures compare.
 *
 * Bounds (`high: null` is unbounded; JSON keeps it):
 * - exact N: [N, N]
 * - about / approximately / around / roughly / some / an estimated N: [0.9N, 1.1N]
 *   (rounded outwards for counts): "about 150" is 135..165
 * - nearly / almost N: [0.9N, N]
 * - more than / over / above N: (N, ∞), noted "probably near N"
 * - at least / no fewer than N: [N, ∞), noted "probably near N"
 * - less than / fewer than / under / below N: [0, N)
 * - up to / as many as / no more than / at most N: [0, N]
 * - N to M, between N and M: [N, M]; vague words: their table interval (quantity-words.ts)
 * Proportions are capped at 1.
 *
 * Separately, `min`/`max` of a Quantity stay a finite range to draw: an open
 * upper end is drawn to 1.5N ("more than 100" as 101..150, near 100) and an
 * open lower bound of a count starts at the next whole number.
 *
 * Two figures of compatible things compare as:
 * - 'incompatible': no value satisfies both bounds ("more than 100" / "dozens");
 * - 'different': some value satisfies both, but the figures or their precision
 *   differ ("more than 100" / "approximately 200");
 * - 'same': the same bounds with the same kind of hedge ("About 200" / "approximately 200").
 * A hedge ("possibly fewer than 100") never makes figures incompatible.
 */

export interface Bounds {
  low: number;
  lowOpen: boolean;
  /** null: no upper bound. */
  high: number | null;
  highOpen: boolean;
}

export type QuantityVerdict = 'incompatible' | 'different' | 'same';

/** What compareQuantities needs of a figure (a Quantity has all of it). */
export interface Comparable {
  min: number;
  max: number;
  approximator: string;
  measure: 'count' | 'proportion';
  unit?: string;
  bounds?: Bounds;
}

function round(n: number, measure: 'count' | 'proportion', dir: 'down' | 'up'): number {
  if (measure === 'proportion') return Math.min(1, n);
  // The epsilon keeps float noise (200 * 1.1 = 220.00000000000003) from widening a bound.
  return dir === 'down' ? Math.floor(n + 1e-9) : Math.ceil(n - 1e-9);
}

const closed = (low: number, high: number | null): Bounds => ({ low, lowOpen: false, high, highOpen: high === null });

/** The bounds a stated number allows under a hedge (null: none). */
export function boundsOfHedge(value: number, hedge: Hedge | null, measure: 'count' | 'proportion'): Bounds {
  const top = measure === 'proportion' ? 1 : null;
  switch (hedge) {
    case null:
      return closed(value, value);
    case 'about':
      return closed(round(value * 0.9, measure, 'down'), round(value * 1.1, measure, 'up'));
    case 'nearly':
      return closed(round(value * 0.9, measure, 'down'), value);
    case 'more-than':
      return { low: value, lowOpen: true, high: top, highOpen: top === null };
    case 'at-least':
      return closed(value, top);
    case 'less-than':
      return { low: 0, lowOpen: false, high: value, highOpen: true };
    case 'up-to':
      return closed(0, value);
  }
}

/**
 * The finite range drawn for a figure: open ends of whole counts step to the
 * next whole number; a figure stated only from below ("more than N", "at
 * least N") draws to 1.5N, near N.
 */
export function drawingRange(b: Bounds, measure: 'count' | 'proportion', onlyFromBelow: boolean): { min: number; max: number } {
  const step = measure === 'count' ? 1 : 0;
  const whole = (n: number) => Number.isInteger(n);
  const min = b.lowOpen && whole(b.low) ? b.low + step : b.low;
  const near = round(b.low * 1.5, measure, 'up');
  const max = onlyFromBelow || b.high === null ? Math.max(min, near) : b.highOpen && whole(b.high) ? b.high - step : b.high;
  return { min: Math.min(min, max), max };
}

/** The bounds of a figure: its stated bounds, or its drawing range for figures made without them. */
export function boundsOf(q: Comparable): Bounds {
  return q.bounds ?? closed(q.min, q.max);
}

function intersects(a: Bounds, b: Bounds): boolean {
  const low = Math.max(a.low, b.low);
  const lowOpen = (a.low === low && a.lowOpen) || (b.low === low && b.lowOpen);
  const ha = a.high ?? Infinity;
  const hb = b.high ?? Infinity;
  const high = Math.min(ha, hb);
  const highOpen = (ha === high && a.highOpen) || (hb === high && b.highOpen);
  const eps = 1e-9;
  if (low < high - eps) return true;
  return Math.abs(low - high) <= eps && !lowOpen && !highOpen;
}

function sameBounds(a: Bounds, b: Bounds): boolean {
  return a.low === b.low && a.lowOpen === b.lowOpen && a.high === b.high && a.highOpen === b.highOpen;
}

/** How two figures compare; null when they count different things or use different measures. */
export function compareQuantities(a: Comparable, b: Comparable): QuantityVerdict | null {
  if (a.measure !== b.measure || !unitsCompatible(a.unit, b.unit)) return null;
  const ba = boundsOf(a);
  const bb = boundsOf(b);
  if (!intersects(ba, bb)) return 'incompatible';
  return sameBounds(ba, bb) && a.approximator === b.approximator ? 'same' : 'different';
}

/** Whether two figures of compatible things cannot both be true. */
export function quantitiesConflict(a: Comparable, b: Comparable): boolean {
  return compareQuantities(a, b) === 'incompatible';
}
