import { EditorState } from 'prosemirror-state';
import type { Decoration } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../shared/random';
import { canonicalText, docFromJSON } from '../../shared/text';
import { highlightKey, highlightPlugin, highlightState, type Highlight, type HighlightMeta, type HighlightSpec } from './highlights';
import { hl, paragraphsDoc } from './test-docs';

// "Alpha beta gamma" = 0..16, separator 16..18, "Delta epsilon" = 18..31, separator, "Zeta eta" = 33..41
const DOC = paragraphsDoc('Alpha beta gamma', 'Delta epsilon', 'Zeta eta');

function stateWith(highlights: Highlight[], doc = DOC): EditorState {
  return EditorState.create({ doc: docFromJSON(doc), plugins: [highlightPlugin(highlights)] });
}

function withMeta(state: EditorState, meta: HighlightMeta): EditorState {
  return state.apply(state.tr.setMeta(highlightKey, meta));
}

function decosOf(state: EditorState, id: string): Decoration[] {
  return highlightState(state).set.find(undefined, undefined, (spec) => (spec as HighlightSpec).id === id);
}

/** The canonical text a decoration covers, computed from the doc (not from our own mapping). */
function coveredText(state: EditorState, deco: Decoration): string {
  return state.doc.textBetween(deco.from, deco.to);
}

describe('highlight plugin: building', () => {
  it('draws a one-block highlight as one decoration over exactly its text', () => {
    const state = stateWith([hl('a', 6, 10)]);
    const decos = decosOf(state, 'a');
    expect(decos).toHaveLength(1);
    expect(coveredText(state, decos[0]!)).toBe('beta');
  });

  it('splits a highlight that crosses blocks into one segment per block, none over the separator', () => {
    // "gamma\n\nDelta epsilon\n\nZeta" crosses three blocks
    const state = stateWith([hl('x', 11, 37)]);
    const decos = decosOf(state, 'x').sort((a, b) => a.from - b.from);
    expect(decos.map((d) => coveredText(state, d))).toEqual(['gamma', 'Delta epsilon', 'Zeta']);
    for (const d of decos) {
      const $from = state.doc.resolve(d.from);
      const $to = state.doc.resolve(d.to);
      expect($from.parent.isTextblock).toBe(true);
      expect($from.sameParent($to)).toBe(true);
    }
  });

  it('skips a highlight that lies wholly in a separator', () => {
    const state = stateWith([hl('sep', 16, 18)]);
    expect(decosOf(state, 'sep')).toEqual([]);
    expect(highlightState(state).index.has('sep')).toBe(false);
  });
});

