import { describe, expect, it } from 'vitest';
import { describeZodError } from '../errors';
import { Annotation, Codebook, Link, Study, TagSet, presetCodebook } from './index';

const annotation = {
  id: 'an-1',
  articleId: 'art-1',
  annotator: 'Alice',
  category: 'claim',
  note: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  position: { start: 3, end: 9 },
  quote: { exact: 'abcdef', prefix: '', suffix: '' },
};

describe('codebook presets', () => {
  it('has the 15 Policy Frames dimensions plus loaded term, PARC roles, source types and claim types', () => {
    const book = Codebook.parse(presetCodebook());
    expect(book.framing).toHaveLength(16);
    expect(book.framing.at(-1)!.name).toBe('Loaded term');
    expect(book.attribution.filter((l) => l.group === 'role').map((l) => l.id)).toEqual(['source', 'cue', 'content']);
    expect(book.attribution.filter((l) => l.group === 'source type').map((l) => l.id)).toEqual(['named-source', 'anonymous-official', 'media-report', 'document', 'unattributed']);
    expect(book.claim.map((l) => l.id)).toEqual(['factual', 'numeric', 'causal', 'prediction', 'evaluation']);
  });
});

describe('schemas', () => {
  it('accepts a valid annotation and refuses empty or inverted spans with a path', () => {
    expect(Annotation.parse(annotation).position.end).toBe(9);
    const inverted = Annotation.safeParse({ ...annotation, position: { start: 9, end: 3 } });
    expect(inverted.success).toBe(false);
    expect(describeZodError(inverted.error!)).toEqual({ path: 'position.end', message: 'start must be < end' });
    expect(Annotation.safeParse({ ...annotation, category: 'opinion' }).success).toBe(false);
    expect(Annotation.safeParse({ ...annotation, annotator: '   ' }).success).toBe(false);
    expect(Annotation.safeParse({ ...annotation, id: '../x' }).success).toBe(false);
  });

  it('requires schemaVersion on every file and two members per link', () => {
    const tagSet = { schemaVersion: 1, annotator: 'Alice', annotations: [annotation], links: [] };
    expect(TagSet.parse(tagSet).annotations).toHaveLength(1);
    expect(TagSet.safeParse({ ...tagSet, schemaVersion: undefined }).success).toBe(false);
    const study = { schemaVersion: 1, name: 'S', createdAt: '2026-01-01T00:00:00Z', outlets: [], codebook: presetCodebook() };
    expect(Study.parse(study).name).toBe('S');
    expect(Study.safeParse({ ...study, schemaVersion: 2 }).success).toBe(false);
    const link = { id: 'ln-1', annotator: 'Alice', label: 'x', kind: 'same-claim', members: ['an-1'], note: '', createdAt: annotation.createdAt, updatedAt: annotation.createdAt };
    const one = Link.safeParse(link);
    expect(one.success).toBe(false);
    expect(describeZodError(one.error!).message).toBe('a link needs at least two members');
  });
});
