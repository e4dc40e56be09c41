import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../shared/compare/wording';
import { diffCounts, diffRuns, wordingNote } from './diff-runs';

describe('diffRuns', () => {
  it('marks what a member adds and drops against the base, spacing a deletion from the insertion after it', () => {
    const ops = wordDiff('approximately 200 fighters', 'more than 100 fighters');
    const runs = diffRuns(ops, 'more than 100 fighters');
    expect(runs).toEqual([
      { kind: 'del', text: 'approximately 200' },
      { kind: 'same', text: ' ' },
      { kind: 'ins', text: 'more than 100' },
      { kind: 'same', text: ' fighters' },
    ]);
    expect(diffCounts(runs)).toEqual({ added: 3, removed: 2 });
  });

  it('shows the base as one unmarked run', () => {
    expect(diffRuns([{ op: 'same', text: 'the Zionist regime' }], 'the Zionist regime')).toEqual([{ kind: 'same', text: 'the Zionist regime' }]);
  });

  it("falls back to the member's plain text when the diff does not spell it out", () => {
    const runs = diffRuns([{ op: 'added', text: 'something else' }], 'Israel');
    expect(runs).toEqual([{ kind: 'same', text: 'Israel' }]);
  });

  it('keeps the case the member wrote although the diff ignores case', () => {
    const runs = diffRuns(wordDiff('Approximately 200 fighters', 'approximately 200 Fighters'), 'approximately 200 Fighters');
    expect(runs.filter((r) => r.kind !== 'del').map((r) => r.text).join('')).toBe('approximately 200 Fighters');
    expect(diffCounts(runs)).toEqual({ added: 0, removed: 0 });
  });
});

describe('wordingNote', () => {
  it('says what a member adds and lacks against the base', () => {
    expect(wordingNote({ added: 3, removed: 2 })).toBe('3 words only here, 2 base words missing');
    expect(wordingNote({ added: 1, removed: 0 })).toBe('1 word only here');
    expect(wordingNote({ added: 0, removed: 0 })).toBe('Same words as the base');
  });
});