describe('highlight plugin: updates keep identity unless something changes', () => {
  const base = stateWith([hl('a', 0, 5), hl('b', 6, 10, 'attribution')]);

  it('returns the same set when removing an unknown id or adding nothing', () => {
    const set = highlightState(base).set;
    expect(highlightState(withMeta(base, { remove: ['nope'] })).set).toBe(set);
    expect(highlightState(withMeta(base, { add: [] })).set).toBe(set);
    expect(highlightState(withMeta(base, {})).set).toBe(set);
    // A selection-only transaction leaves the whole plugin state alone.
    expect(highlightState(base.apply(base.tr.setMeta('unrelated', true)))).toBe(highlightState(base));
  });

  it('returns a new set with the highlight added, and another with it removed', () => {
    const added = withMeta(base, { add: [hl('c', 11, 16, 'framing')] });
    expect(highlightState(added).set).not.toBe(highlightState(base).set);
    expect(decosOf(added, 'c').map((d) => coveredText(added, d))).toEqual(['gamma']);

    const removed = withMeta(added, { remove: ['a'] });
    expect(highlightState(removed).set).not.toBe(highlightState(added).set);
    expect(decosOf(removed, 'a')).toEqual([]);
    expect(decosOf(removed, 'b')).toHaveLength(1);
    expect(decosOf(removed, 'c')).toHaveLength(1);
  });

  it('removes every segment of a cross-block highlight', () => {
    const state = withMeta(stateWith([hl('x', 11, 37), hl('a', 0, 5)]), { remove: ['x'] });
    expect(highlightState(state).set.find().map((d) => (d.spec as HighlightSpec).id)).toEqual(['a']);
  });

  it('leaves older states untouched (the state is persistent)', () => {
    const added = withMeta(base, { add: [hl('c', 11, 16)] });
    expect(highlightState(base).index.has('c')).toBe(false);
    expect(decosOf(base, 'c')).toEqual([]);
    expect(highlightState(added).index.has('c')).toBe(true);
  });

  it('does not bring back a removed highlight whose active flag changes in the same transaction', () => {
    const activeA = withMeta(base, { active: 'a' });
    const state = withMeta(activeA, { remove: ['a'], active: 'b' });
    expect(decosOf(state, 'a')).toEqual([]);
    expect(highlightState(state).index.has('a')).toBe(false);
    expect(highlightState(state).active).toBe('b');
    const again = withMeta(base, { remove: ['b'], active: 'b' });
    expect(decosOf(again, 'b')).toEqual([]);
  });

  it('replaces a highlight in one transaction when removed and added together', () => {
    const state = withMeta(base, { remove: ['a'], add: [hl('a', 18, 23, 'framing')] });
    const decos = decosOf(state, 'a');
    expect(decos.map((d) => coveredText(state, d))).toEqual(['Delta']);
    expect(highlightState(state).index.get('a')?.highlight.category).toBe('framing');
  });

  it('redraws only the highlights whose active flag flips', () => {
    const activeA = withMeta(base, { active: 'a' });
    expect(highlightState(activeA).active).toBe('a');
    expect(decosOf(activeA, 'a')).not.toEqual(decosOf(base, 'a'));
    expect(decosOf(activeA, 'b')).toEqual(decosOf(base, 'b'));
    // Same active again: nothing to do, same state object.
    expect(highlightState(withMeta(activeA, { active: 'a' }))).toBe(highlightState(activeA));
    // An unknown id becomes active without touching the set.
    const unknown = withMeta(base, { active: 'zzz' });
    expect(highlightState(unknown).active).toBe('zzz');
    expect(highlightState(unknown).set).toBe(highlightState(base).set);
  });
});

