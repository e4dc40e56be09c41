import type { SetScores } from './score-set';

/** Plain-text tables of set scores, one block per set, for the eval script and BASELINE.md. */

const pct = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(3));

export function formatScores(all: readonly SetScores[]): string {
  const lines: string[] = [];
  lines.push('| set | split | articles | query sentences | match queries | no-match queries | recall@1 | recall@3 | precision@1 | precision@1 (matched) | no-match precision |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of all) {
    const g = s.suggestions;
    lines.push(`| ${s.story} | ${s.split} | ${s.articles} | ${g.sentences} | ${g.matchQueries} | ${g.noMatchQueries} | ${pct(g.recallAt1)} | ${pct(g.recallAt3)} | ${pct(g.precisionAt1)} | ${pct(g.precisionAt1Matched)} | ${pct(g.noMatchPrecision)} |`);
  }
  lines.push('');
  lines.push('| set | conflict cases | incompatible flagged | incompatible missed | wrongly flagged | of which flagged on "same" | compatible left quiet |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of all) {
    const c = s.conflicts;
    lines.push(`| ${s.story} | ${c.cases} | ${c.flagged} / ${c.byExpectation.incompatible.cases} | ${c.missed} | ${c.wronglyFlagged} | ${c.flaggedOnSame} | ${c.quiet} |`);
  }
  return lines.join('\n');
}

/** The misses and wrong flags of one set, for reading after the tables. */
export function formatErrors(s: SetScores): string {
  const lines = [`## ${s.story}`];
  for (const m of s.suggestions.misses) lines.push(`- not in top 3: ${m.source.article}:${m.source.sentence} -> ${m.targetArticleId} (${m.fact})`);
  for (const e of s.conflicts.errors) lines.push(`- conflict ${e.expected === 'incompatible' ? 'missed' : `flagged on "${e.expected}"`}: ${e.fact}${e.messages.length ? ` [${e.messages.join(' | ')}]` : ''}`);
  return lines.join('\n');
}
