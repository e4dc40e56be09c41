import { describe, expect, it } from 'vitest';
import { StudyError } from '../../shared/errors';
import { MAX_IMPORT_BYTES, importFiles, importSummary, type ImportFs } from './import-files';

const files: Record<string, string> = {
  '/in/okaz.txt': 'Okaz article',
  '/in/notes.MD': '# Notes',
  '/in/page.html': '<p>Hi</p>',
  '/in/broken.txt': '',
};

const fakeFs: ImportFs = {
  async size(path) {
    if (path === '/in/huge.txt') return MAX_IMPORT_BYTES + 1;
    if (!(path in files)) throw new Error(`ENOENT: no such file, stat '${path}'`);
    return files[path]?.length ?? 0;
  },
  async readText(path) {
    const text = files[path];
    if (text === undefined) throw new Error('missing');
    return text;
  },
};

describe('importFiles', () => {
  it('imports each file by name and content, and reports failures one by one', async () => {
    const calls: { fileName: string; content: string }[] = [];
    const report = await importFiles(
      ['/in/okaz.txt', '/in/video.mp4', '/in/notes.MD', '/in/huge.txt', '/in/broken.txt', '/in/gone.txt', '/in/page.html'],
      async (input) => {
        if (input.content === '') throw new StudyError('bad-input', 'broken.txt is empty');
        calls.push(input);
      },
      fakeFs,
    );
    expect(calls).toEqual([
      { fileName: 'okaz.txt', content: 'Okaz article' },
      { fileName: 'notes.MD', content: '# Notes' },
      { fileName: 'page.html', content: '<p>Hi</p>' },
    ]);
    expect(report.imported).toEqual(['okaz.txt', 'notes.MD', 'page.html']);
    expect(report.failed).toEqual([
      { file: 'video.mp4', message: 'only .txt, .md, .markdown, .html, .htm files can be imported' },
      { file: 'huge.txt', message: 'the file is larger than 5 MB' },
      { file: 'broken.txt', message: 'broken.txt is empty' },
      { file: 'gone.txt', message: "ENOENT: no such file, stat '/in/gone.txt'" },
    ]);
  });
});

describe('importSummary', () => {
  it('counts imported articles', () => {
    expect(importSummary({ imported: ['a.txt'], failed: [] })).toEqual({ message: 'Imported 1 article.', detail: '' });
    expect(importSummary({ imported: ['a.txt', 'b.txt'], failed: [] }).message).toBe('Imported 2 articles.');
  });

  it('lists each failure with its reason', () => {
    expect(importSummary({ imported: ['a.txt'], failed: [{ file: 'b.pdf', message: 'not supported' }] })).toEqual({
      message: 'Imported 1 of 2 files. 1 could not be imported.',
      detail: 'b.pdf: not supported',
    });
  });
});
