import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

const terms = (text: string) => tokenize(text).map((t) => t.term);

describe('tokenize', () => {
  it('drops stop words and reporting verbs, stems the rest', () => {
    expect(terms('The officials said that the rebuilding was delayed')).toEqual(['official', 'reconstruction', 'delai']);
  });

  it('folds synonyms and multi-word names onto one term', () => {
    expect(terms('talks between Washington and Tel Aviv reached a deadlock')).toEqual(['talks', 'us', 'israel', 'reach', 'impasse']);
    expect(terms('negotiations between the United States and Israel hit a dead end')).toEqual(['talks', 'us', 'israel', 'hit', 'impasse']);
    expect(terms('dozens of militants')).toEqual(terms('dozens of fighters'));
    expect(terms('the international force')).toEqual(terms('a stabilization force'));
    expect(terms('the Zionist regime')).toEqual(['israel']);
  });

  it('reads "US" and "U.S." as the United States but not the pronoun "us"', () => {
    expect(terms('the U.S. envoy')).toEqual(['us', 'envoi']);
    expect(terms('the US envoy')).toEqual(['us', 'envoi']);
    expect(terms('tell us more')).toEqual([]);
  });

  it('keeps "remains" the verb apart from "the remains" (bodies)', () => {
    expect(terms('the situation remains volatile')).toEqual(['situat', 'remain', 'volatil']);
    expect(terms('searches for the remains')).toEqual(['search', 'body']);
  });

  it('writes numbers as digits and marks numbers and names', () => {
    const toks = tokenize('two remaining bodies and 20,000 people met Steve Witkoff');
    expect(toks.map((t) => [t.term, t.kind])).toEqual([
      ['2', 'number'], ['remain', 'word'], ['body', 'word'], ['20000', 'number'], ['peopl', 'word'], ['met', 'word'], ['steve', 'entity'], ['witkoff', 'entity'],
    ]);
  });

  it('reports offsets of the words as written', () => {
    const text = 'In Tel Aviv, officials refused.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.surface);
    expect(tokenize(text)[0]!.surface).toBe('Tel Aviv');
  });
});
