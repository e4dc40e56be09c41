/**
 * A similarity score as a small bar. Scores are relative (BM25-based, not
 * percentages), so the bar is scaled to the best score in its list and the
 * number is shown as is.
 */
export function ScoreBar({ score, best }: { score: number; best: number }) {
  const share = best > 0 ? Math.max(0, Math.min(1, score / best)) : 0;
  const value = score.toFixed(2);
  return (
    <span className="score" role="img" aria-label={`Similarity ${value}${best > score ? ` (best here ${best.toFixed(2)})` : ''}`} title={`Similarity ${value}`}>
      <span className="score-track" aria-hidden="true">
        <span className="score-fill" style={{ width: `${Math.max(6, Math.round(share * 100))}%` }} />
      </span>
      <span className="score-value" aria-hidden="true">
        {value}
      </span>
    </span>
  );
}
