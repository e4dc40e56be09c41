/**
 * Scores the current suggester and conflict flags on the evaluation sets in
 * shared/suggest/eval/data. Prints the dev sets; the held-out test set only
 * with --test (tune on dev, look at test rarely). --errors lists the misses.
 *
 *   npm run eval [-- --test] [-- --errors]
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentConflictCheck, currentSuggester, formatErrors, formatScores, parseEvalSet, scoreSet, type EvalSet } from '../shared/suggest/eval';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'shared', 'suggest', 'eval', 'data');

function loadSets(): EvalSet[] {
  return readdirSync(DATA)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = parseEvalSet(f, JSON.parse(readFileSync(path.join(DATA, f), 'utf8')));
      if (!parsed.ok) throw new Error(parsed.error);
      return parsed.set;
    });
}

const args = new Set(process.argv.slice(2));
const sets = loadSets().filter((s) => s.split === 'dev' || args.has('--test'));
const scores = sets.map((s) => scoreSet(s, currentSuggester(s), currentConflictCheck(s)));
console.log(formatScores(scores));
if (args.has('--errors')) for (const s of scores) console.log(`\n${formatErrors(s)}`);
if (!args.has('--test')) console.log('\n(held-out test set not scored; pass --test to include it)');
