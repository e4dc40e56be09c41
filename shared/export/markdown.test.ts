import { describe, expect, it } from 'vitest';
import { comparisonReportMarkdown, mdText } from './markdown';
import { HOSTILE_NOTE, OKAZ_SPAN, fixtureInput } from './testing/fixture';

describe('comparisonReportMarkdown', () => {
  const md = comparisonReportMarkdown(
    fixtureInput({
      termTables: {
        'ln-fighters': { articles: [{ id: 'art-okaz', outletName: 'Okaz' }, { id: 'art-para', outletName: 'Parapolitika' }], rows: [{ term: 'fighters', counts: [1, 1], total: 2 }], occurrences: [] },
      },
    }),
  );

  it('has the study heading, the link section with its conflict, quotes, figures and term table, and coverage', () => {
    expect(md.startsWith('# Gaza ceasefire — comparison report\n')).toBe(true);
    expect(md).toContain('### 1. Fighters in the Rafah tunnels \\<b\\>');
    expect(md).toMatch(/\*\*Conflicts\*\*\n\n- \d+ numbers? disagree/);
    expect(md).toContain(`| Okaz | “${OKAZ_SPAN}” | More than 100 (read as`);
    expect(md).toContain('| fighters | 1 | 1 | 2 |');
    expect(md).toContain('## Coverage');
    expect(md).toContain('| **Facts carried** | 1 of 1 | 1 of 1 |');
  });

  it('escapes study text so it cannot add markup, links or table cells', () => {
    expect(md).not.toContain('<script>');
    expect(md).toContain(mdText(HOSTILE_NOTE));
    expect(mdText('a | b [x](http://e) *y* &lt;\nz')).toBe('a \\| b \\[x\\](http://e) \\*y\\* \\&lt; z');
    // Every table row has as many cells as its header.
    for (const block of md.split('\n\n').filter((b) => b.startsWith('| '))) {
      const cells = block.split('\n').map((line) => line.replace(/\\\|/g, '').split('|').length);
      expect(new Set(cells).size).toBe(1);
    }
  });

  it('says so when there is nothing to report', () => {
    const empty = comparisonReportMarkdown(fixtureInput({ tagSets: [], comparisons: {} }));
    expect(empty).toContain('*No linked facts yet.*');
    expect(empty).toContain('*No annotations in this export.*');
  });
});
