import { describe, expect, it } from 'vitest';
import { StudyError } from '../../shared/errors';
import { MAX_IMPORT_BYTES, formatMegabytes, looksBinary, refuseUnimportable } from './refusals';

function refusal(content: string): StudyError | null {
  try {
    refuseUnimportable('a.txt', content);
    return null;
  } catch (error) {
    if (error instanceof StudyError) return error;
    throw error;
  }
}

describe('refuseUnimportable', () => {
  it('refuses empty and whitespace-only content', () => {
    expect(refusal('')?.message).toBe('a.txt is empty');
    expect(refusal(' \n\t\u00a0\n')?.message).toBe('a.txt is empty');
    expect(refusal('')?.code).toBe('bad-input');
  });

  it('refuses content over the limit, saying how large it is', () => {
    expect(refusal('a'.repeat(20 * 1024 * 1024))?.message).toBe('a.txt is 20.0 MB; the import limit is 5 MB');
    expect(refusal('a'.repeat(MAX_IMPORT_BYTES))).toBeNull();
    // The limit is on UTF-8 bytes: 2 million three-byte characters are 6 MB.
    expect(refusal('€'.repeat(2_000_000))?.message).toBe('a.txt is 5.7 MB; the import limit is 5 MB');
  });

  it('refuses binary content', () => {
    expect(refusal('%PDF-1.7\u0000\u0001binary')?.message).toBe('a.txt looks like a binary file, not text, Markdown or HTML');
    expect(refusal('\uFFFD\uFFFDPNG\r\n\u001a\n\uFFFD\uFFFD\uFFFD')?.message).toContain('binary');
  });

  it('accepts ordinary text in any script', () => {
    expect(refusal('Ordinary text.\r\n\tWith tabs, “quotes” and émigré.')).toBeNull();
    expect(refusal('محادثات بلا نتائج. 会谈没有结果。')).toBeNull();
  });
});

describe('looksBinary', () => {
  it('tolerates a few mis-decoded characters in real text', () => {
    expect(looksBinary(`Caf\uFFFD au lait, ${'plain words '.repeat(10)}`)).toBe(false);
  });

  it('flags a high share of replacement and control characters', () => {
    expect(looksBinary('ab\uFFFD\uFFFD\u0002\u0003cd')).toBe(true);
  });
});

describe('formatMegabytes', () => {
  it('rounds to one decimal', () => {
    expect(formatMegabytes(5 * 1024 * 1024 + 1)).toBe('5.0 MB');
  });
});
