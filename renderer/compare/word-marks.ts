/**
 * Marks the words of a suggested passage that the source span shares, and
 * the content words it has that the span lacks, so the analyst sees at a
 * glance why it was suggested and what is different.
 */

export interface MarkedRun {
  text: string;
  mark: 'shared' | 'differing' | null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Hit {
  start: number;
  end: number;
  mark: 'shared' | 'differing';
}

/** Splits `text` into runs, marking whole-word occurrences of the given words and phrases (case-insensitive). */
export function markWords(text: string, shared: readonly string[], differing: readonly string[]): MarkedRun[] {
  const hits: Hit[] = [];
  const terms = [
    ...shared.map((w) => ({ w, mark: 'shared' as const })),
    ...differing.map((w) => ({ w, mark: 'differing' as const })),
  ].filter((t) => t.w.trim() !== '');
  // Longer phrases first, so "stabilization force" wins over "force".
  terms.sort((a, b) => b.w.length - a.w.length);
  for (const { w, mark } of terms) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      hits.push({ start, end, mark });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const runs: MarkedRun[] = [];
  let at = 0;
  for (const h of hits) {
    if (h.start > at) runs.push({ text: text.slice(at, h.start), mark: null });
    runs.push({ text: text.slice(h.start, h.end), mark: h.mark });
    at = h.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), mark: null });
  return runs;
}
