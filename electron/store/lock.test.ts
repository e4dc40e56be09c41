import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudyError } from '../../shared/errors';
import { LOCK_FILE, StudyLock, isAlive } from './lock';

let dir: string;
const held: StudyLock[] = [];

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'study-lock-'));
});

afterEach(async () => {
  for (const lock of held.splice(0)) await lock.release();
  await fs.rm(dir, { recursive: true, force: true });
});

async function acquire(): Promise<StudyLock> {
  const lock = await StudyLock.acquire(dir);
  held.push(lock);
  return lock;
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ['-e', '']).pid;
  if (!pid || isAlive(pid)) throw new Error('could not get a dead pid');
  return pid;
}

const lockPath = () => path.join(dir, LOCK_FILE);

describe('StudyLock', () => {
  it('writes who holds the lock', async () => {
    await acquire();
    const info: unknown = JSON.parse(await fs.readFile(lockPath(), 'utf8'));
    expect(info).toMatchObject({ pid: process.pid, host: os.hostname() });
    expect(typeof (info as { createdAt: unknown }).createdAt).toBe('string');
  });

  it('refuses a second holder while the first is alive, naming its pid', async () => {
    await acquire();
    const error = await StudyLock.acquire(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StudyError);
    expect(error).toMatchObject({ code: 'locked', message: `study ${dir} is open in another process (pid ${process.pid})` });
  });

  it('can be taken again after release', async () => {
    const first = await acquire();
    await first.release();
    await expect(fs.access(lockPath())).rejects.toMatchObject({ code: 'ENOENT' });
    const second = await acquire();
    expect(second.held).toBe(true);
  });

  it('takes over a stale lock whose process is dead', async () => {
    await fs.writeFile(lockPath(), JSON.stringify({ pid: deadPid(), host: os.hostname(), createdAt: '2020-01-01T00:00:00Z' }));
    const lock = await acquire();
    const info: unknown = JSON.parse(await fs.readFile(lockPath(), 'utf8'));
    expect(info).toMatchObject({ pid: process.pid, createdAt: lock.info.createdAt });
    expect(await fs.readdir(dir)).toEqual([LOCK_FILE]);
  });

  it('treats a lock from another host as held, since its process cannot be checked', async () => {
    await fs.writeFile(lockPath(), JSON.stringify({ pid: deadPid(), host: 'other-machine', createdAt: '2020-01-01T00:00:00Z' }));
    await expect(StudyLock.acquire(dir)).rejects.toMatchObject({ code: 'locked', message: expect.stringContaining('other-machine') });
  });

  it('waits out an unreadable lock that is fresh, and takes over one that is old', async () => {
    await fs.writeFile(lockPath(), '');
    await expect(StudyLock.acquire(dir)).rejects.toMatchObject({ code: 'locked' });
    const old = new Date(Date.now() - 60_000);
    await fs.utimes(lockPath(), old, old);
    const lock = await acquire();
    expect(lock.held).toBe(true);
  });

  it('does not delete a lock that is no longer its own', async () => {
    const lock = await acquire();
    const other = JSON.stringify({ pid: process.pid, host: os.hostname(), createdAt: 'someone else' });
    await fs.writeFile(lockPath(), other);
    await lock.release();
    expect(await fs.readFile(lockPath(), 'utf8')).toBe(other);
  });

  it('registers an exit cleanup while held and removes it on release', async () => {
    const before = process.listenerCount('exit');
    const lock = await acquire();
    expect(process.listenerCount('exit')).toBe(before + 1);
    await lock.release();
    await lock.release();
    expect(process.listenerCount('exit')).toBe(before);
  });

  it('reports a folder that does not exist as an io error', async () => {
    await expect(StudyLock.acquire(path.join(dir, 'missing'))).rejects.toMatchObject({ code: 'io' });
  });
});
