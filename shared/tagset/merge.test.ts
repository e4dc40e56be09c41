import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Annotation, type TagSet } from '../model';
import { mergeVerdict, tagSetTime } from './merge';

const at = (s: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, s)).toISOString();
const ann = (id: string, note: string, t: number): Annotation => ({
  id,
  articleId: 'art',
  annotator: 'Bob',
  category: 'claim',
  note,
  createdAt: at(0),
  updatedAt: at(t),
  position: { start: 0, end: 1 },
  quote: { exact: 'x', prefix: '', suffix: '' },
});
const set = (t: number, ...annotations: Annotation[]): TagSet => ({ schemaVersion: SCHEMA_VERSION, annotator: 'Bob', updatedAt: at(t), annotations, links: [] });

describe('mergeVerdict', () => {
  const base = set(2, ann('a', '', 1), ann('b', '', 2));

  it('takes a version that continues from the one here (edit, add, delete)', () => {
    expect(mergeVerdict(base, set(3, ann('a', 'edited', 3), ann('b', '', 2)))).toBe('incoming-newer');
    expect(mergeVerdict(base, set(3, ann('a', '', 1), ann('b', '', 2), ann('c', '', 3)))).toBe('incoming-newer');
    expect(mergeVerdict(base, set(3, ann('a', '', 1)))).toBe('incoming-newer');
  });

  it('keeps the version here when the incoming one is its ancestor, and says unchanged for equal content', () => {
    expect(mergeVerdict(set(3, ann('a', 'edited', 3), ann('b', '', 2)), base)).toBe('existing-newer');
    expect(mergeVerdict(base, structuredClone(base))).toBe('unchanged');
  });

  it('calls it a conflict when both changed since the common state, or the times are equal', () => {
    const here = set(3, ann('a', 'here', 3), ann('b', '', 2));
    const there = set(4, ann('a', '', 1), ann('b', 'there', 4));
    expect(mergeVerdict(here, there)).toBe('conflict');
    expect(mergeVerdict(there, here)).toBe('conflict');
    expect(mergeVerdict(base, { ...set(2, ann('a', 'x', 1), ann('b', '', 2)) })).toBe('conflict');
  });

  it('dates a tag set without its own stamp by its latest item', () => {
    expect(tagSetTime({ ...base, updatedAt: undefined })).toBe(at(2));
  });
});
