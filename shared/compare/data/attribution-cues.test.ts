import { describe, expect, it } from 'vitest';
import { citedSource } from '../attribution';
import { ATTRIBUTION_CUES } from './attribution-cues';

function sourceOf(article: string, quote: string) {
  const start = article.indexOf(quote);
  return citedSource(article, { start, end: start + quote.length }, []);
}

const rows = ATTRIBUTION_CUES.flatMap((c) => c.forms.map((form) => [c.cue, form, c.position] as const));

describe('attribution cue table', () => {
  it.each(rows)('%s: "%s" (%s)', (_cue, form, position) => {
    const article =
      position === 'subject-before' ? `Western diplomats ${form} that the fighters number about 200.`
      : position === 'source-after' ? `The fighters number about 200, ${form} Western diplomats.`
      : 'The fighters number about 200, an aide to the minister ' + form + ' Reuters on condition of anonymity.';
    const found = sourceOf(article, 'fighters number about 200');
    if (position === 'listener') {
      // The speaker before "told" wins over its listener.
      expect(found).toMatchObject({ text: 'an aide to the minister', cue: form });
      expect(sourceOf('The fighters number about 200, Haaretz was told.'.replace('Haaretz was told', 'sources told Haaretz'), 'fighters number about 200').text).toBe('sources');
    } else {
      expect(found).toMatchObject({ text: 'Western diplomats', detail: 'anonymous-official', cue: form });
    }
  });

  it('credits the listener of "told" when the sentence has no other cue', () => {
    expect(sourceOf('The fighters number about 200 as one told Haaretz on Sunday.', 'fighters number about 200')).toMatchObject({ text: 'Haaretz', detail: 'media-report', cue: 'told' });
  });

  it('lists each form once', () => {
    const forms = ATTRIBUTION_CUES.filter((c) => c.position !== 'listener').flatMap((c) => c.forms);
    expect(new Set(forms).size).toBe(forms.length);
  });
});
