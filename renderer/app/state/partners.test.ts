import { describe, expect, it } from 'vitest';
import type { Annotation, Link } from '../../../shared/model';
import { hoveredLinkedElsewhere, linkPartners, partnersIn } from './partners';
import { initialState, type WorkspaceState } from './workspace-state';

function ann(id: string, articleId: string, start: number): Annotation {
  return {
    id,
    articleId,
    annotator: 'Ana',
    category: 'claim',
    note: '',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    position: { start, end: start + 5 },
    quote: { exact: `quote ${id}`, prefix: '', suffix: '' },
  };
}

function link(id: string, members: string[], annotator = 'Ana'): Link {
  return { id, annotator, label: id, kind: 'same-claim', members, note: '', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
}

// Article 1 (left pane) holds a1 and a2; article 2 (right pane) holds b1, b2 and b3.
const left = [ann('a1', 'art-1', 10), ann('a2', 'art-1', 40)];
const right = [ann('b3', 'art-2', 90), ann('b1', 'art-2', 5), ann('b2', 'art-2', 50)];
const links = [link('l1', ['a1', 'b3', 'b1']), link('l2', ['a1', 'c9']), link('l3', ['a2', 'b2'], 'Bo')];

function split(hover: WorkspaceState['hover']): WorkspaceState {
  return { ...initialState(), panes: [{ articleId: 'art-1' }, { articleId: 'art-2' }], annotations: { 'art-1': left, 'art-2': right }, links, hover };
}

describe('linkPartners', () => {
  it('lists the other members of every link holding the span, each once', () => {
    expect(linkPartners([...links, link('l4', ['a1', 'b1'])], 'a1')).toEqual(['b3', 'b1', 'c9']);
    expect(linkPartners(links, 'b2')).toEqual(['a2']);
    expect(linkPartners(links, 'zz')).toEqual([]);
  });
});

describe('partnersIn', () => {
  it('gives the partners an article holds, in reading order', () => {
    expect(partnersIn(links, right, 'a1')).toEqual(['b1', 'b3']);
    // Teammates' links count too: the viewer shows every annotator's spans.
    expect(partnersIn(links, right, 'a2')).toEqual(['b2']);
  });

  it('gives none for the article that holds the span itself, for an unlinked span, and for no span', () => {
    expect(partnersIn(links, left, 'a1')).toEqual([]);
    expect(partnersIn([link('l5', ['b1', 'x'])], left, 'b1')).toEqual([]);
    expect(partnersIn(links, right, null)).toEqual([]);
  });
});

describe('hoveredLinkedElsewhere', () => {
  it('gives the innermost linked highlight under the pointer in the other pane', () => {
    // a2's link is a teammate's; still a link. The unlinked id is skipped.
    expect(hoveredLinkedElsewhere(split({ pane: 0, ids: ['unlinked', 'a2', 'a1'] }), 1)).toBe('a2');
  });

  it('ignores a hover in the same pane, hovers over no link, and ids the hovered pane no longer shows', () => {
    expect(hoveredLinkedElsewhere(split({ pane: 0, ids: ['a1'] }), 0)).toBeNull();
    expect(hoveredLinkedElsewhere(split({ pane: 1, ids: ['nothing-linked'] }), 0)).toBeNull();
    expect(hoveredLinkedElsewhere(split(null), 0)).toBeNull();
    // The right pane now shows another article, or was closed.
    const changed = { ...split({ pane: 1, ids: ['b1'] }), panes: [{ articleId: 'art-1' }, { articleId: 'art-3' }] };
    expect(hoveredLinkedElsewhere(changed, 0)).toBeNull();
    const closed = { ...split({ pane: 1, ids: ['b1'] }), panes: [{ articleId: 'art-1' }] };
    expect(hoveredLinkedElsewhere(closed, 0)).toBeNull();
  });
});
