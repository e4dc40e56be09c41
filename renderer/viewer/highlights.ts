import type { Node as PMNode } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type StateField, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Category } from '../../shared/model';
import { canonicalText, type CanonicalText, type TextBlock } from '../../shared/text';
import { assignLanes, LANE_COUNT, lowestFreeLane } from './lanes';
import { PersistentMap } from './persistent-map';
import { rangeSegments, type Segment } from './segments';

/** One annotation as the viewer shows it; start/end are canonical text offsets. */
export interface Highlight {
  id: string;
  start: number;
  end: number;
  category: Category;
  label?: string;
  annotator: string;
  note: string;
  linked?: boolean;
}

/** What a highlight decoration carries in its spec. */
export interface HighlightSpec {
  id: string;
  highlight: Highlight;
  /** Underline lane (see lanes.ts). */
  lane: number;
  /** The class list the decoration draws (see highlightClass). */
  className: string;
}

/** A highlight, its lane and the decorations (absolute positions in the current doc) that draw it. */
export interface HighlightEntry {
  highlight: Highlight;
  lane: number;
  decorations: readonly Decoration[];
}

/** Plugin state: the decorations, an id index into them, the marked ids and the doc's block table. */
export interface HighlightState {
  set: DecorationSet;
  index: PersistentMap<HighlightEntry>;
  active: string | null;
  /** Partners of a linked span shown elsewhere (the other pane's active or hovered one). */
  partners: ReadonlySet<string>;
  /** Annotations picked for the next link. */
  picked: ReadonlySet<string>;
  canonical: CanonicalText;
}

/** How one highlight is marked besides its category; each mark is a class (see highlightClass). */
export interface HighlightMarks {
  active: boolean;
  partner: boolean;
  picked: boolean;
}

const NO_MARKS: HighlightMarks = { active: false, partner: false, picked: false };
const NO_IDS: ReadonlySet<string> = new Set();

/** Transaction meta understood by the plugin: `tr.setMeta(highlightKey, meta)`. */
export interface HighlightMeta {
  /** Highlights to draw; one whose id is already shown replaces it. */
  add?: Highlight[];
  /** Ids to take away; unknown ids are ignored. */
  remove?: string[];
  /** The highlight to mark active; null clears it; leave out to keep it. */
  active?: string | null;
  /** The ids to mark as partners (replacing the previous ones); leave out to keep them. */
  partners?: readonly string[];
  /** The ids to mark as picked (replacing the previous ones); leave out to keep them. */
  picked?: readonly string[];
}

export const highlightKey = new PluginKey<HighlightState>('highlights');

/** Class list of a highlight span; all styling lives in viewer.css (the CSP forbids inline styles). */
export function highlightClass(h: Highlight, lane: number, marks: HighlightMarks = NO_MARKS): string {
  let cls = `hl hl-${h.category}`;
  const shownLane = Math.min(lane, LANE_COUNT - 1);
  if (shownLane > 0) cls += ` hl-lane-${shownLane}`;
  if (h.linked) cls += ' hl-linked';
  if (marks.active) cls += ' hl-active';
  if (marks.partner) cls += ' hl-partner';
  if (marks.picked) cls += ' hl-picked';
  return cls;
}

/** The marks of one id under the given active id and partner and pick sets. */
function marksOf(id: string, active: string | null, partners: ReadonlySet<string>, picked: ReadonlySet<string>): HighlightMarks {
  return { active: id === active, partner: partners.has(id), picked: picked.has(id) };
}

/**
 * The inline decorations that draw one highlight over its block segments.
 * Each gets its own `span` (nodeName) so that overlapping highlights nest
 * rather than being merged by ProseMirror into one element.
 */
