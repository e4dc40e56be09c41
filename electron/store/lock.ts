import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { StudyError } from '../../shared/errors';

/** What a lock file holds: which process (on which host) holds it. */
export interface LockInfo {
  pid: number;
  host: string;
  createdAt: string;
}

export const LOCK_FILE = '.lock';

export interface LockOptions {
  /** The lock file, relative to the study folder (default `.lock`, the whole study). */
  file?: string;
  /** This machine's name as recorded in the lock (default os.hostname(); tests pass one to act as another machine). */
  host?: string;
  /** What the lock guards, for messages (default "study <dir>"). */
  what?: string;
}

/** An unreadable lock younger than this may still be being written by its owner. */
const FRESH_UNREADABLE_MS = 10_000;

/**
 * Exclusive ownership of what one writer owns in a study folder (a tag set,
 * an import; by default the whole study), so two writers never interleave
 * saves of one file. The lock is a file created with O_EXCL; a lock left by a
 * process that died on this host is taken over.
 */
export class StudyLock {
  readonly file: string;
  readonly info: LockInfo;
  #released = false;
  readonly #onExit: () => void;

  private constructor(file: string, info: LockInfo) {
    this.file = file;
    this.info = info;
    // Last-chance cleanup on process.exit(); crashes are handled by stale takeover instead.
    this.#onExit = () => {
      if (this.#released) return;
      this.#released = true;
      try {
        unlinkSync(this.file);
      } catch {
        // Already gone: nothing to clean up.
      }
    };
    process.on('exit', this.#onExit);
  }

  /** Takes a lock in `dir`, or throws StudyError 'locked' naming the process that holds it. */
  static async acquire(dir: string, options: LockOptions = {}): Promise<StudyLock> {
    const rel = options.file ?? LOCK_FILE;
    const file = path.join(dir, ...rel.split('/'));
    const host = options.host ?? os.hostname();
    const what = options.what ?? `study ${dir}`;
    if (rel.includes('/')) await fs.mkdir(path.dirname(file)).catch(() => undefined); // a missing study folder is reported below
    for (let attempt = 0; attempt < 5; attempt++) {
      const info: LockInfo = { pid: process.pid, host, createdAt: new Date().toISOString() };
      if (await tryCreate(file, info, rel)) return new StudyLock(file, info);
      const holder = await readLock(file);
      if (!holder) continue; // released between our attempt and the read: try again
      const held = heldBy(holder, host);
      if (held) throw new StudyError('locked', lockedMessage(what, file, held));
      await takeOverStale(file, holder.text);
    }
    throw new StudyError('locked', `${what} is being opened by another process; try again`);
  }

  /** Like acquire, but waits (polling) while another writer holds a short-lived lock such as an import's. */
  static async acquireWaiting(dir: string, options: LockOptions, timeoutMs = 10_000): Promise<StudyLock> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await StudyLock.acquire(dir, options);
      } catch (error) {
        if (!(error instanceof StudyError) || error.code !== 'locked' || Date.now() > until) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 30));
      }
    }
  }

  /** True until release() (or process exit) gave the lock up. */
  get held(): boolean {
    return !this.#released;
  }

  /** Gives the lock up; safe to call twice. Leaves a lock that is no longer ours alone. */
  async release(): Promise<void> {
    if (this.#released) return;
    this.#released = true;
    process.off('exit', this.#onExit);
    const current = await readLock(this.file);
    if (current?.info && current.info.pid === this.info.pid && current.info.createdAt === this.info.createdAt) {
      await fs.rm(this.file, { force: true });
    }
  }
}

/** Creates the lock file if no one has one; false if it already exists. */
async function tryCreate(file: string, info: LockInfo, rel: string): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'wx');
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    throw new StudyError('io', `cannot create the lock file ${file}: ${errorMessage(error)}`, { file: rel });
  }
  try {
    await handle.writeFile(`${JSON.stringify(info)}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

interface LockOnDisk {
  text: string;
  info: LockInfo | null;
  mtimeMs: number;
}

async function readLock(file: string): Promise<LockOnDisk | null> {
  try {
    const [text, stat] = await Promise.all([fs.readFile(file, 'utf8'), fs.stat(file)]);
    return { text, info: parseLock(text), mtimeMs: stat.mtimeMs };
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  }
}

function parseLock(text: string): LockInfo | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { pid, host, createdAt } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
    if (typeof host !== 'string' || typeof createdAt !== 'string') return null;
    return { pid, host, createdAt };
  } catch {
    return null;
  }
}

/** Who holds the lock, or null when it is stale (its process is gone). */
function heldBy(lock: LockOnDisk, host: string): { pid: number | null; host: string | null } | null {
  if (!lock.info) {
    // Half-written by an owner that is starting up right now, or left by a crash long ago.
    return Date.now() - lock.mtimeMs < FRESH_UNREADABLE_MS ? { pid: null, host: null } : null;
  }
  // A process on another machine (shared folder) cannot be checked, so it counts as alive.
  if (lock.info.host !== host) return { pid: lock.info.pid, host: lock.info.host };
  return isAlive(lock.info.pid) ? { pid: lock.info.pid, host: null } : null;
}

/** Whether a process with this pid exists on this host. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return isCode(error, 'EPERM');
  }
}

function lockedMessage(what: string, file: string, held: { pid: number | null; host: string | null }): string {
  if (held.pid === null) return `${what} is being opened by another process; try again`;
  if (held.host !== null) {
    return `${what} is open on ${held.host} (pid ${held.pid}); close it there, or delete ${file} if that computer crashed`;
  }
  return `${what} is open in another process (pid ${held.pid})`;
}

/**
 * Removes a stale lock. It is moved aside first and checked, so that if
 * another process took it over and made a fresh lock in between, that fresh
 * lock is put back rather than deleted.
 */
async function takeOverStale(file: string, staleText: string): Promise<void> {
  const aside = `${file}.stale.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    await fs.rename(file, aside);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return; // someone else removed it first
    throw error;
  }
  const moved = await fs.readFile(aside, 'utf8');
  if (moved === staleText) {
    await fs.rm(aside, { force: true });
    return;
  }
  await fs.rename(aside, file).catch(() => fs.rm(aside, { force: true }));
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
