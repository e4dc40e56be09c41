import { describe, expect, it } from 'vitest';
import { sentenceIndexAt, splitSentences } from './sentences';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('splits on full stops followed by a capital and keeps offsets', () => {
    const src = 'Talks stalled. Israel refused! Why? Nobody knows.';
    const out = splitSentences(src);
    expect(out.map((s) => s.text)).toEqual(['Talks stalled.', 'Israel refused!', 'Why?', 'Nobody knows.']);
    for (const s of out) expect(src.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after U.S., Mr. or initials', () => {
    expect(texts('U.S. envoy Steve Witkoff spoke. Mr. Rashwan said no. J. D. Vance agreed.')).toEqual([
      'U.S. envoy Steve Witkoff spoke.',
      'Mr. Rashwan said no.',
      'J. D. Vance agreed.',
    ]);
    expect(texts('the U.S. administration has begun to pressure Israel.')).toHaveLength(1);
  });

  it('keeps a closing quote with its sentence and does not split inside a quote before lower case', () => {
    expect(texts('He called it "the worst ever," pointing at Hamas. Ben Yishai added: "They stay." Then he left.')).toEqual([
      'He called it "the worst ever," pointing at Hamas.',
      'Ben Yishai added: "They stay."',
      'Then he left.',
    ]);
    expect(texts('It said \u201Cit is over.\u201D Hamas disagreed.')).toEqual(['It said \u201Cit is over.\u201D', 'Hamas disagreed.']);
  });

  it('always ends a sentence at a block separator, even without punctuation', () => {
    expect(texts('Talks Without Results\n\nAn Israeli official stated that talks continue')).toEqual([
      'Talks Without Results',
      'An Israeli official stated that talks continue',
    ]);
    expect(texts('Headline\n\n\n\nBody text.')).toEqual(['Headline', 'Body text.']);
  });

  it('leaves decimals, numbers with commas and file names alone', () => {
    expect(texts('Growth was 3.5 percent in 20,000 homes. Photo: x.jpg)')).toEqual([
      'Growth was 3.5 percent in 20,000 homes.',
      'Photo: x.jpg)',
    ]);
  });

  it('splits before a sentence that opens with a digit or quote', () => {
    expect(texts('They met. 20 captives were freed. "No," he said.')).toEqual(['They met.', '20 captives were freed.', '"No," he said.']);
  });

  it('finds the sentence at an offset', () => {
    const src = 'One. Two. Three.';
    const ss = splitSentences(src);
    expect(sentenceIndexAt(ss, src.indexOf('Two'))).toBe(1);
    expect(sentenceIndexAt(ss, src.indexOf('Three') - 1)).toBe(1);
    expect(sentenceIndexAt(ss, 0)).toBe(0);
  });
});
