import { describe, expect, it } from 'vitest';
import type { Annotation, Link } from '../../../shared/model';
import { initialState, type WorkspaceState } from '../../app';
import { initialCompareState, type CompareState } from './compare-state';
import { deleteWarning, linkConflicts, linkedAlready, lookupAnnotation, ownLinks, pairLinkedBy, suggestionSource } from './compare-selectors';

function ann(id: string, articleId: string, start: number, end: number, annotator = 'Ana'): Annotation {
  return {
    id,
    articleId,
    annotator,
    category: 'claim',
    note: '',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    position: { start, end },
    quote: { exact: `quote ${id}`, prefix: '', suffix: '' },
  };
}

function link(id: string, label: string, members: string[], annotator = 'Ana'): Link {
  return { id, annotator, label, kind: 'same-claim', members, note: '', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
}

function workspace(patch: Partial<WorkspaceState>): WorkspaceState {
  const base = initialState();
  return {
    ...base,
    study: { dir: '/s', name: 'S', outlets: [], codebook: { claim: [], framing: [], attribution: [] }, annotator: 'Ana', annotators: ['Ana'], articleCount: 3, annotationCount: 0, linkCount: 0 },
    ...patch,
  };
}

const a1 = ann('a1', 'art-1', 10, 20);
const b1 = ann('b1', 'art-2', 30, 40);
const c1 = ann('c1', 'art-3', 50, 60);

describe('ownLinks and lookupAnnotation', () => {
  it("keeps the analyst's links only", () => {
    const ws = workspace({ links: [link('l1', 'Mine', ['a1', 'b1']), link('l2', 'Theirs', ['x', 'y'], 'Bo')] });
    expect(ownLinks(ws).map((l) => l.id)).toEqual(['l1']);
  });

  it('prefers loaded articles, falls back to the index, and trusts a loaded article that lacks an annotation', () => {
    const cs: CompareState = { ...initialCompareState(), own: { key: 'Ana', status: 'ready', value: { a1, b1 }, error: null } };
    const ws = workspace({ annotations: { 'art-1': [] } });
    expect(lookupAnnotation(ws, cs, 'b1')).toBe(b1);
    // art-1 is loaded and no longer has a1: it was deleted since the index was read.
    expect(lookupAnnotation(ws, cs, 'a1')).toBeUndefined();
  });
});

describe('deleteWarning', () => {
  it('names the link and says when it goes too', () => {
    const ws = workspace({ annotations: { 'art-1': [a1], 'art-2': [b1] }, links: [link('l1', 'Fighters in Rafah', ['a1', 'b1'])] });
    expect(deleteWarning(ws, initialCompareState(), 'a1')).toEqual({
      message: "This annotation is in 1 link: 'Fighters in Rafah'. Delete it and update the link?",
      detail: "'Fighters in Rafah' would be left with one article, so it is deleted too (Ctrl+Z brings both back).",
    });
  });

  it('counts several links and keeps quiet about links that survive', () => {
    const ws = workspace({
      annotations: { 'art-1': [a1], 'art-2': [b1], 'art-3': [c1] },
      links: [link('l1', 'A', ['a1', 'b1', 'c1']), link('l2', 'B', ['a1', 'c1', 'b1'])],
    });
    expect(deleteWarning(ws, initialCompareState(), 'a1')).toEqual({ message: "This annotation is in 2 links: 'A', 'B'. Delete it and update the links?", detail: null });
    expect(deleteWarning(workspace({}), initialCompareState(), 'a1')).toBeNull();
  });
});

describe('suggestionSource', () => {
  const rect = { left: 0, top: 0, bottom: 0, right: 0 };
  it('uses the active annotation, and says whether the analyst may accept for it', () => {
    const theirs = ann('t1', 'art-1', 0, 5, 'Bo');
    const panes = [{ articleId: 'art-1' }];
    expect(suggestionSource(workspace({ panes, annotations: { 'art-1': [a1, theirs] }, activeId: 'a1' }))).toMatchObject({ annotationId: 'a1', start: 10, end: 20, canAccept: true });
    expect(suggestionSource(workspace({ panes, annotations: { 'art-1': [a1, theirs] }, activeId: 't1' }))).toMatchObject({ annotationId: 't1', canAccept: false });
  });

  it("drops the active annotation once its article is no longer open (switching article)", () => {
    const ws = workspace({ panes: [{ articleId: 'art-2' }], annotations: { 'art-1': [a1], 'art-2': [b1] }, activeId: 'a1' });
    expect(suggestionSource(ws)).toBeNull();
  });

  it('falls back to a non-blank text selection', () => {
    const ws = workspace({ panes: [{ articleId: 'art-2' }], selection: { pane: 0, start: 3, end: 9, text: 'words', rect } });
    expect(suggestionSource(ws)).toEqual({ annotationId: null, articleId: 'art-2', start: 3, end: 9, text: 'words', canAccept: true });
    expect(suggestionSource(workspace({ panes: [{ articleId: 'art-2' }], selection: { pane: 0, start: 3, end: 5, text: '  ', rect } }))).toBeNull();
  });
});

describe('linkedAlready', () => {
  it("finds the source's link when one of its members overlaps the passage", () => {
    const ws = workspace({ annotations: { 'art-1': [a1], 'art-2': [b1] }, links: [link('l1', 'Fighters in Rafah', ['a1', 'b1'])] });
    const cs = initialCompareState();
    expect(linkedAlready(ws, cs, 'a1', { articleId: 'art-2', start: 0, end: 35 })?.label).toBe('Fighters in Rafah');
    expect(linkedAlready(ws, cs, 'a1', { articleId: 'art-2', start: 40, end: 80 })).toBeUndefined();
    expect(linkedAlready(ws, cs, null, { articleId: 'art-2', start: 0, end: 35 })).toBeUndefined();
  });
});

describe('pairLinkedBy', () => {
  const side = (articleId: string, start: number, end: number) => ({ articleId, start, end });
  it('finds the link whose members overlap both sides of a suggested pair', () => {
    const ws = workspace({ annotations: { 'art-1': [a1], 'art-2': [b1] }, links: [link('l1', 'Fighters', ['a1', 'b1'])] });
    expect(pairLinkedBy(ws, initialCompareState(), { a: side('art-1', 0, 15), b: side('art-2', 35, 60) })?.label).toBe('Fighters');
  });

  it('says nothing when only one side is in the link, or another annotator made it', () => {
    const ws = workspace({ annotations: { 'art-1': [a1], 'art-2': [b1] }, links: [link('l1', 'Fighters', ['a1', 'b1'])] });
    expect(pairLinkedBy(ws, initialCompareState(), { a: side('art-1', 0, 15), b: side('art-2', 41, 60) })).toBeUndefined();
    const theirs = workspace({ annotations: { 'art-1': [a1], 'art-2': [b1] }, links: [link('l1', 'Fighters', ['a1', 'b1'], 'Bo')] });
    expect(pairLinkedBy(theirs, initialCompareState(), { a: side('art-1', 0, 15), b: side('art-2', 35, 60) })).toBeUndefined();
  });
});

describe('linkConflicts', () => {
  const fighters = link('l1', 'Fighters', ['a1', 'b1']);
  const summary = { count: 2, kinds: ['quantity' as const, 'attribution' as const], severity: 'different' as const, version: fighters.updatedAt };

  it('uses the summary fetched on load for the link as it is now', () => {
    const cs: CompareState = { ...initialCompareState(), summaries: { key: 'Ana', status: 'ready', value: { l1: summary }, error: null } };
    expect(linkConflicts(cs, fighters)).toEqual({ count: 2, severity: 'different' });
    // A changed link waits for its new summary rather than showing the old one.
    expect(linkConflicts(cs, { ...fighters, updatedAt: '2025-02-02T00:00:00.000Z' })).toBeNull();
  });

  it('falls back to a comparison already fetched, and never counts referent links', () => {
    const comparison = { members: [], wording: { base: 0, diffs: [] }, actors: { shared: [], differing: [] }, conflicts: [{ kind: 'time' as const, message: 'Dates differ', members: [] }] };
    const cs: CompareState = { ...initialCompareState(), comparisons: { l1: { key: fighters.updatedAt, status: 'ready', value: comparison, error: null } } };
    expect(linkConflicts(cs, fighters)).toEqual({ count: 1, severity: null });
    expect(linkConflicts(cs, { ...fighters, kind: 'same-referent' })).toBeNull();
  });
});
