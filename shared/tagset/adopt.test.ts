import { describe, expect, it } from 'vitest';
import { StudyError } from '../errors';
import { SCHEMA_VERSION, type Annotation, type TagSet } from '../model';
import { adoptIntoDraft, curateInDraft } from './adopt';
import { newAnnotation } from './annotations';

const NOW = '2025-01-01T00:00:00.000Z';
const LATER = '2025-01-02T00:00:00.000Z';
const ARTICLE = { id: 'art-a', text: 'The minister said the ceasefire holds.' };
const span = (annotator: string, id: string, start: number, end: number): Annotation =>
  newAnnotation({ id, article: ARTICLE, annotator, category: 'claim', span: { start, end }, now: NOW });
const empty = (annotator: string): TagSet => ({ schemaVersion: SCHEMA_VERSION, annotator, annotations: [], links: [] });

describe('adoptIntoDraft', () => {
  it('copies with a new id, my name and where it came from; refuses my own and a second copy', () => {
    const theirs = span('Bob', 'b1', 4, 12);
    const draft = empty('Alice');
    const copy = adoptIntoDraft(draft, theirs, 'a1', LATER);
    expect(copy).toMatchObject({ id: 'a1', annotator: 'Alice', position: theirs.position, createdAt: LATER, adoptedFrom: { annotator: 'Bob', annotationId: 'b1' } });
    expect(draft.annotations).toEqual([copy]);
    expect(() => adoptIntoDraft(draft, theirs, 'a2', LATER)).toThrow(/already adopted Bob's annotation b1 \(as a1\)/);
    expect(() => adoptIntoDraft(draft, copy, 'a3', LATER)).toThrow(StudyError);
  });
});

describe('curateInDraft', () => {
  const a = span('Alice', 'x1', 0, 12);
  const b = span('Bob', 'y1', 4, 12);
  let n = 0;
  const fields = (decision: 'accept-a' | 'accept-b' | 'both' | 'edited' | 'reject', edited?: Annotation) => ({ id: 'cd1', decision, sources: [a, b], edited, now: LATER, newId: () => `c${++n}` });

  it('marks the tag set as a curation and stores what each decision produces, with provenance', () => {
    const draft = empty('Consensus');
    const { record, annotations } = curateInDraft(draft, fields('accept-b'));
    expect(draft.kind).toBe('curation');
    expect(annotations).toMatchObject([{ annotator: 'Consensus', position: b.position, adoptedFrom: { annotator: 'Bob', annotationId: 'y1' } }]);
    expect(record).toMatchObject({ decision: 'accept-b', sources: [{ annotator: 'Alice', annotationId: 'x1' }, { annotator: 'Bob', annotationId: 'y1' }], results: [annotations[0]!.id] });
    const both = curateInDraft(draft, fields('both'));
    expect(both.record.id).toBe('cd1');
    expect(draft.annotations.map((x) => x.adoptedFrom?.annotationId)).toEqual(['x1', 'y1']);
    expect(draft.decisions).toHaveLength(1);
    curateInDraft(draft, fields('reject'));
    expect(draft.annotations).toEqual([]);
    expect(draft.decisions?.[0]).toMatchObject({ decision: 'reject', results: [] });
  });

  it('keeps an edited span, and refuses an annotator tag set, a missing edit and one side for "both"', () => {
    const draft = empty('Consensus');
    const edited = span('Consensus', 'e1', 4, 8);
    expect(curateInDraft(draft, fields('edited', edited)).annotations[0]).toMatchObject({ id: 'e1', position: { start: 4, end: 8 }, adoptedFrom: { annotationId: 'x1' } });
    const annotator = { ...empty('Alice'), annotations: [a] };
    expect(() => curateInDraft(annotator, fields('accept-a'))).toThrow(/annotator's tag set, not a curation/);
    expect(() => curateInDraft(empty('C'), fields('edited'))).toThrow(/corrected span/);
    expect(() => curateInDraft(empty('C'), { ...fields('both'), sources: [a] })).toThrow(/needs two sides/);
  });
});