function decorate(h: Highlight, segments: readonly Segment[], lane: number, marks: HighlightMarks): Decoration[] {
  const className = highlightClass(h, lane, marks);
  const attrs = {
    nodeName: 'span',
    class: className,
    'data-annotation-id': h.id,
    'data-category': h.category,
    // Lets a stylesheet tell teammates' highlights from mine (see renderer/review).
    'data-annotator': h.annotator,
  };
  const spec: HighlightSpec = { id: h.id, highlight: h, lane, className };
  return segments.map((s) => Decoration.inline(s.from, s.to, attrs, spec));
}

/** The decorations for one highlight: one per text block it touches, none over a block separator. */
export function highlightDecorations(h: Highlight, blocks: readonly TextBlock[], lane = 0, marks: HighlightMarks = NO_MARKS): Decoration[] {
  return decorate(h, rangeSegments(blocks, h.start, h.end), lane, marks);
}

/** The marks a state starts with; all optional. */
export interface InitialMarks {
  active?: string | null;
  partners?: readonly string[];
  picked?: readonly string[];
}

/** Builds the state for a document; all decorations go into one DecorationSet.create call. */
export function initialHighlightState(doc: PMNode, highlights: readonly Highlight[], marks: InitialMarks = {}): HighlightState {
  const canonical = canonicalText(doc);
  const active = marks.active ?? null;
  const partners = marks.partners?.length ? new Set(marks.partners) : NO_IDS;
  const picked = marks.picked?.length ? new Set(marks.picked) : NO_IDS;
  const unique = [...new Map(highlights.map((h) => [h.id, h] as const)).values()];
  const lanes = assignLanes(unique);
  const all: Decoration[] = [];
  const entries: [string, HighlightEntry][] = [];
  for (const h of unique) {
    const lane = lanes.get(h.id) ?? 0;
    const decorations = highlightDecorations(h, canonical.blocks, lane, marksOf(h.id, active, partners, picked));
    if (decorations.length === 0) continue;
    entries.push([h.id, { highlight: h, lane, decorations }]);
    for (const d of decorations) all.push(d);
  }
  return { set: DecorationSet.create(doc, all), index: PersistentMap.from(entries), active, partners, picked, canonical };
}

/**
 * After a doc change: map the set (never rebuild it) and re-index from what
 * the mapped set kept. The viewer is read-only, so this is rare, and reading
 * the index back from the set keeps the two from drifting apart.
 */
function mapState(state: HighlightState, tr: Transaction): HighlightState {
  const set = state.set.map(tr.mapping, tr.doc);
  const byId = new Map<string, HighlightEntry & { decorations: Decoration[] }>();
  for (const deco of set.find()) {
    const spec = deco.spec as HighlightSpec;
    const entry = byId.get(spec.id);
    if (entry) entry.decorations.push(deco);
    else byId.set(spec.id, { highlight: spec.highlight, lane: spec.lane, decorations: [deco] });
  }
  return { ...state, set, index: PersistentMap.from(byId), canonical: canonicalText(tr.doc) };
}

/** Lanes of the shown highlights (other than `id`) that overlap any of the segments. */
function lanesOverlapping(set: DecorationSet, pending: readonly Decoration[], segments: readonly Segment[], id: string): number[] {
  const lanes: number[] = [];
  const take = (d: Decoration, s: Segment): void => {
    const spec = d.spec as HighlightSpec;
    // find() also returns decorations that merely touch the range.
    if (spec.id !== id && d.from < s.to && d.to > s.from) lanes.push(spec.lane);
  };
  for (const s of segments) {
    for (const d of set.find(s.from, s.to)) take(d, s);
    for (const d of pending) take(d, s);
  }
  return lanes;
}

/** The new id set, or `current` itself when `next` is missing or holds the same ids. */
function nextIds(current: ReadonlySet<string>, next: readonly string[] | undefined): ReadonlySet<string> {
  if (next === undefined) return current;
  const set = new Set(next);
  if (set.size === current.size && [...set].every((id) => current.has(id))) return current;
  return set.size === 0 ? NO_IDS : set;
}