describe('highlight plugin: partner and pick marks', () => {
  const base = stateWith([hl('a', 0, 5), hl('b', 6, 10, 'attribution'), hl('x', 11, 37)]);
  const classesOf = (state: EditorState, id: string): string[] => decosOf(state, id).map((d) => (d.spec as HighlightSpec).className);

  it('adds the partner class to every segment of each partner and to nothing else', () => {
    const state = withMeta(base, { partners: ['x', 'b'] });
    expect(classesOf(state, 'x')).toHaveLength(3);
    for (const cls of [...classesOf(state, 'x'), ...classesOf(state, 'b')]) expect(cls.split(' ')).toContain('hl-partner');
    expect(classesOf(state, 'a')[0]!.split(' ')).not.toContain('hl-partner');
    expect([...highlightState(state).partners].sort()).toEqual(['b', 'x']);
  });

  it('redraws only the highlights whose partner or pick mark flips, in their own lane', () => {
    const partnered = withMeta(base, { partners: ['a'] });
    expect(decosOf(partnered, 'a')).not.toEqual(decosOf(base, 'a'));
    expect(decosOf(partnered, 'b')).toEqual(decosOf(base, 'b'));
    expect(decosOf(partnered, 'x')).toEqual(decosOf(base, 'x'));

    const moved = withMeta(partnered, { partners: ['b'] });
    expect(classesOf(moved, 'a')[0]!.split(' ')).not.toContain('hl-partner');
    expect(classesOf(moved, 'b')[0]!.split(' ')).toContain('hl-partner');
    expect(decosOf(moved, 'x')).toEqual(decosOf(base, 'x'));

    const picked = withMeta(moved, { picked: ['b', 'a'] });
    expect(classesOf(picked, 'a')[0]).toBe('hl hl-claim hl-picked');
    expect(classesOf(picked, 'b')[0]).toBe('hl hl-attribution hl-partner hl-picked');
    expect((decosOf(picked, 'b')[0]!.spec as HighlightSpec).lane).toBe((decosOf(base, 'b')[0]!.spec as HighlightSpec).lane);
  });

  it('keeps the same state, set included, when the marks are set to what they already are', () => {
    const marked = withMeta(base, { partners: ['a', 'x'], picked: ['b'] });
    expect(highlightState(withMeta(marked, { partners: ['x', 'a'], picked: ['b', 'b'] }))).toBe(highlightState(marked));
    expect(highlightState(withMeta(base, { partners: [], picked: [] }))).toBe(highlightState(base));
  });

  it('records marks for ids the article does not show without touching the set', () => {
    const state = withMeta(base, { partners: ['elsewhere'], picked: ['other'] });
    expect(highlightState(state).set).toBe(highlightState(base).set);
    expect(highlightState(state).partners.has('elsewhere')).toBe(true);
    expect(highlightState(state).picked.has('other')).toBe(true);
    // Added later, it is drawn with its marks.
    const added = withMeta(state, { add: [hl('other', 18, 23)] });
    expect(classesOf(added, 'other')[0]!.split(' ')).toContain('hl-picked');
  });

  it('keeps the marks of a highlight that is replaced, and drops them from one that is removed', () => {
    const marked = withMeta(base, { partners: ['a'], picked: ['a'] });
    const replaced = withMeta(marked, { remove: ['a'], add: [hl('a', 18, 23, 'framing')] });
    expect(classesOf(replaced, 'a')[0]).toBe('hl hl-framing hl-lane-1 hl-partner hl-picked');
    const removed = withMeta(marked, { remove: ['a'], partners: [] });
    expect(decosOf(removed, 'a')).toEqual([]);
    expect(highlightState(removed).partners.size).toBe(0);
  });

  it('builds the marks into the first set when the plugin is created with them', () => {
    const state = EditorState.create({
      doc: docFromJSON(DOC),
      plugins: [highlightPlugin([hl('a', 0, 5), hl('b', 6, 10)], { active: 'a', partners: ['b'], picked: ['a'] })],
    });
    expect(classesOf(state, 'a')[0]).toBe('hl hl-claim hl-active hl-picked');
    expect(classesOf(state, 'b')[0]).toBe('hl hl-claim hl-partner');
  });

  it('keeps the marks when the document changes', () => {
    const marked = withMeta(base, { partners: ['b'], picked: ['a'] });
    const after = marked.apply(marked.tr.insertText('XY', 1));
    expect(highlightState(after).partners).toBe(highlightState(marked).partners);
    expect(highlightState(after).picked).toBe(highlightState(marked).picked);
    expect(classesOf(after, 'b')[0]!.split(' ')).toContain('hl-partner');
  });
});

describe('highlight plugin: document changes', () => {
  it('maps decorations through an insertion so they cover the same words', () => {
    const before = stateWith([hl('a', 6, 10), hl('x', 11, 23)]);
    const tr = before.tr.insertText('Breaking: ', 1);
    const after = before.apply(tr);
    expect(highlightState(after).canonical.text).toBe(canonicalText(after.doc).text);
    expect(decosOf(after, 'a').map((d) => coveredText(after, d))).toEqual(['beta']);
    expect(
      decosOf(after, 'x')
        .sort((p, q) => p.from - q.from)
        .map((d) => coveredText(after, d)),
    ).toEqual(['gamma', 'Delta']);
  });

  it('still removes a highlight by id after the doc changed', () => {
    const before = stateWith([hl('a', 6, 10), hl('b', 18, 23)]);
    const after = before.apply(before.tr.insertText('XY', 1));
    const removed = withMeta(after, { remove: ['a'] });
    expect(decosOf(removed, 'a')).toEqual([]);
    expect(decosOf(removed, 'b').map((d) => coveredText(removed, d))).toEqual(['Delta']);
  });

  it('drops a highlight whose text was deleted', () => {
    const before = stateWith([hl('a', 6, 10), hl('b', 18, 23)]);
    // delete "beta" (positions 7..11 in the first paragraph)
    const after = before.apply(before.tr.delete(7, 11));
    expect(decosOf(after, 'a')).toEqual([]);
    expect(highlightState(after).index.has('a')).toBe(false);
    expect(decosOf(after, 'b').map((d) => coveredText(after, d))).toEqual(['Delta']);
  });
});

