import { describe, expect, it } from 'vitest';
import { exportFileName, localDay } from './file-name';

describe('exportFileName', () => {
  it('names the file after the study, the day and the format', () => {
    expect(exportFileName('Gaza ceasefire', '2026-11-22', 'html')).toBe('gaza-ceasefire-2026-11-22.html');
    expect(exportFileName('Ça va: étude №1', '2026-01-02', 'csv')).toBe('ca-va-etude-no1-2026-01-02.csv');
  });
  it('gives each format its own ending, so the two CSV files and the exchange formats never collide', () => {
    const names = (['csv', 'links-csv', 'json', 'html', 'md', 'w3c', 'qdpx'] as const).map((f) => exportFileName('Gaza', '2026-11-22', f));
    expect(names).toEqual(['gaza-2026-11-22.csv', 'gaza-2026-11-22-links.csv', 'gaza-2026-11-22.json', 'gaza-2026-11-22.html', 'gaza-2026-11-22.md', 'gaza-2026-11-22.jsonld', 'gaza-2026-11-22.qdpx']);
  });
  it('cuts a long name at a word and never leaves it empty', () => {
    const name = exportFileName('Gaza ceasefire, phase two: five outlets (sample)', '2026-11-22', 'json');
    expect(name).toBe('gaza-ceasefire-phase-two-five-outlets-2026-11-22.json');
    expect(exportFileName('../../', '2026-11-22', 'csv')).toBe('study-2026-11-22.csv');
  });
  it('formats the local day with zero padding', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
