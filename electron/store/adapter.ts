import fs from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { StudyError, describeZodError } from '../../shared/errors';
import { migrateFile } from '../../shared/model/migrate';
import { fsyncDir, tempPathFor, writeFileAtomic } from './atomic-write';
import { locateJsonError } from './json-error';
import { stableStringify } from './stable-json';
import { type FileKind, backupPath, studyPath } from './study-files';

/** Result of checking a file's text: the validated value, or what is wrong and where. */
export type ParsedFile<T> = { ok: true; value: T } | { ok: false; message: string; path?: string };

/** Parses and validates the text of study file `file` (relative), naming the first problem. */
export function parseFileText<T>(file: string, text: string, kind: FileKind<T>): ParsedFile<T> {
  let raw: unknown;
  // Some Windows editors save UTF-8 with a byte-order mark, which JSON.parse rejects.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const at = locateJsonError(text, error);
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${file}: not valid JSON at line ${at.line}, column ${at.column} (position ${at.position}): ${reason}` };
  }
  const migrated = migrateFile(raw);
  if (!migrated.ok) return { ok: false, message: `${file}: ${migrated.path}: ${migrated.message}`, path: migrated.path };
  const result = kind.schema.safeParse(migrated.value);
  if (!result.success) {
    const { path: where, message } = describeZodError(result.error);
    return { ok: false, message: `${file}: ${where ? `${where}: ` : ''}${message}`, path: where };
  }
  const problem = kind.check?.(result.data, file);
  if (problem) return { ok: false, message: `${file}: ${problem.path}: ${problem.message}`, path: problem.path };
  return { ok: true, value: result.data };
}

/** Whether `.backup/<file>` exists. */
export async function hasBackup(dir: string, file: string): Promise<boolean> {
  return fs.access(backupPath(dir, file)).then(
    () => true,
    () => false,
  );
}

/** Identity of a file version we know to be good, to notice changes made behind our back. */
interface Version {
  size: number;
  mtimeMs: number;
  ino: number;
}

const sameVersion = (a: Version, b: Version) => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;

/**
 * lowdb adapter for one study file. read() validates with zod and raises a
 * 'corrupt-file' StudyError naming the file and first failing path; write()
 * keeps the current good version in .backup/ and then saves atomically in
 * stable key order. A file that fails validation is never overwritten by a read.
 */
export class ZodFileAdapter<T> implements Adapter<T> {
  readonly dir: string;
  readonly file: string;
  readonly kind: FileKind<T>;
  /** The on-disk version last read or written by us, known to be valid. */
  #known: Version | null = null;

  constructor(dir: string, file: string, kind: FileKind<T>) {
    this.dir = dir;
    this.file = file;
    this.kind = kind;
  }

  /** Absolute path of the file. */
  get path(): string {
    return studyPath(this.dir, this.file);
  }

  /** The validated contents, or null when the file does not exist. */
  async read(): Promise<T | null> {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(this.path, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw ioError(`cannot read ${this.file}`, this.file, error);
    }
    let text: string;
    let version: Version;
    try {
      version = await handle.stat();
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
    const parsed = parseFileText(this.file, text, this.kind);
    if (!parsed.ok) {
      const backup = await hasBackup(this.dir, this.file);
      throw new StudyError('corrupt-file', parsed.message, { file: this.file, path: parsed.path, backup });
    }
    this.#known = version;
    return parsed.value;
  }

  /** Saves `data` (serialized before the first await, so later changes wait for the next write). */
  async write(data: T): Promise<void> {
    const text = stableStringify(data);
    try {
      await this.#backupCurrent();
      await writeFileAtomic(this.path, text);
      this.#known = await fs.stat(this.path);
    } catch (error) {
      throw ioError(`cannot save ${this.file}`, this.file, error);
    }
  }

  /**
   * Copies the file on disk to .backup/ if it is a good version. A damaged
   * file (changed behind our back) never replaces a good backup; it is kept
   * aside as `<file>.damaged-<time>` instead of being lost.
   */
  async #backupCurrent(): Promise<void> {
    let version: Version;
    try {
      version = await fs.stat(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // new file: nothing to keep
      throw error;
    }
    const target = backupPath(this.dir, this.file);
    await fs.mkdir(path.dirname(target), { recursive: true });
    if (this.#known !== null && sameVersion(version, this.#known)) {
      await keepCopy(this.path, target);
      return;
    }
    // Changed behind our back (git pull, hand edit): it becomes the backup only if it is valid.
    const bytes = await fs.readFile(this.path);
    if (parseFileText(this.file, bytes.toString('utf8'), this.kind).ok) await writeFileAtomic(target, bytes);
    else await writeFileAtomic(damagedPath(this.path), bytes);
  }
}

/**
 * Makes `copy` hold what `source` holds now. A hard link costs no copying and
 * is safe because saves never write into a file, they rename a new one over
 * it, so the linked version is never changed afterwards. Falls back to a real
 * copy where links are not supported (FAT, some network shares).
 */
async function keepCopy(source: string, copy: string): Promise<void> {
  const temp = tempPathFor(copy);
  try {
    await fs.link(source, temp);
  } catch {
    await writeFileAtomic(copy, await fs.readFile(source));
    return;
  }
  try {
    await fs.rename(temp, copy);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncDir(path.dirname(copy));
}

/** Where a damaged file is kept aside: `<file>.damaged-2025-01-02T03-04-05-678Z`. */
export function damagedPath(file: string): string {
  return `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
}

function ioError(what: string, file: string, error: unknown): StudyError {
  if (error instanceof StudyError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new StudyError('io', `${what}: ${reason}`, { file });
}
