import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../shared/export/types';
import { FORMAT_CHOICES, isCsv, withExcelBom } from './export-formats';

describe('FORMAT_CHOICES', () => {
  it('offers every format the service writes, once, each with a one-line hint', () => {
    expect(FORMAT_CHOICES.map((c) => c.format).sort()).toEqual([...EXPORT_FORMATS].sort());
    for (const c of FORMAT_CHOICES) expect(c.hint).toMatch(/^[^\n]{10,120}$/);
  });
});

describe('withExcelBom', () => {
  const csv = { fileName: 's.csv', mimeType: 'text/csv', content: 'Annotation ID,Quote\r\n' };
  it('starts CSV files with the byte-order mark once when wanted, and takes it off when not', () => {
    expect(withExcelBom(csv, 'csv', true).content.startsWith('\uFEFFAnnotation ID')).toBe(true);
    expect(withExcelBom(withExcelBom(csv, 'links-csv', true), 'links-csv', true).content.indexOf('\uFEFF', 1)).toBe(-1);
    expect(withExcelBom({ ...csv, content: '\uFEFFAnnotation ID' }, 'csv', false).content).toBe('Annotation ID');
  });

  it('leaves other formats and binary files alone', () => {
    const md = { ...csv, fileName: 's.md', content: '\uFEFF# Report' };
    expect(withExcelBom(md, 'md', false)).toBe(md);
    const zip = { fileName: 's.qdpx', mimeType: 'application/zip', content: 'UEsDBA==', encoding: 'base64' as const };
    expect(withExcelBom(zip, 'csv', true)).toBe(zip);
    expect([isCsv('csv'), isCsv('links-csv'), isCsv('json')]).toEqual([true, true, false]);
  });
});
