import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StudyError } from '../../shared/errors';
import { canonicalText, docFromJSON } from '../../shared/text';
import { MAX_IMPORT_BYTES, importDocument } from './index';

const seed = readFileSync(new URL('../../seeds/003_2a4e464d5e4701d1.txt', import.meta.url), 'utf8');
const page = readFileSync(new URL('./fixtures/news-page.html', import.meta.url), 'utf8');

function refusal(input: Parameters<typeof importDocument>[0]): string {
  try {
    importDocument(input);
  } catch (error) {
    expect(error).toBeInstanceOf(StudyError);
    expect((error as StudyError).code).toBe('bad-input');
    return (error as StudyError).message;
  }
  throw new Error('expected a refusal');
}

describe('importDocument', () => {
  it('imports a .txt seed as plain text', () => {
    const result = importDocument({ fileName: '003.txt', content: seed });
    expect(result.format).toBe('text');
    expect(result.meta).toEqual({});
    expect(canonicalText(docFromJSON(result.doc)).blocks).toHaveLength(34);
  });

  it('imports Markdown, titled by its first level-1 heading', () => {
    const result = importDocument({ fileName: 'notes.md', content: '# Talks stall\n\nBody **text**.' });
    expect(result.format).toBe('markdown');
    expect(result.meta).toEqual({ title: 'Talks stall' });
  });

  it('imports HTML with its metadata, resolving against the given url', () => {
    const result = importDocument({ fileName: 'page.html', content: page, url: 'https://www.dailyledger.example/x' });
    expect(result.format).toBe('html');
    expect(result.meta.outlet).toBe('The Daily Ledger');
    expect(result.meta.url).toBe('https://www.dailyledger.example/world/2025/12/gaza-talks-stall');
  });

  it('sniffs the format when the extension says nothing, and lets an explicit format win', () => {
    expect(importDocument({ fileName: 'saved-page', content: page }).format).toBe('html');
    expect(importDocument({ fileName: 'page.html', content: '# Not HTML', format: 'markdown' }).format).toBe('markdown');
  });

  it('ignores a byte order mark', () => {
    const result = importDocument({ fileName: 'a.md', content: '\uFEFF# Title\n\nText.' });
    expect(result.doc.content?.[0]?.type).toBe('heading');
  });

  it('refuses empty, binary and oversized files, naming the file without its folder', () => {
    expect(refusal({ fileName: '/home/me/empty.txt', content: '  \n ' })).toBe('empty.txt is empty');
    expect(refusal({ fileName: 'photo.txt', content: '\u0000\u0001JFIF' })).toBe('photo.txt looks like a binary file, not text, Markdown or HTML');
    expect(refusal({ fileName: 'huge.txt', content: 'x'.repeat(20 * 1024 * 1024) })).toBe('huge.txt is 20.0 MB; the import limit is 5 MB');
    expect(MAX_IMPORT_BYTES).toBe(5 * 1024 * 1024);
  });

  it('refuses HTML with only scripts, and Markdown with only images, as having no text', () => {
    expect(refusal({ fileName: 'tracker.html', content: '<html><head><script>track()</script></head><body><script>more()</script></body></html>' })).toBe(
      'tracker.html has no text to import once markup, scripts and images are removed',
    );
    expect(refusal({ fileName: 'pics.md', content: '![a](https://x.example/a.png)\n\n<div>raw</div>' })).toContain('pics.md has no text');
  });
});
