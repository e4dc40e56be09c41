import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronBinary } from './electron-binary';

describe('electronBinary', () => {
  const pkg = mkdtempSync(join(tmpdir(), 'electron-pkg-'));
  afterAll(() => rmSync(pkg, { recursive: true, force: true }));

  it('is null, without trying to download, when the binary was never fetched', () => {
    // Electron 45's index.js downloads on require; this package has no path.txt, like an
    // install with ELECTRON_SKIP_BINARY_DOWNLOAD, and its index.js would throw if loaded.
    writeFileSync(join(pkg, 'index.js'), 'throw new Error("must not be required")');
    expect(electronBinary(pkg)).toBeNull();
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    expect(electronBinary(pkg)).toBeNull(); // path.txt without dist/electron
    expect(electronBinary(null)).toBeNull();
  });

  it('is the binary under dist when path.txt names one that exists', () => {
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    writeFileSync(join(pkg, 'dist', 'electron'), '');
    expect(electronBinary(pkg)).toBe(join(pkg, 'dist', 'electron'));
  });
});
