/**
 * The words that attribute a claim to a source, as written in news copy.
 * attribution.ts looks for them in the span's own sentence.
 *
 * - 'subject-before': the source is the subject before the verb
 *   ("Witkoff cited ...", "Sources attributed ...", "..., officials said").
 * - 'source-after': the source follows the cue ("according to Israeli
 *   officials", "citing security sources", "quoting a senior official").
 * - 'listener': the outlet spoken to follows "told" ("an aide told Reuters");
 *   used only when the sentence has no other cue.
 * Lower rank wins when a sentence has several: "according to" 0, a speech
 * verb 1, "citing"/"quoting" 2, the listener of "told" 3.
 * Each form has a test in attribution-cues.test.ts.
 */

export type CuePosition = 'subject-before' | 'source-after' | 'listener';

export interface AttributionCue {
  cue: string;
  forms: readonly string[];
  position: CuePosition;
  rank: number;
}

const verb = (cue: string, ...forms: string[]): AttributionCue => ({ cue, forms: [cue, ...forms], position: 'subject-before', rank: 1 });

export const ATTRIBUTION_CUES: readonly AttributionCue[] = [
  { cue: 'according to', forms: ['according to'], position: 'source-after', rank: 0 },
  verb('said', 'says', 'say'),
  verb('told', 'tells'),
  verb('cited', 'cites', 'cite'),
  verb('attributed', 'attributes', 'attribute'),
  verb('stated', 'states'),
  verb('claimed', 'claims', 'claim'),
  verb('reported', 'reports'),
  verb('noted', 'notes'),
  verb('added', 'adds'),
  verb('confirmed', 'confirms', 'confirm'),
  verb('denied', 'denies', 'deny'),
  verb('warned', 'warns', 'warn'),
  verb('quoted', 'quotes'),
  verb('revealed', 'reveals'),
  verb('indicated', 'indicates'),
  verb('wrote', 'writes'),
  verb('described', 'describes'),
  verb('estimated', 'estimates', 'estimate'),
  verb('announced', 'announces'),
  verb('believes', 'believe'),
  verb('accused', 'accuses'),
  verb('stressed', 'stresses'),
  verb('explained', 'explains'),
  verb('argued', 'argues'),
  verb('suggested', 'suggests'),
  verb('insisted', 'insists'),
  verb('acknowledged', 'acknowledges'),
  verb('alleged', 'alleges'),
  verb('asserted', 'asserts'),
  verb('emphasized', 'emphasised', 'emphasizes', 'emphasises'),
  { cue: 'citing', forms: ['citing'], position: 'source-after', rank: 2 },
  { cue: 'quoting', forms: ['quoting'], position: 'source-after', rank: 2 },
  { cue: 'told (listener)', forms: ['told'], position: 'listener', rank: 3 },
];
