/**
 * Underline lanes. Overlapping highlights nest as spans, and each span draws
 * its underline at its lane's offset, so overlapping highlights must sit in
 * different lanes for both underlines to stay visible. A highlight keeps its
 * lane along its whole length, whichever span ProseMirror puts outside.
 */

/** Lanes with their own underline offset in viewer.css; deeper overlaps share the last one. */
export const LANE_COUNT = 3;

/** The lowest lane number not in `used`. */
export function lowestFreeLane(used: Iterable<number>): number {
  const taken = new Set(used);
  let lane = 0;
  while (taken.has(lane)) lane++;
  return lane;
}

/**
 * Lanes for a batch of ranges such that overlapping ranges differ: greedy
 * interval colouring in order of start (longer first on ties, so an outer
 * range gets the lower lane), which uses as few lanes as the deepest overlap.
 */
export function assignLanes(ranges: readonly { id: string; start: number; end: number }[]): Map<string, number> {
  const order = ranges.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const lanes = new Map<string, number>();
  let open: { end: number; lane: number }[] = [];
  for (const r of order) {
    open = open.filter((o) => o.end > r.start);
    const lane = lowestFreeLane(open.map((o) => o.lane));
    open.push({ end: r.end, lane });
    lanes.set(r.id, lane);
  }
  return lanes;
}
