import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, LINKS_CSV_COLUMNS, annotationsCsv, csvField, csvRecord, linksCsv } from './csv';
import { HOSTILE_NOTE, OKAZ_SPAN, fixtureInput } from './testing/fixture';

/** A minimal RFC 4180 reader, to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('csvField', () => {
  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvRecord(['x', 1, 'y,z'])).toBe('x,1,"y,z"');
  });

  it('guards text that a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('+33 1 23')).toBe("'+33 1 23");
    expect(csvField('-5 degrees')).toBe("'-5 degrees");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=cmd')).toBe("'\t=cmd");
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('a = b')).toBe('a = b');
    expect(csvField(-3)).toBe('-3');
  });
});

describe('annotationsCsv', () => {
  it('writes one row per annotation with outlet, label name, offsets, exact quote and links', () => {
    const csv = annotationsCsv(fixtureInput());
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 3);
    const okaz = rows.find((r) => r[1] === 'art-okaz')!;
    expect(okaz[2]).toBe('Okaz');
    expect(okaz[3]).toBe('Talks stall in Cairo');
    expect(okaz[5]).toBe('Claim');
    expect(okaz[6]).toBe('Numeric');
    expect(okaz[9]).toBe(OKAZ_SPAN);
    expect(okaz[10]).toBe('\'=HYPERLINK("http://evil","x"), "fine"\nsecond line');
    expect(okaz[11]).toBe('ln-fighters');
    expect(okaz.slice(12, 15)).toEqual(['Fighters in the Rafah tunnels <b>', 'Same claim', '2 numbers disagree; Sources differ']);
    expect(okaz[4]).toBe('Alice');
    const source = rows.find((r) => r[0] === 'an-source')!;
    expect(source[6]).toBe('Media report');
    expect(source[11]).toBe('');
    expect(source.slice(12, 15)).toEqual(['', '', '']);
    expect(rows.find((r) => r[0] === 'an-para')![10]).toBe(HOSTILE_NOTE);
    // Reading order: Okaz before Parapolitika, then by position.
    expect(rows.slice(1).map((r) => r[0])).toEqual(['an-okaz', 'an-para', 'an-source']);
  });

  it('ends records with CRLF and adds the UTF-8 BOM only when asked', () => {
    const csv = annotationsCsv(fixtureInput());
    expect(csv.startsWith('Annotation ID,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(annotationsCsv(fixtureInput(), { bom: true }).startsWith('\uFEFFAnnotation ID,')).toBe(true);
  });

  it('is the same file for the same study whatever order the tag sets come in', () => {
    const input = fixtureInput();
    const reversed = fixtureInput({ tagSets: [{ ...input.tagSets[0]!, annotations: [...input.tagSets[0]!.annotations].reverse() }] });
    expect(annotationsCsv(reversed)).toBe(annotationsCsv(input));
  });

  it('writes only the header for a study without annotations', () => {
    expect(parseCsv(annotationsCsv(fixtureInput({ tagSets: [] })))).toHaveLength(1);
  });
});

describe('linksCsv', () => {
  it('writes one row per link member with the link label, kind, conflicts, and the member outlet, quote, figures and source', () => {
    const rows = parseCsv(linksCsv(fixtureInput(), { bom: true }).slice(1));
    expect(rows[0]).toEqual([...LINKS_CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 2);
    const [okaz, para] = [rows[1]!, rows[2]!];
    expect(okaz.slice(0, 5)).toEqual(['ln-fighters', 'Fighters in the Rafah tunnels <b>', 'Same claim', 'Alice', '2 numbers disagree; Sources differ']);
    expect(okaz.slice(6, 10)).toEqual(['an-okaz', 'Okaz', 'Talks stall in Cairo', OKAZ_SPAN]);
    expect(okaz[10]).toMatch(/^More than 100 \(read as 101–/);
    expect(para[11]).toBe('Media report: Israeli media');
  });

  it('starts with a BOM only when asked', () => {
    expect(linksCsv(fixtureInput()).startsWith('Link ID,')).toBe(true);
    expect(linksCsv(fixtureInput(), { bom: true }).startsWith('\uFEFFLink ID,')).toBe(true);
  });
});
