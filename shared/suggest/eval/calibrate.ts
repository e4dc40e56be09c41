import type { EvalSet } from './format';
import { evalQueries, type EvalSuggest } from './score-set';

/**
 * Fits the "no close match" threshold on labelled sets. Each query gives a
 * point: the score of the suggester's first candidate in the target article
 * (0 when none), whether the labels say the article has no match, and
 * whether that first candidate is right. A cut says "no close match" for
 * every point under it; it is right on a no-match query and wrong on a query
 * whose first candidate was right (it hides it). Queries whose first
 * candidate is wrong anyway are left out: either answer is wrong there.
 * The fit takes the cut with the best F-beta of the verdict (beta < 1
 * weighs its precision more).
 */

export interface CutPoint {
  top: number;
  noMatch: boolean;
  rightTop1: boolean;
}

export interface FittedCut {
  cut: number;
  precision: number;
  recall: number;
  f: number;
  /** Correct first candidates the cut hides. */
  hidden: number;
}

/** The points of a set; run the suggester with threshold 0 so that it never says "no close match" itself. */
export function cutPoints(set: EvalSet, suggestFn: EvalSuggest): CutPoint[] {
  return evalQueries(set).map((q) => {
    const first = suggestFn(q.source).candidates.find((c) => c.articleId === q.targetArticleId);
    return {
      top: first?.score ?? 0,
      noMatch: q.relevant.length === 0,
      rightTop1: !!first && first.sentences.some((s) => q.relevant.includes(s)),
    };
  });
}

/** Quality of one cut over the points. */
export function cutQuality(points: readonly CutPoint[], cut: number, beta = 0.5): FittedCut {
  let tp = 0, fp = 0, fn = 0;
  for (const p of points) {
    if (!p.noMatch && !p.rightTop1) continue;
    const says = p.top < cut;
    if (says && p.noMatch) tp++;
    else if (says) fp++;
    else if (p.noMatch) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const b2 = beta * beta;
  const f = precision + recall ? ((1 + b2) * precision * recall) / (b2 * precision + recall) : 0;
  return { cut, precision, recall, f, hidden: fp };
}

/** The best cut on a grid of `step` from 0 to `max`. */
export function fitCut(points: readonly CutPoint[], beta = 0.5, step = 0.005, max = 0.5): FittedCut {
  let best = cutQuality(points, 0, beta);
  for (let i = 1; i * step <= max + 1e-9; i++) {
    const q = cutQuality(points, Math.round(i * step * 1e6) / 1e6, beta);
    if (q.f > best.f) best = q;
  }
  return best;
}
