import { describe, expect, it } from 'vitest';
import { canRemoveMember, linkChanges, linkDraftProblems, type DraftMember } from './link-form';

const m = (id: string, articleId: string, annotator = 'Ana'): DraftMember => ({ id, articleId, annotator, quote: `quote ${id}` });

describe('linkDraftProblems', () => {
  it('accepts two own annotations from two articles', () => {
    expect(linkDraftProblems({ members: [m('a', 'x'), m('b', 'y')], label: '', kind: 'same-claim', me: 'Ana' })).toEqual([]);
  });

  it('asks for a second annotation, and for one in another article', () => {
    const one = linkDraftProblems({ members: [m('a', 'x')], label: '', kind: 'same-claim', me: 'Ana' });
    expect(one.map((p) => p.message)).toEqual([expect.stringContaining('at least two')]);
    const sameArticle = linkDraftProblems({ members: [m('a', 'x'), m('b', 'x')], label: '', kind: 'same-claim', me: 'Ana' });
    expect(sameArticle.map((p) => p.message)).toEqual([expect.stringContaining('one article')]);
  });

  it("refuses a teammate's annotation and names whose it is", () => {
    const problems = linkDraftProblems({ members: [m('a', 'x'), m('b', 'y', 'Bo')], label: '', kind: 'same-claim', me: 'Ana' });
    expect(problems).toEqual([{ field: 'members', message: '“quote b” is Bo\'s annotation: links join your own annotations only' }]);
  });

  it('needs an annotator', () => {
    expect(linkDraftProblems({ members: [m('a', 'x'), m('b', 'y')], label: '', kind: 'same-claim', me: null })[0]?.message).toMatch(/who is annotating/);
  });

  it('needs a label for custom links and caps label length', () => {
    expect(linkDraftProblems({ members: [m('a', 'x'), m('b', 'y')], label: '  ', kind: 'custom', me: 'Ana' })).toEqual([
      { field: 'label', message: 'A custom link needs a label that says what joins the spans' },
    ]);
    const long = linkDraftProblems({ members: [m('a', 'x'), m('b', 'y')], label: 'x'.repeat(201), kind: 'same-claim', me: 'Ana' });
    expect(long[0]).toEqual({ field: 'label', message: 'Shorten the label to 200 characters or fewer (now 201)' });
  });
});

describe('canRemoveMember', () => {
  it('keeps two members from two articles', () => {
    const members = [m('a', 'x'), m('b', 'y'), m('c', 'y')];
    expect(canRemoveMember(members, 'c')).toBe(true);
    expect(canRemoveMember(members, 'a')).toBe(false);
    expect(canRemoveMember(members.slice(0, 2), 'b')).toBe(false);
  });
});

describe('linkChanges', () => {
  const before = { label: 'Fighters', kind: 'same-claim' as const, note: '', members: ['a', 'b'] };
  it('is undefined when nothing changed (a blank label keeps the old one)', () => {
    expect(linkChanges(before, { ...before, label: ' ' })).toBeUndefined();
    expect(linkChanges(before, { ...before, label: ' Fighters ' })).toBeUndefined();
  });
  it('lists only what changed', () => {
    expect(linkChanges(before, { label: 'Fighters in Rafah', kind: 'contradicts', note: 'n', members: ['b', 'c'] })).toEqual({
      label: 'Fighters in Rafah',
      kind: 'contradicts',
      note: 'n',
      add: ['c'],
      remove: ['a'],
    });
  });
});
