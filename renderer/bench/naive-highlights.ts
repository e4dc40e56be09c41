import { Plugin, PluginKey } from 'prosemirror-state';
import { DecorationSet, type Decoration } from 'prosemirror-view';
import type { TextBlock } from '../../shared/text';
import { highlightDecorations, type Highlight, type HighlightMeta } from '../viewer';

/**
 * The baseline the benchmark compares against: the same decorations, but the
 * whole DecorationSet is rebuilt with DecorationSet.create on every change.
 */

interface NaiveState {
  highlights: Map<string, Highlight>;
  set: DecorationSet;
}

export const naiveKey = new PluginKey<NaiveState>('naive-highlights');

/** A highlight plugin that rebuilds its set from scratch for each add/remove. */
export function naiveHighlightPlugin(blocks: readonly TextBlock[], initial: readonly Highlight[]): Plugin<NaiveState> {
  const build = (doc: Parameters<typeof DecorationSet.create>[0], highlights: Map<string, Highlight>): DecorationSet => {
    const all: Decoration[] = [];
    for (const h of highlights.values()) for (const d of highlightDecorations(h, blocks)) all.push(d);
    return DecorationSet.create(doc, all);
  };
  return new Plugin<NaiveState>({
    key: naiveKey,
    state: {
      init: (_config, state) => {
        const highlights = new Map(initial.map((h) => [h.id, h] as const));
        return { highlights, set: build(state.doc, highlights) };
      },
      apply(tr, value) {
        const meta = tr.getMeta(naiveKey) as HighlightMeta | undefined;
        if (!meta) return value;
        const highlights = new Map(value.highlights);
        for (const id of meta.remove ?? []) highlights.delete(id);
        for (const h of meta.add ?? []) highlights.set(h.id, h);
        return { highlights, set: build(tr.doc, highlights) };
      },
    },
    props: { decorations: (state) => naiveKey.getState(state)?.set },
  });
}
