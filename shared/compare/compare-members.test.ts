import { describe, expect, it } from 'vitest';
import { compareMembers } from './compare-members';
import { splitSentences } from './sentences';
import { ComparisonSchema, type CompareMemberInput } from './types';

/** Short excerpts of the seed articles, in their own words. */
const OKAZ = [
  'Israeli Channel 13 reported last Saturday evening, citing informed sources, that the U.S. administration has begun to pressure for the implementation of the next phase.',
  'Sources attributed the delay in moving to the second phase also to the crisis of Hamas members trapped in Rafah, as more than 100 fighters remain trapped in underground tunnels in areas of Rafah controlled by Israeli forces.',
  'U.S. envoy Steve Witkoff indicated more than a week ago that resolving this issue would be a test for future steps in the broader ceasefire plan.',
].join('\n\n');
const PARAPOLITIKA = [
  'There are approximately 200 fighters in tunnels beneath Rafah in the Gaza area that continues to be controlled by the Israeli army.',
  'American envoy Steve Witkoff described last week efforts to resolve the impasse by providing fighters with safe passage.',
  'However, progress in the ceasefire plan promoted by the Trump administration depends on resolving the issue of Hamas fighters.',
].join('\n\n');
const LEVANT = [
  'While the Biden administration is pressing Israel to advance to the next stage of the deal, Jerusalem is digging in its heels.',
  'Simultaneously, the situation in Rafah remains volatile, with dozens of militants barricaded in tunnels.',
].join('\n\n');
const DUPREE = [
  'The disagreement comes as officials express frustration with the fragile truce, which came into effect October 10 following the signing of the plan.',
].join('\n\n');
const OTHER = ['The truce came into effect October 9, two Western diplomats said.'].join('\n\n');

function member(articleId: string, outletName: string, articleText: string, quote: string, extra: Partial<CompareMemberInput> = {}): CompareMemberInput {
  const start = articleText.indexOf(quote);
  expect(start, quote).toBeGreaterThanOrEqual(0);
  const end = start + quote.length;
  const sentence = splitSentences(articleText).find((s) => s.start <= start && end <= s.end)!;
  return { articleId, outletName, text: quote, sentence: sentence.text, articleText, start, end, attributions: [], publishedAt: '2025-12-20', ...extra };
}

