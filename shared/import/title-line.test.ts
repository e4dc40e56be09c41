import { describe, expect, it } from 'vitest';
import { looksLikeTitle } from './title-line';

describe('looksLikeTitle', () => {
  it.each([
    'Talks Without Results',
    'The Trapped in Rafah',
    'Gaza: About 200 fighters in tunnels beneath Rafah',
    'Egyptian Officials Accuse Netanyahu of Obstruction',
    'Trump Faces Critical Decision at Mar-a-Lago',
    'The Turkish Paragon',
    '20 Points and a Deadline',
    'محادثات بلا نتائج',
  ])('accepts %s', (line) => {
    expect(looksLikeTitle(line)).toBe(true);
  });

  it.each([
    ['a sentence', 'Gaza ceasefire talks stall.'],
    ['a question', 'What Comes Next?'],
    ['a quote', '“Talks Without Results”'],
    ['one word', 'Background'],
    ['lower case start', 'and then the talks stopped'],
    ['a byline', 'By Jane Doe'],
    ['two sentences', 'Talks failed. Results none'],
    ['too many words', 'One two three four five six seven eight nine ten eleven twelve thirteen'],
    ['a leftover', '.jpg)'],
  ])('rejects %s', (_what, line) => {
    expect(looksLikeTitle(line)).toBe(false);
  });
});
