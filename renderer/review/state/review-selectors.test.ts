import { describe, expect, it } from 'vitest';
import type { SpanMatch } from '../../../shared/review';
import { boundaryPieces, curationRequest, groupMatches, isDisagreement, sourceKey } from './review-selectors';

const span = (id: string, annotator: string, start: number, end: number, category = 'claim') => ({ id, articleId: 'x', annotator, category, start, end });
const match = (kind: SpanMatch['kind'], spans: ReturnType<typeof span>[], missing: string[] = []): SpanMatch => ({
  articleId: 'x',
  kind,
  spans,
  start: Math.min(...spans.map((s) => s.start)),
  end: Math.max(...spans.map((s) => s.end)),
  missing,
  categoryAgrees: new Set(spans.map((s) => s.category)).size === 1,
  labelAgrees: true,
  reference: spans[0]!.annotator,
  boundaries: [],
});

describe('review selectors', () => {
  it('marks the words only one side tagged', () => {
    const text = 'More than 100 fighters remain trapped';
    const m = match('overlapping', [span('a', 'Ana', 0, 22), span('b', 'Bo', 0, 37)]);
    const pieces = boundaryPieces(text, m);
    expect(pieces.map((p) => [p.text, p.shared])).toEqual([
      ['More than 100 fighters', true],
      [' remain trapped', false],
    ]);
    expect(pieces[1]!.by).toEqual(['Bo']);
  });

  it('counts boundary, category and one-sided differences as disagreements', () => {
    expect(isDisagreement(match('same-span', [span('a', 'Ana', 0, 5), span('b', 'Bo', 0, 5)]))).toBe(false);
    expect(isDisagreement(match('same-span', [span('a', 'Ana', 0, 5), span('b', 'Bo', 0, 5, 'framing')]))).toBe(true);
    expect(isDisagreement(match('only-one', [span('a', 'Ana', 0, 5)], ['Bo']))).toBe(true);
  });

  it('groups "Only <name>" by annotator', () => {
    const groups = groupMatches([match('only-one', [span('b', 'Bo', 0, 5)], ['Ana']), match('same-span', [span('a', 'Ana', 0, 5), span('c', 'Bo', 0, 5)])], ['Ana', 'Bo']);
    expect(groups.same).toEqual([1]);
    expect(groups.only).toEqual([
      { annotator: 'Ana', indexes: [] },
      { annotator: 'Bo', indexes: [0] },
    ]);
  });

  it('maps the keys to the service’s decisions, side A first', () => {
    const both = match('overlapping', [span('a', 'Ana', 0, 5), span('b', 'Bo', 0, 7)]);
    expect(curationRequest(both, ['Ana', 'Bo'], 'b')).toEqual({ decision: 'accept-b', annotationIds: ['a', 'b'] });
    expect(curationRequest(both, ['Ana', 'Bo'], 'both')).toEqual({ decision: 'both', annotationIds: ['a', 'b'] });
    const onlyB = match('only-one', [span('b', 'Bo', 0, 7)], ['Ana']);
    expect(curationRequest(onlyB, ['Ana', 'Bo'], 'a')).toEqual({ decision: 'reject', annotationIds: ['b'] });
    expect(curationRequest(onlyB, ['Ana', 'Bo'], 'b')).toEqual({ decision: 'accept-a', annotationIds: ['b'] });
    expect(curationRequest(match('only-one', [span('c', 'Cy', 0, 7)]), ['Ana', 'Bo'], 'a')).toHaveProperty('refused');
  });

  it('keys a disagreement by its ids in any order', () => {
    expect(sourceKey(['b', 'a'])).toBe(sourceKey(['a', 'b']));
  });
});
