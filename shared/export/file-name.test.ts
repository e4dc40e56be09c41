import { describe, expect, it } from 'vitest';
import { exportFileName, localDay } from './file-name';

describe('exportFileName', () => {
  it('names the file after the study, the day and the format', () => {
    expect(exportFileName('Gaza ceasefire', '2026-11-22', 'html')).toBe('gaza-ceasefire-2026-11-22.html');
    expect(exportFileName('Ça va: étude №1', '2026-01-02', 'csv')).toBe('ca-va-etude-no1-2026-01-02.csv');
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
