import { describe, expect, it } from 'vitest';
import { StudyError } from '../errors';
import { SCHEMA_VERSION, presetCodebook, type Annotation, type TagSet } from '../model';
import {
  acceptSuggestionInDraft,
  addLinkToDraft,
  editLinkInDraft,
  editedAnnotation,
  newAnnotation,
  ownAnnotation,
  ownLink,
  untaggedHits,
} from './index';

const NOW = '2025-01-01T00:00:00.000Z';
const LATER = '2025-01-02T00:00:00.000Z';
const A = { id: 'art-a', text: 'The minister said the ceasefire holds.' };
const B = { id: 'art-b', text: 'Officials say the truce is holding.' };
const codebook = presetCodebook();

function annotation(id: string, article: typeof A, quote: string, annotator = 'Ana', label?: string): Annotation {
  const start = article.text.indexOf(quote);
  return newAnnotation({ id, article, annotator, category: 'claim', label, span: { start, end: start + quote.length }, now: NOW });
}

function tagSet(annotator: string, annotations: Annotation[]): TagSet {
  return { schemaVersion: SCHEMA_VERSION, annotator, annotations, links: [] };
}

function error(run: () => unknown): StudyError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(StudyError);
    return e as StudyError;
  }
  throw new Error('expected a StudyError');
}

describe('editing an annotation', () => {
  it('drops a label the new category does not have, and keeps one it has', () => {
    const a = annotation('an1', A, 'the ceasefire holds', 'Ana', 'numeric');
    const moved = editedAnnotation(codebook, a, { category: 'framing' }, LATER);
    expect(moved.category).toBe('framing');
    expect(moved.label).toBeUndefined();
    expect(moved.updatedAt).toBe(LATER);
    expect(editedAnnotation(codebook, a, { note: 'x' }, LATER)).toMatchObject({ label: 'numeric', note: 'x' });
  });

  it('resolves a label by name within the category, clears it with null, refuses an unknown one', () => {
    const a = annotation('an1', A, 'minister');
    expect(editedAnnotation(codebook, a, { label: 'Causal' }, LATER).label).toBe('causal');
    expect(editedAnnotation(codebook, { ...a, label: 'causal' }, { label: null }, LATER).label).toBeUndefined();
    expect(error(() => editedAnnotation(codebook, a, { category: 'framing', label: 'numeric' }, LATER)).message).toMatch(/Unknown framing label "numeric"/);
  });
});