/** Ids in exactly one of the two sets. */
function flipped(before: ReadonlySet<string>, after: ReadonlySet<string>, into: Set<string>): void {
  if (before === after) return;
  for (const id of before) if (!after.has(id)) into.add(id);
  for (const id of after) if (!before.has(id)) into.add(id);
}

/**
 * Applies add/remove and the marks (active, partners, picked) with
 * set.remove and set.add. Returns the same state object when nothing
 * changes, so the set keeps its identity.
 */
export function applyHighlightMeta(state: HighlightState, meta: HighlightMeta, doc: PMNode): HighlightState {
  const active = meta.active === undefined ? state.active : meta.active;
  const partners = nextIds(state.partners, meta.partners);
  const picked = nextIds(state.picked, meta.picked);
  const marksSame = active === state.active && partners === state.partners && picked === state.picked;
  // Last one wins when an id is added twice, as if added one after the other.
  const adds = new Map((meta.add ?? []).map((h) => [h.id, h] as const));
  const removes = new Set(meta.remove);
  // Highlights whose marks change are redrawn in their own lane, unless this
  // same change removes or replaces them.
  const redraws: HighlightEntry[] = [];
  if (!marksSame) {
    const ids = new Set<string>();
    if (active !== state.active) for (const id of [state.active, active]) if (id !== null) ids.add(id);
    flipped(state.partners, partners, ids);
    flipped(state.picked, picked, ids);
    for (const id of ids) {
      const entry = adds.has(id) || removes.has(id) ? undefined : state.index.get(id);
      if (entry) redraws.push(entry);
    }
  }

  let index = state.index;
  const removed: Decoration[] = [];
  const drop = (id: string): void => {
    const entry = index.get(id);
    if (!entry) return;
    for (const d of entry.decorations) removed.push(d);
    index = index.delete(id);
  };
  for (const id of removes) drop(id);
  for (const id of adds.keys()) drop(id);
  for (const entry of redraws) drop(entry.highlight.id);

  if (removed.length === 0 && adds.size === 0) {
    return marksSame ? state : { ...state, active, partners, picked };
  }
  // remove() and add() consume their arrays, which are ours alone.
  const kept = state.set.remove(removed);
  const added: Decoration[] = [];
  const put = (h: Highlight, lane: number | null): void => {
    const segments = rangeSegments(state.canonical.blocks, h.start, h.end);
    if (segments.length === 0) return;
    const chosen = lane ?? lowestFreeLane(lanesOverlapping(kept, added, segments, h.id));
    const decorations = decorate(h, segments, chosen, marksOf(h.id, active, partners, picked));
    for (const d of decorations) added.push(d);
    index = index.set(h.id, { highlight: h, lane: chosen, decorations });
  };
  for (const entry of redraws) put(entry.highlight, entry.lane);
  for (const h of adds.values()) put(h, null);

  const set = added.length ? kept.add(doc, added) : kept;
  if (set === state.set && index === state.index) return marksSame ? state : { ...state, active, partners, picked };
  return { set, index, active, partners, picked, canonical: state.canonical };
}

/** The highlight plugin for one article; its set is built once, from `highlights` and `marks`, when the state is created. */
export function highlightPlugin(highlights: readonly Highlight[], marks: InitialMarks = {}): Plugin<HighlightState> {
  const field: StateField<HighlightState> = {
    init: (_config, state) => initialHighlightState(state.doc, highlights, marks),
    apply(tr, value) {
      let next = tr.docChanged ? mapState(value, tr) : value;
      const meta = tr.getMeta(highlightKey) as HighlightMeta | undefined;
      if (meta) next = applyHighlightMeta(next, meta, tr.doc);
      return next;
    },
  };
  return new Plugin<HighlightState>({
    key: highlightKey,
    state: field,
    props: { decorations: (state) => highlightKey.getState(state)?.set },
  });
}

/** The highlight state of an editor state built with `highlightPlugin`. */
export function highlightState(state: EditorState): HighlightState {
  const value = highlightKey.getState(state);
  if (!value) throw new Error('highlightState: the editor state has no highlight plugin');
  return value;
}
