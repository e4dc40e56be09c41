import { describe, expect, it } from 'vitest';
import { migrateFile } from './migrate';

describe('migrateFile', () => {
  it('leaves current files alone', () => {
    const file = { schemaVersion: 1, name: 'x' };
    expect(migrateFile(file)).toEqual({ ok: true, value: file, migrated: false });
  });

  it('refuses files from a newer app with a message that says so', () => {
    const result = migrateFile({ schemaVersion: 3 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/newer version of the app \(schemaVersion 3; this version reads up to 1\)/);
  });

  it('runs each step in order from an older version', () => {
    const steps = {
      1: (j: Record<string, unknown>) => ({ ...j, notes: [] }),
      2: (j: Record<string, unknown>) => ({ ...j, renamed: j.name, name: undefined }),
    };
    const result = migrateFile({ schemaVersion: 1, name: 'old' }, steps, 3);
    expect(result).toEqual({ ok: true, migrated: true, value: { schemaVersion: 3, notes: [], renamed: 'old', name: undefined } });
    expect(migrateFile({ schemaVersion: 0 }, steps, 3).ok).toBe(false);
  });
});
