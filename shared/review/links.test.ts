import { describe, expect, it } from 'vitest';
import type { Link } from '../model';
import { reviewLinks } from './links';
import { matchSpans } from './match';
import type { ReviewSpan } from './span';

const span = (id: string, annotator: string, articleId: string, start: number, end: number): ReviewSpan => ({ id, annotator, articleId, category: 'claim', start, end });
const link = (id: string, annotator: string, members: string[]): Link => ({
  id, annotator, members, label: '', kind: 'same-claim', note: '', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
});

describe('reviewLinks', () => {
  const spans = [
    span('m1', 'me', 'okaz', 0, 10), span('m2', 'me', 'tdr', 5, 15), span('m3', 'me', 'wafa', 0, 4),
    span('a1', 'alice', 'okaz', 1, 10), span('a2', 'alice', 'tdr', 5, 15), span('a3', 'alice', 'wafa', 30, 40),
  ];
  const matches = matchSpans(spans, ['me', 'alice']);
  const links = [link('L1', 'me', ['m1', 'm2', 'm3']), link('L2', 'alice', ['a1', 'a2']), link('L3', 'alice', ['a3', 'a1']), link('L4', 'carol', ['m1', 'm2'])];

  it('lists each chosen annotator\u2019s links with the member spans they share with the others\u2019 links', () => {
    const reviewed = reviewLinks(links, matches, ['me', 'alice']);
    expect(reviewed.map((r) => r.link.id)).toEqual(['L1', 'L2', 'L3']);
    const mine = reviewed[0]!;
    expect(mine.memberMatches.every((m) => m !== null)).toBe(true);
    expect(mine.sharedWith.map((s) => [s.linkId, s.sharedMatches.length])).toEqual([['L2', 2], ['L3', 1]]);
    const l3 = reviewed[2]!;
    expect(l3.sharedWith.map((s) => [s.annotator, s.linkId, s.sharedMatches.length])).toEqual([['me', 'L1', 1]]);
  });

  it('marks members that are not among the reviewed spans', () => {
    const [r] = reviewLinks([link('L9', 'me', ['m1', 'gone'])], matches, ['me']);
    expect(r!.memberMatches[1]).toBeNull();
    expect(r!.sharedWith).toEqual([]);
  });
});
