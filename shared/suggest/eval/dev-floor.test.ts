import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseWordVectors } from '../vectors';
import { currentConflictCheck, currentSuggester } from './adapters';
import { parseEvalSet } from './format';
import { formatScores } from './report';
import { scoreSet, scoreSuggestions } from './score-set';

/**
 * Floors just under the figures measured on the dev sets (the held-out test
 * set is never scored here), for the suggester as the app runs it (words +
 * meaning, "no close match" under the calibrated threshold) and for its
 * ranking alone (threshold 0: never a verdict). Raise a floor when quality
 * rises; a drop below one fails.
 */
interface Floor {
  recallAt1: number; recallAt3: number; precisionAt1: number; noMatchPrecision: number;
  rankRecallAt1: number; rankRecallAt3: number; flagged: number; wronglyFlagged: number;
}
const FLOORS: Record<string, Floor> = {
  // 2026-12-01, words + meaning, cut 0.145: recall@1 0.494, recall@3 0.620, precision@1 0.599, no-match precision 0.677;
  // ranking alone recall@1 0.686, recall@3 0.898 (BM25 alone: 0.669 / 0.878). Flags (shared/compare): 5 of 9, 3 wrong.
  'jajarkot-earthquake-2023.json': { recallAt1: 0.48, recallAt3: 0.6, precisionAt1: 0.58, noMatchPrecision: 0.66, rankRecallAt1: 0.67, rankRecallAt3: 0.88, flagged: 4, wronglyFlagged: 4 },
  // 2026-12-01, words + meaning, cut 0.145: recall@1 0.610, recall@3 0.736, precision@1 0.634, no-match precision 0.685;
  // ranking alone recall@1 0.755, recall@3 0.943 (BM25 alone: 0.698 / 0.874). Flags (shared/compare): 3 of 6, 3 wrong.
  'ludian-earthquake-2014.json': { recallAt1: 0.59, recallAt3: 0.72, precisionAt1: 0.62, noMatchPrecision: 0.67, rankRecallAt1: 0.74, rankRecallAt3: 0.92, flagged: 2, wronglyFlagged: 4 },
};

const DATA = fileURLToPath(new URL('./data/', import.meta.url));
const parsedVectors = parseWordVectors(new Uint8Array(readFileSync(fileURLToPath(new URL('../vectors/words.wv', import.meta.url)))));
if (!parsedVectors.ok) throw new Error(parsedVectors.error);
const vectors = parsedVectors.vectors;

describe('suggestion and conflict quality on the dev sets', () => {
  for (const [file, floor] of Object.entries(FLOORS)) {
    it(`${file} stays at or above its floor`, () => {
      const parsed = parseEvalSet(file, JSON.parse(readFileSync(DATA + file, 'utf8')));
      if (!parsed.ok) throw new Error(parsed.error);
      expect(parsed.set.split, 'only dev sets have floors').toBe('dev');
      const s = scoreSet(parsed.set, currentSuggester(parsed.set, { vectors }), currentConflictCheck(parsed.set));
      const ranking = scoreSuggestions(parsed.set, currentSuggester(parsed.set, { vectors, threshold: 0 }));
      console.log(`${formatScores([s])}\nranking alone: recall@1 ${ranking.recallAt1.toFixed(3)}, recall@3 ${ranking.recallAt3.toFixed(3)}`);
      expect(s.suggestions.recallAt1).toBeGreaterThanOrEqual(floor.recallAt1);
      expect(s.suggestions.recallAt3).toBeGreaterThanOrEqual(floor.recallAt3);
      expect(s.suggestions.precisionAt1).toBeGreaterThanOrEqual(floor.precisionAt1);
      expect(s.suggestions.noMatchPrecision).toBeGreaterThanOrEqual(floor.noMatchPrecision);
      expect(ranking.recallAt1).toBeGreaterThanOrEqual(floor.rankRecallAt1);
      expect(ranking.recallAt3).toBeGreaterThanOrEqual(floor.rankRecallAt3);
      expect(s.conflicts.flagged).toBeGreaterThanOrEqual(floor.flagged);
      expect(s.conflicts.wronglyFlagged).toBeLessThanOrEqual(floor.wronglyFlagged);
    });
  }
});
