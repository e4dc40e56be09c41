import { describe, expect, it } from 'vitest';
import { alignWording, distinctiveTerms, wordDiff } from './wording';

describe('wordDiff', () => {
  it('marks words only in the first text as removed and only in the second as added', () => {
    const ops = wordDiff('the US is not applying pressure on Israel', 'the US is not applying pressure on the Zionist regime');
    expect(ops.filter((o) => o.op !== 'same').map((o) => [o.op, o.text.trim()])).toEqual([
      ['removed', 'Israel'],
      ['added', 'the Zionist regime'],
    ]);
    expect(ops.filter((o) => o.op !== 'added').map((o) => o.text).join('')).toBe('the US is not applying pressure on Israel');
  });

  it('ignores case and whitespace differences', () => {
    expect(wordDiff('More than  100 fighters', 'more than 100 fighters').every((o) => o.op === 'same')).toBe(true);
  });
});

describe('alignWording', () => {
  it('uses the member closest to the others as the base', () => {
    const texts = [
      'more than 100 fighters remain trapped in underground tunnels in Rafah',
      'dozens of militants barricaded in tunnels',
      'more than 100 fighters remain trapped in tunnels in Rafah',
    ];
    const { base, diffs } = alignWording(texts);
    expect(base).toBe(2);
    expect(diffs[2]).toEqual([{ op: 'same', text: texts[2] }]);
    expect(diffs[0]!.filter((o) => o.op === 'added').map((o) => o.text.trim())).toEqual(['underground']);
  });

  it('uses the first member as base for two members', () => {
    expect(alignWording(['a b', 'a c']).base).toBe(0);
    expect(alignWording([])).toEqual({ base: 0, diffs: [] });
  });
});

describe('distinctiveTerms', () => {
  it('finds each member\u2019s own words, as phrases, ignoring plurals and stop words', () => {
    const out = distinctiveTerms([
      'Tel Aviv refuses to move forward without the two remaining bodies of its captives.',
      'Israel refuses to move forward until Hamas returns the bodies of the last two hostages.',
    ]);
    expect(out[0]!.map((t) => t.text)).toEqual(['Tel Aviv', 'remaining', 'captives']);
    expect(out[1]!.map((t) => t.text)).toEqual(['Israel', 'Hamas returns', 'last', 'hostages']);
  });

  it('joins distinctive words across one stop word and reports offsets', () => {
    const texts = ['pressure on the Zionist regime', 'pressure on Israel'];
    const [first] = distinctiveTerms(texts);
    expect(first).toEqual([{ text: 'Zionist regime', start: 16, end: 30 }]);
    expect(texts[0]!.slice(16, 30)).toBe('Zionist regime');
  });

  it('treats curly and straight apostrophes alike', () => {
    const out = distinctiveTerms(['Israel\u2019s refusal', "Israel's refusal"]);
    expect(out).toEqual([[], []]);
  });
});
