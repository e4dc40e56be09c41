import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagSetFileName } from './tagset-file';

describe('tagSetFileName', () => {
  it('is a readable slug plus a hash', () => {
    expect(tagSetFileName('Alice Smith')).toMatch(/^alice-smith-[0-9a-f]{8}\.json$/);
  });

  it('is stable for the same name', () => {
    expect(tagSetFileName('Bob')).toBe(tagSetFileName('Bob'));
  });

  it('keeps names that differ only in case apart', () => {
    const upper = tagSetFileName('Alice');
    const lower = tagSetFileName('alice');
    expect(upper).not.toBe(lower);
    expect(upper.startsWith('alice-')).toBe(true);
    expect(lower.startsWith('alice-')).toBe(true);
  });

  it('cannot escape the tagsets folder or make a dotfile', () => {
    for (const name of ['../x', '../../etc/passwd', '..', '.', '/abs', 'a\\b', 'C:\\x', '.lock', '\u0000']) {
      const file = tagSetFileName(name);
      expect(file).toMatch(/^[a-z0-9-]+\.json$/);
      expect(path.basename(file)).toBe(file);
      expect(file.startsWith('.')).toBe(false);
      expect(file.startsWith('-')).toBe(false);
    }
    expect(tagSetFileName('../x').startsWith('x-')).toBe(true);
  });

  it('folds accents and falls back to "annotator" for names with no ASCII letters', () => {
    expect(tagSetFileName('José Núñez')).toMatch(/^jose-nunez-[0-9a-f]{8}\.json$/);
    expect(tagSetFileName('محمد')).toMatch(/^annotator-[0-9a-f]{8}\.json$/);
    expect(tagSetFileName('محمد')).not.toBe(tagSetFileName('علي'));
  });

  it('keeps long names to a bounded length', () => {
    const file = tagSetFileName('a very long annotator name that goes on and on and on');
    expect(file.length).toBeLessThanOrEqual(40 + 1 + 8 + 5);
    expect(file).not.toMatch(/--/);
  });
});