describe('highlight plugin: underline lanes', () => {
  const laneOf = (state: EditorState, id: string): number | undefined => (decosOf(state, id)[0]?.spec as HighlightSpec | undefined)?.lane;

  it('puts overlapping highlights in different lanes when the article opens', () => {
    const state = stateWith([hl('a', 0, 10), hl('b', 6, 16), hl('c', 18, 23)]);
    expect(laneOf(state, 'a')).toBe(0);
    expect(laneOf(state, 'b')).toBe(1);
    expect(laneOf(state, 'c')).toBe(0);
  });

  it('gives an added highlight the lowest lane its overlaps leave free, also within one batch', () => {
    const base = stateWith([hl('a', 0, 16)]);
    const state = withMeta(base, { add: [hl('b', 6, 10), hl('c', 8, 12), hl('d', 18, 23)] });
    expect(laneOf(state, 'b')).toBe(1);
    expect(laneOf(state, 'c')).toBe(2);
    expect(laneOf(state, 'd')).toBe(0);
  });

  it('keeps a highlight in its lane when only its active flag changes', () => {
    const base = stateWith([hl('a', 0, 16), hl('b', 6, 10)]);
    const active = withMeta(base, { active: 'b' });
    expect(laneOf(active, 'b')).toBe(1);
  });
});

describe('highlight plugin: random edits agree with building from scratch', () => {
  it('after many add/remove/update/mark steps, draws what a fresh build of the same highlights and marks draws', () => {
    const random = seededRandom(99);
    const rand = (n: number): number => Math.floor(random() * n);
    const doc = paragraphsDoc(...Array.from({ length: 12 }, (_, i) => `Paragraph ${i} has some words in it for highlights.`));
    const length = canonicalText(docFromJSON(doc)).text.length;
    const categories = ['claim', 'framing', 'attribution'] as const;
    const randomHighlight = (id: string): Highlight => {
      const start = rand(length - 1);
      return hl(id, start, Math.min(length, start + 1 + rand(90)), categories[rand(3)]);
    };
    let state = stateWith([], doc);
    const live = new Map<string, Highlight>();
    for (let step = 0; step < 400; step++) {
      const id = `h${rand(40)}`;
      const op = rand(6);
      const someIds = (): string[] => Array.from({ length: rand(4) }, () => `h${rand(40)}`);
      if (op === 0) {
        state = withMeta(state, { remove: [id] });
        live.delete(id);
      } else if (op === 3) {
        state = withMeta(state, { active: rand(3) === 0 ? null : id });
      } else if (op === 4) {
        state = withMeta(state, { partners: someIds() });
      } else if (op === 5) {
        // Marks and an added highlight in one transaction.
        const h = randomHighlight(id);
        state = withMeta(state, { picked: someIds(), add: [h] });
        live.set(id, h);
      } else {
        const h = randomHighlight(id);
        state = withMeta(state, op === 1 ? { add: [h] } : { remove: [id], add: [h] });
        live.set(id, h);
      }
    }
    const shown = highlightState(state);
    const marks = { active: shown.active, partners: [...shown.partners], picked: [...shown.picked] };
    const fresh = highlightState(EditorState.create({ doc: docFromJSON(doc), plugins: [highlightPlugin([...live.values()], marks)] }));
    // Lanes may differ from a fresh build (they depend on the order highlights came in), so compare the rest of the class.
    const ranges = (s: typeof shown): string[] =>
      s.set
        .find()
        .map((d) => {
          const spec = d.spec as HighlightSpec;
          return `${spec.id}:${d.from}-${d.to}:${spec.className.replace(/ hl-lane-\d/, '')}`;
        })
        .sort();
    expect(ranges(shown).length).toBeGreaterThan(20);
    expect(ranges(shown).some((r) => r.includes('hl-picked') || r.includes('hl-partner'))).toBe(true);
    expect(ranges(shown)).toEqual(ranges(fresh));
    expect(shown.index.keys().sort()).toEqual(fresh.index.keys().sort());
    // Overlapping highlights never share an underline lane.
    const decos = shown.set.find();
    for (const a of decos) {
      for (const b of decos) {
        const [sa, sb] = [a.spec as HighlightSpec, b.spec as HighlightSpec];
        if (sa.id !== sb.id && a.from < b.to && b.from < a.to) expect(sa.lane).not.toBe(sb.lane);
      }
    }
  });
});