describe('compareMembers', () => {
  it('flags the three Rafah fighter counts in plain words, taking the number from the sentence when the span lacks it', () => {
    const result = compareMembers([
      member('okaz', 'Okaz', OKAZ, 'fighters remain trapped in underground tunnels'),
      member('para', 'Parapolitika', PARAPOLITIKA, 'approximately 200 fighters in tunnels beneath Rafah'),
      member('levant', 'The Levant Files', LEVANT, 'dozens of militants barricaded in tunnels'),
    ]);
    expect(ComparisonSchema.parse(result)).toEqual(result);
    const quantity = result.conflicts.filter((c) => c.kind === 'quantity');
    expect(quantity).toEqual([{
      kind: 'quantity',
      message: '3 numbers disagree: more than 100 fighters / approximately 200 fighters / dozens of militants',
      members: ['okaz', 'para', 'levant'],
      severity: 'incompatible',
    }]);
    const okaz = result.members[0]!;
    expect(okaz.quantities.map((q) => OKAZ.slice(q.start, q.end))).toEqual(['more than 100']);
  });

  it('says figures differ, not that they disagree, when both can be true', () => {
    const result = compareMembers([
      member('okaz', 'Okaz', OKAZ, 'fighters remain trapped in underground tunnels'),
      member('para', 'Parapolitika', PARAPOLITIKA, 'approximately 200 fighters in tunnels beneath Rafah'),
    ]);
    expect(result.conflicts.filter((c) => c.kind === 'quantity')).toEqual([{
      kind: 'quantity',
      message: 'Figures differ: more than 100 fighters (probably near 100) / approximately 200 fighters',
      members: ['okaz', 'para'],
      severity: 'different',
    }]);
  });

  it('compares "100 to 200 Hamas terrorists" with "scores of Hamas fighters" and a hedged figure as one count', () => {
    const a = 'Israel says 100 to 200 Hamas terrorists are still in the tunnels.';
    const b = 'Scores of Hamas fighters are still in the tunnels, officials said.';
    const c = 'There are under 200, and possibly fewer than 100 fighters in the tunnels.';
    const result = compareMembers([
      member('a', 'A', a, 'Hamas terrorists are still in the tunnels'),
      member('b', 'B', b, 'Scores of Hamas fighters are still in the tunnels'),
      member('c', 'C', c, 'fighters in the tunnels'),
    ]);
    expect(result.members.map((m) => m.quantities.map((q) => [q.text, q.unit]))).toEqual([
      [['100 to 200', 'terrorist']], [['Scores', 'fighter']], [['under 200, and possibly fewer than 100', 'fighter']],
    ]);
    expect(result.conflicts.filter((c) => c.kind === 'quantity')).toEqual([{
      kind: 'quantity',
      message: 'Figures differ: 100 to 200 Hamas terrorists / Scores of Hamas fighters / under 200, and possibly fewer than 100 fighters',
      members: ['a', 'b', 'c'],
      severity: 'different',
    }]);
  });

  it('does not flag counts that agree', () => {
    const result = compareMembers([
      member('para', 'Parapolitika', PARAPOLITIKA, 'approximately 200 fighters in tunnels beneath Rafah'),
      member('x', 'Other', 'Gaza: About 200 fighters in tunnels beneath Rafah', 'About 200 fighters in tunnels beneath Rafah'),
    ]);
    expect(result.conflicts.filter((c) => c.kind === 'quantity')).toEqual([]);
  });

  it('flags the Biden administration against the Trump administration', () => {
    const result = compareMembers([
      member('para', 'Parapolitika', PARAPOLITIKA, 'the ceasefire plan promoted by the Trump administration'),
      member('levant', 'The Levant Files', LEVANT, 'the Biden administration is pressing Israel to advance'),
    ]);
    expect(result.conflicts.find((c) => c.kind === 'actor')).toEqual({
      kind: 'actor',
      message: 'Outlets name different administrations: Trump administration (Parapolitika) / Biden administration (The Levant Files)',
      members: ['para', 'levant'],
    });
    expect(result.actors.differing.map((d) => d.canonical)).toContain('Biden administration');
  });

  it('flags "Biden administration" in a late-2025 article on its own', () => {
    const result = compareMembers([member('levant', 'The Levant Files', LEVANT, 'the Biden administration is pressing Israel to advance')]);
    expect(result.conflicts).toEqual([{
      kind: 'actor',
      message: 'Out of date: Biden administration (The Levant Files, published 2025-12-20; the Trump administration has held office since 2025-01-20)',
      members: ['levant'],
    }]);
  });

  it('flags "Biden administration" against "the U.S. administration" and "Washington" in Trump-era articles', () => {
    const result = compareMembers([
      member('okaz', 'Okaz', OKAZ, 'the U.S. administration has begun to pressure for the implementation of the next phase'),
      member('levant', 'The Levant Files', LEVANT, 'the Biden administration is pressing Israel to advance'),
      member('x', 'Other', 'Washington is pressing Israel to advance.', 'Washington is pressing Israel to advance'),
    ]);
    expect(result.conflicts.filter((c) => c.kind === 'actor').map((c) => c.message)).toEqual([
      'Outlets name different administrations: Trump administration (Okaz as \u201CU.S. administration\u201D, Other as \u201CWashington\u201D) / Biden administration (The Levant Files)',
      'Out of date: Biden administration (The Levant Files, published 2025-12-20; the Trump administration has held office since 2025-01-20)',
    ]);
    // What the members name is unchanged: the implied administration is only for the comparison.
    expect([...result.actors.shared, ...result.actors.differing.map((d) => d.canonical)]).not.toContain('Trump administration');
  });

  it('flags dates that disagree and accepts "more than a week ago" against "last week"', () => {
    const dates = compareMembers([
      member('dupree', 'The Dupree Report', DUPREE, 'came into effect October 10'),
      member('other', 'Other', OTHER, 'The truce came into effect October 9'),
    ]);
    expect(dates.conflicts.find((c) => c.kind === 'time')).toEqual({
      kind: 'time', message: '2 dates disagree: October 10 / October 9', members: ['dupree', 'other'],
    });
    const witkoff = compareMembers([
      member('okaz', 'Okaz', OKAZ, 'Steve Witkoff indicated more than a week ago that resolving this issue would be a test'),
      member('para', 'Parapolitika', PARAPOLITIKA, 'Steve Witkoff described last week efforts to resolve the impasse'),
    ]);
    expect(witkoff.conflicts.filter((c) => c.kind === 'time')).toEqual([]);
    expect(witkoff.members.map((m) => m.times.map((t) => t.text))).toEqual([['more than a week ago'], ['last week']]);
  });

  it('flags "Sunday night" against "on Monday" for one arrival, each anchored to its own publication date', () => {
    const a = 'The envoy arrived at midnight on Sunday, officials said.';
    const b = 'The envoy arrived on Sunday night.';
    const c = 'The envoy arrived on Monday.';
    const result = compareMembers([
      member('a', 'A', a, 'The envoy arrived at midnight on Sunday', { publishedAt: '2025-12-22' }),
      member('b', 'B', b, 'The envoy arrived on Sunday night', { publishedAt: '2025-12-22' }),
      member('c', 'C', c, 'The envoy arrived on Monday', { publishedAt: '2025-12-23' }),
    ]);
    expect(result.conflicts.filter((x) => x.kind === 'time')).toEqual([
      { kind: 'time', message: '2 dates disagree: on Sunday night / on Monday', members: ['b', 'c'] },
    ]);
    expect(result.notCompared ?? []).toEqual([]);
  });

  it('says which dates and figures were not compared instead of letting them pass as agreeing', () => {
    const b = 'The envoy arrived on Sunday night.';
    const c = 'The envoy arrived on Monday with two bodies.';
    const result = compareMembers([
      member('b', 'B', b, 'The envoy arrived on Sunday night', { publishedAt: undefined }),
      member('c', 'C', c, 'The envoy arrived on Monday', { publishedAt: '2025-12-23' }),
    ]);
    expect(result.conflicts.filter((x) => x.kind === 'time')).toEqual([]);
    expect(result.notCompared).toEqual([
      { kind: 'time', message: 'Dates not compared: on Sunday night (B) / on Monday (C); relative dates need each article\u2019s publication date', members: ['b', 'c'] },
    ]);
    const figures = compareMembers([
      member('para', 'Parapolitika', PARAPOLITIKA, 'approximately 200 fighters in tunnels beneath Rafah'),
      member('x', 'Other', 'Gaza: two bodies were returned.', 'two bodies were returned'),
    ]);
    expect(figures.notCompared).toEqual([
      { kind: 'quantity', message: 'Figures not compared: approximately 200 fighters (Parapolitika) / two bodies (Other); they count different things', members: ['para', 'x'] },
    ]);
  });

  it('flags different kinds of source and reads an attribution annotation\u2019s label', () => {
    const result = compareMembers([
      member('other', 'Other', OTHER, 'The truce came into effect October 9'),
      member('dupree', 'The Dupree Report', DUPREE, 'came into effect October 10'),
    ]);
    expect(result.members.map((m) => m.source.kind)).toEqual(['anonymous-official', 'unattributed']);
    expect(result.conflicts.find((c) => c.kind === 'attribution')?.message).toBe(
      'Sources differ: Other: two Western diplomats (anonymous official) / The Dupree Report: unattributed',
    );
    const labelled = compareMembers([
      member('dupree', 'The Dupree Report', DUPREE, 'came into effect October 10', {
        attributions: [{ start: DUPREE.indexOf('officials'), end: DUPREE.indexOf('officials') + 9, label: 'named-source' }],
      }),
    ]);
    expect(labelled.members[0]!.source).toMatchObject({ kind: 'named', text: 'officials' });
  });

  it('tells an unnamed group from an anonymous official and names the cue', () => {
    const a = 'The truce is fragile, international analysts warned.';
    const b = 'The truce is fragile, a senior official said.';
    const result = compareMembers([member('a', 'A', a, 'The truce is fragile'), member('b', 'B', b, 'The truce is fragile')]);
    expect(result.members.map((m) => [m.source.detail, m.source.cue])).toEqual([['unnamed-group', 'warned'], ['anonymous-official', 'said']]);
    expect(result.conflicts.find((c) => c.kind === 'attribution')?.message).toBe(
      'Sources differ: A: international analysts (unnamed group) / B: a senior official (anonymous official)',
    );
  });

  it('compares names only on a same-referent link: no figures, dates or sources', () => {
    const a = 'The Zionist regime has committed 400 violations of the truce since October 10, Hamas said.';
    const b = 'Israel has kept the truce since October 9, officials said, with about 20 violations.';
    const inputs = [member('a', 'A', a, 'The Zionist regime'), member('b', 'B', b, 'Israel')];
    const claim = compareMembers(inputs);
    expect(claim.conflicts.map((c) => c.kind).sort()).toEqual(['attribution', 'quantity', 'time']);
    const referent = compareMembers(inputs, { linkKind: 'same-referent' });
    expect(referent.conflicts).toEqual([]);
    expect(referent.notCompared ?? []).toEqual([]);
    expect(referent.members.map((m) => [m.quantities, m.times, m.source.kind])).toEqual([[[], [], 'unattributed'], [[], [], 'unattributed']]);
    expect(referent.actors.shared).toEqual(['Israel (government)']);
  });

  it('aligns wording and lists each member\u2019s own words with article offsets', () => {
    const result = compareMembers([
      member('okaz', 'Okaz', OKAZ, 'more than 100 fighters remain trapped in underground tunnels'),
      member('levant', 'The Levant Files', LEVANT, 'dozens of militants barricaded in tunnels'),
    ]);
    expect(result.wording.base).toBe(0);
    expect(result.wording.diffs[1]!.some((o) => o.op === 'added' && o.text.includes('militants'))).toBe(true);
    const levant = result.members[1]!;
    expect(levant.distinctive.map((d) => LEVANT.slice(d.start, d.end))).toEqual(['dozens of militants barricaded']);
  });

  it('uses annotation ids as member ids when given', () => {
    const result = compareMembers([
      member('para', 'Parapolitika', PARAPOLITIKA, 'approximately 200 fighters', { id: 'ann-1' }),
      member('levant', 'The Levant Files', LEVANT, 'dozens of militants', { id: 'ann-2' }),
    ]);
    expect(result.conflicts.find((c) => c.kind === 'quantity')?.members).toEqual(['ann-1', 'ann-2']);
  });
});
