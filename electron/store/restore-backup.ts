import fs from 'node:fs/promises';
import path from 'node:path';
import { StudyError } from '../../shared/errors';
import { damagedPath, hasBackup, parseFileText } from './adapter';
import { writeFileAtomic } from './atomic-write';
import type { StudyLock } from './lock';
import { backupPath, kindOf, studyPath } from './study-files';

/** Takes the lock that guards one study file while it is restored. */
export type LockFor = (root: string, rel: string, what: string) => Promise<StudyLock>;

/**
 * Puts back the last good version of `file` (relative, e.g. "tagsets/x.json")
 * from .backup/, keeping the damaged file aside as `<file>.damaged-<time>`.
 * Refused while another process writes that file (its lock is held).
 */
export async function restoreBackup(dir: string, file: string, lock: LockFor): Promise<void> {
  const root = path.resolve(dir);
  const rel = path.posix.normalize(file.replace(/\\/g, '/'));
  const kind = kindOf(rel);
  const target = studyPath(root, rel);
  const inside = path.relative(root, target);
  if (!kind || path.isAbsolute(file) || inside.startsWith('..') || path.isAbsolute(inside)) {
    throw new StudyError(
      'bad-input',
      `cannot restore "${file}": only project.json, articles/*.json and tagsets/*.json inside the study have backups`,
      { field: 'file' },
    );
  }
  if (!(await hasBackup(root, rel))) throw new StudyError('not-found', `there is no backup of ${rel} to restore`, { file: rel, backup: false });
  const held = await lock(root, rel, `${rel} in ${root}`);
  try {
    const good = await fs.readFile(backupPath(root, rel));
    const parsed = parseFileText(rel, good.toString('utf8'), kind);
    if (!parsed.ok) {
      throw new StudyError('corrupt-file', `the backup is damaged too: ${parsed.message}`, { file: rel, path: parsed.path, backup: false });
    }
    let damaged: Buffer | null = null;
    try {
      damaged = await fs.readFile(target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (damaged) await writeFileAtomic(damagedPath(target), damaged);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, good);
  } finally {
    await held.release();
  }
}