describe('whose annotation', () => {
  it("refuses a teammate's annotation and link as read-only, naming the owner", () => {
    const mine = tagSet('Ana', [annotation('an1', A, 'minister')]);
    const theirs = tagSet('Bo', [annotation('an2', B, 'Officials', 'Bo')]);
    theirs.links.push({ id: 'ln1', annotator: 'Bo', label: 'x', kind: 'same-claim', members: ['an2', 'an3'], note: '', createdAt: NOW, updatedAt: NOW });
    expect(ownAnnotation([mine, theirs], 'Ana', 'an1').id).toBe('an1');
    expect(error(() => ownAnnotation([mine, theirs], 'Ana', 'an2')).message).toMatch(/in Bo's tag set, which is read-only/);
    expect(error(() => ownAnnotation([mine, theirs], 'Ana', 'an9')).code).toBe('not-found');
    expect(error(() => ownLink([mine, theirs], 'Ana', 'ln1')).message).toMatch(/in Bo's tag set/);
  });
});

describe('links', () => {
  function linked() {
    const draft = tagSet('Ana', [annotation('an1', A, 'minister'), annotation('an2', B, 'Officials'), annotation('an3', B, 'the truce')]);
    const link = addLinkToDraft(draft, [], { id: 'ln1', annotator: 'Ana', annotationIds: ['an1', 'an2'], now: NOW });
    return { draft, link };
  }

  it('labels a new link with its first quote and adds it to the draft', () => {
    const { draft, link } = linked();
    expect(link).toMatchObject({ label: 'minister', kind: 'same-claim', members: ['an1', 'an2'] });
    expect(draft.links).toEqual([link]);
  });

  it('refuses a second link of the same kind over the same members, in any order', () => {
    const { draft } = linked();
    const e = error(() => addLinkToDraft(draft, [], { id: 'ln2', annotator: 'Ana', annotationIds: ['an2', 'an1'], now: NOW }));
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/already have a same-claim link over these 2 annotations \("minister", ln1\)/);
    const other = addLinkToDraft(draft, [], { id: 'ln3', annotator: 'Ana', annotationIds: ['an2', 'an1'], kind: 'contradicts', now: NOW });
    expect(draft.links.map((l) => l.id)).toEqual(['ln1', other.id]);
  });

  it('edits membership: removes members, appends new ones, refuses a non-member and a one-article result', () => {
    const { draft } = linked();
    const grown = editLinkInDraft(draft, [], { linkId: 'ln1', add: ['an3', 'an1'] }, LATER);
    expect(grown.members).toEqual(['an1', 'an2', 'an3']);
    expect(draft.links[0]).toEqual(grown);
    expect(error(() => editLinkInDraft(draft, [], { linkId: 'ln1', remove: ['an9'] }, LATER)).message).toMatch(/not a member of link ln1/);
    expect(error(() => editLinkInDraft(draft, [], { linkId: 'ln1', remove: ['an1'] }, LATER)).message).toMatch(/at least two articles/);
  });

  it('refuses an edit that makes the link a twin of another', () => {
    const { draft } = linked();
    addLinkToDraft(draft, [], { id: 'ln2', annotator: 'Ana', annotationIds: ['an1', 'an3'], now: NOW });
    expect(error(() => editLinkInDraft(draft, [], { linkId: 'ln2', add: ['an2'], remove: ['an3'] }, LATER)).code).toBe('conflict');
    expect(editLinkInDraft(draft, [], { linkId: 'ln2', label: 'same members, own link' }, LATER).label).toBe('same members, own link');
  });
});

describe('accepting a suggestion', () => {
  let n = 0;
  const newId = (prefix: 'an' | 'ln') => `${prefix}-new${++n}`;

  it('annotates the passage like the source and links the two; a second accept joins that link', () => {
    const draft = tagSet('Ana', [annotation('an1', A, 'the ceasefire holds', 'Ana', 'factual')]);
    const source = draft.annotations[0]!;
    const first = acceptSuggestionInDraft(draft, { source, article: B, span: { start: 0, end: 9 }, now: LATER, newId });
    expect(first.annotation).toMatchObject({ articleId: 'art-b', category: 'claim', label: 'factual', quote: { exact: 'Officials' } });
    expect(first.link.members).toEqual(['an1', first.annotation.id]);
    const second = acceptSuggestionInDraft(draft, { source, article: B, span: { start: 17, end: 26 }, now: LATER, newId });
    expect(second.link.id).toBe(first.link.id);
    expect(second.link.members).toHaveLength(3);
    expect(draft.links).toHaveLength(1);
  });

  it('reuses an annotation already at the span and refuses a passage in the source article', () => {
    const draft = tagSet('Ana', [annotation('an1', A, 'minister'), annotation('an2', B, 'Officials')]);
    const source = draft.annotations[0]!;
    const { annotation: reused } = acceptSuggestionInDraft(draft, { source, article: B, span: { start: 0, end: 9 }, now: LATER, newId });
    expect(reused.id).toBe('an2');
    expect(draft.annotations).toHaveLength(2);
    expect(error(() => acceptSuggestionInDraft(draft, { source, article: A, span: { start: 0, end: 3 }, now: LATER, newId })).message).toMatch(/another article/);
  });
});

describe('tagging a term', () => {
  it('skips spans already tagged with the category, and repeated hits', () => {
    const existing = [annotation('an1', A, 'minister')];
    const hits = [
      { articleId: 'art-a', start: 4, end: 12 },
      { articleId: 'art-b', start: 0, end: 9 },
      { articleId: 'art-b', start: 0, end: 9 },
    ];
    expect(untaggedHits(existing, 'claim', hits)).toEqual({ fresh: [hits[1]], skipped: 2 });
    expect(untaggedHits(existing, 'framing', hits).fresh).toHaveLength(2);
  });
});
