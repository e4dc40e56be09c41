import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { currentConflictCheck, currentSuggester } from './adapters';
import { parseEvalSet } from './format';
import { formatScores } from './report';
import { scoreSet } from './score-set';

/**
 * Floors just under the baseline measured in BASELINE.md (dev sets only; the
 * held-out test set is never scored here). Raise a floor when quality rises;
 * a drop below one fails.
 */
const FLOORS: Record<string, { recallAt1: number; recallAt3: number; precisionAt1: number; flagged: number; wronglyFlagged: number }> = {
  // Baseline 2026-12-01: recall@1 0.665, recall@3 0.878, precision@1 0.365; flags 5 of 9, 3 wrong.
  'jajarkot-earthquake-2023.json': { recallAt1: 0.64, recallAt3: 0.85, precisionAt1: 0.34, flagged: 4, wronglyFlagged: 4 },
  // Baseline 2026-12-01: recall@1 0.698, recall@3 0.868, precision@1 0.410; flags 3 of 6, 3 wrong.
  'ludian-earthquake-2014.json': { recallAt1: 0.67, recallAt3: 0.84, precisionAt1: 0.39, flagged: 2, wronglyFlagged: 4 },
};

const DATA = fileURLToPath(new URL('./data/', import.meta.url));

describe('suggestion and conflict quality on the dev sets', () => {
  for (const [file, floor] of Object.entries(FLOORS)) {
    it(`${file} stays at or above its floor`, () => {
      const parsed = parseEvalSet(file, JSON.parse(readFileSync(DATA + file, 'utf8')));
      if (!parsed.ok) throw new Error(parsed.error);
      expect(parsed.set.split, 'only dev sets have floors').toBe('dev');
      const s = scoreSet(parsed.set, currentSuggester(parsed.set), currentConflictCheck(parsed.set));
      console.log(formatScores([s]));
      expect(s.suggestions.recallAt1).toBeGreaterThanOrEqual(floor.recallAt1);
      expect(s.suggestions.recallAt3).toBeGreaterThanOrEqual(floor.recallAt3);
      expect(s.suggestions.precisionAt1).toBeGreaterThanOrEqual(floor.precisionAt1);
      expect(s.conflicts.flagged).toBeGreaterThanOrEqual(floor.flagged);
      expect(s.conflicts.wronglyFlagged).toBeLessThanOrEqual(floor.wronglyFlagged);
    });
  }
});
