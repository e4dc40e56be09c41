import { describe, expect, it } from 'vitest';
import type { Link } from '../model';
import { type ReviewSpan, matchSpans } from '../review';
import { linkAgreement, linkedPairs } from './links';

const span = (id: string, annotator: string, articleId: string, start: number, end: number, category = 'claim'): ReviewSpan => ({ id, annotator, articleId, category, start, end });
const link = (id: string, annotator: string, members: string[]): Link => ({
  id, annotator, members, label: '', kind: 'same-claim', note: '', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
});

describe('linkAgreement', () => {
  const spans = [
    span('m1', 'me', 'okaz', 0, 10), span('m2', 'me', 'tdr', 5, 15), span('m3', 'me', 'wafa', 0, 4), span('m4', 'me', 'okaz', 40, 50),
    span('a1', 'alice', 'okaz', 1, 10), span('a2', 'alice', 'tdr', 5, 15), span('a3', 'alice', 'wafa', 0, 4, 'framing'),
  ];
  const matches = matchSpans(spans, ['me', 'alice']);

  it('turns a link of three articles into three cross-article pairs, and skips same-article members', () => {
    expect(linkedPairs([link('L1', 'me', ['m1', 'm2', 'm3'])], matches, 'me').size).toBe(3);
    expect(linkedPairs([link('L1', 'me', ['m1', 'm4', 'm2'])], matches, 'me').size).toBe(2);
  });

  it('counts pairs whose ends match by overlap and category (hand computed)', () => {
    // me: m1–m2, m1–m3, m2–m3. alice: a1–a2 (matches m1–m2), a1–a3 (a3 is framing: no match).
    const links = [link('L1', 'me', ['m1', 'm2', 'm3']), link('L2', 'alice', ['a1', 'a2']), link('L3', 'alice', ['a1', 'a3'])];
    const f = linkAgreement(links, matches, 'me', 'alice');
    expect(f).toEqual({ ok: true, value: { shared: 1, reference: 3, candidate: 2, precision: 0.5, recall: 1 / 3, f1: 0.4 } });
    const g = linkAgreement(links, matches, 'alice', 'me');
    expect(g.ok && g.value.f1).toBe(0.4);
  });

  it('is 1 on identical links and says why when nobody linked', () => {
    const links = [link('L1', 'me', ['m1', 'm2']), link('L2', 'alice', ['a2', 'a1'])];
    expect(linkAgreement(links, matches, 'me', 'alice')).toMatchObject({ ok: true, value: { f1: 1 } });
    expect(linkAgreement([], matches, 'me', 'alice')).toEqual({ ok: false, reason: 'Neither annotator linked spans across articles' });
  });
});
