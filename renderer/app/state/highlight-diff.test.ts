import { describe, expect, it } from 'vitest';
import { presetCodebook, type Annotation } from '../../../shared/model';
import type { Highlight } from '../../viewer';
import { diffHighlights, toHighlight } from './highlight-diff';

const h = (id: string, extra: Partial<Highlight> = {}): Highlight => ({
  id,
  start: 0,
  end: 4,
  category: 'claim',
  annotator: 'ana',
  note: '',
  linked: false,
  ...extra,
});

describe('diffHighlights', () => {
  it('reports added, removed and changed highlights and leaves equal ones alone', () => {
    const previous = new Map([
      ['keep', h('keep')],
      ['gone', h('gone')],
      ['edit', h('edit')],
    ]);
    const diff = diffHighlights(previous, [h('keep'), h('edit', { note: 'changed' }), h('new')]);
    expect(diff.added.map((x) => x.id)).toEqual(['new']);
    expect(diff.removed).toEqual(['gone']);
    expect(diff.updated.map((x) => x.id)).toEqual(['edit']);
  });

  it('counts a new label or link as a change', () => {
    const previous = new Map([['a', h('a')]]);
    expect(diffHighlights(previous, [h('a', { label: 'Numeric' })]).updated).toHaveLength(1);
    expect(diffHighlights(previous, [h('a', { linked: true })]).updated).toHaveLength(1);
  });
});

describe('toHighlight', () => {
  it('shows the codebook name of the label and whether the span is linked', () => {
    const annotation: Annotation = {
      id: 'an1',
      articleId: 'a1',
      annotator: 'ana',
      category: 'framing',
      label: 'loaded-term',
      note: 'n',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      position: { start: 3, end: 9 },
      quote: { exact: 'regime', prefix: '', suffix: '' },
    };
    expect(toHighlight(annotation, presetCodebook(), new Set(['an1']))).toEqual({
      id: 'an1',
      start: 3,
      end: 9,
      category: 'framing',
      label: 'Loaded term',
      annotator: 'ana',
      note: 'n',
      linked: true,
    });
  });
});
