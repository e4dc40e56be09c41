/**
 * Scores the current suggester and conflict flags on the evaluation sets in
 * shared/suggest/eval/data. Prints the dev sets; the held-out test set only
 * with --test (tune on dev, look at test rarely). --errors lists the misses.
 * --bm25 scores without word vectors (BM25 alone); --fit fits the "no close
 * match" threshold on the dev sets (F0.5 of the verdict) and prints it;
 * --no-cut scores the ranking alone (threshold 0: never "no close match").
 *
 *   npm run eval [-- --test] [-- --errors] [-- --bm25] [-- --fit] [-- --no-cut]
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentConflictCheck, currentSuggester, cutPoints, cutQuality, fitCut, formatErrors, formatScores, parseEvalSet, scoreSet, type EvalSet } from '../shared/suggest/eval';
import { NO_CLOSE_MATCH } from '../shared/suggest/score';
import { parseWordVectors } from '../shared/suggest/vectors';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(ROOT, 'shared', 'suggest', 'eval', 'data');
const VECTORS = path.join(ROOT, 'shared', 'suggest', 'vectors', 'words.wv');

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
const parsedVectors = args.has('--bm25') ? null : parseWordVectors(new Uint8Array(readFileSync(VECTORS)));
if (parsedVectors && !parsedVectors.ok) throw new Error(parsedVectors.error);
const vectors = parsedVectors?.vectors ?? null;
const sets = loadSets().filter((s) => s.split === 'dev' || args.has('--test'));
if (args.has('--fit')) {
  const dev = sets.filter((s) => s.split === 'dev');
  const points = dev.flatMap((s) => cutPoints(s, currentSuggester(s, { vectors, threshold: 0 })));
  const best = fitCut(points);
  const show = (q: ReturnType<typeof cutQuality>) => `cut ${q.cut.toFixed(3)}: precision ${q.precision.toFixed(3)}, recall ${q.recall.toFixed(3)}, F0.5 ${q.f.toFixed(3)}, right first candidates hidden ${q.hidden}`;
  console.log(`best ${show(best)}\ncurrent ${show(cutQuality(points, NO_CLOSE_MATCH))}\nF1-best ${show(fitCut(points, 1))}`);
} else {
  const cut = args.has('--no-cut') ? 0 : NO_CLOSE_MATCH;
  const scores = sets.map((s) => scoreSet(s, currentSuggester(s, { vectors, threshold: cut }), currentConflictCheck(s)));
  console.log(`${vectors ? `words + meaning (${vectors.count} word vectors)` : 'BM25 alone'}, no-close-match cut ${cut}\n`);
  console.log(formatScores(scores));
  if (args.has('--errors')) for (const s of scores) console.log(`\n${formatErrors(s)}`);
  if (!args.has('--test')) console.log('\n(held-out test set not scored; pass --test to include it)');
}
