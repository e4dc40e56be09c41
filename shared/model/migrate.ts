import { SCHEMA_VERSION } from './common';

/**
 * Brings a study file's JSON up to the current schemaVersion before it is
 * validated. Version 1 is the first format, so there is nothing to convert
 * yet; each future format adds one step here (n -> n + 1), and files written
 * by a newer app are refused with a message saying so rather than a schema error.
 */
export type Migration = (json: Record<string, unknown>) => Record<string, unknown>;

/** Steps by the version they start from. */
const MIGRATIONS: Record<number, Migration> = {};

export type MigrationResult = { ok: true; value: unknown; migrated: boolean } | { ok: false; message: string; path: string };

export function migrateFile(raw: unknown, migrations: Record<number, Migration> = MIGRATIONS, current = SCHEMA_VERSION): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: true, value: raw, migrated: false };
  let json = raw as Record<string, unknown>;
  const version = json.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: true, value: raw, migrated: false };
  if (version > current) {
    return {
      ok: false,
      path: 'schemaVersion',
      message: `written by a newer version of the app (schemaVersion ${version}; this version reads up to ${current}). Update the app to open it.`,
    };
  }
  let at = version;
  while (at < current) {
    const step = migrations[at];
    if (!step) return { ok: false, path: 'schemaVersion', message: `schemaVersion ${at} is not a format this app knows` };
    json = { ...step(json), schemaVersion: at + 1 };
    at++;
  }
  return { ok: true, value: json, migrated: at !== version };
}
