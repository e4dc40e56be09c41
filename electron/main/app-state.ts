import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { describeZodError } from '../../shared/errors';
import { writeFileAtomic } from '../store/atomic-write';

/** What the desktop app remembers between runs (userData/state.json). */
export const AppState = z.object({
  schemaVersion: z.literal(1),
  /** The study that was open last, reopened on start. */
  lastStudyDir: z.string().min(1).nullable(),
});
export type AppState = z.infer<typeof AppState>;

/** The state file's contents, or why it could not be used. A missing file is a first run, not a problem. */
export type LoadedAppState = { state: AppState | null; problem: string | null };

/**
 * Reads the state file. A damaged file is reported as a problem and treated
 * as no state: it only holds a convenience (the last study), so the app
 * starts anyway and the next save replaces it.
 */
export async function readAppState(file: string): Promise<LoadedAppState> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: null, problem: null };
    return { state: null, problem: `${file} could not be read: ${(error as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { state: null, problem: `${file} is not valid JSON` };
  }
  const parsed = AppState.safeParse(json);
  if (!parsed.success) {
    const { path, message } = describeZodError(parsed.error);
    return { state: null, problem: `${file}: ${path ? `${path}: ` : ''}${message}` };
  }
  return { state: parsed.data, problem: null };
}

/** Saves the state atomically (temp file, fsync, rename), creating the folder if needed. */
export async function writeAppState(file: string, state: AppState): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(AppState.parse(state), null, 2)}\n`);
}

/** Remembers `dir` as the study to reopen next time. */
export async function rememberStudy(file: string, dir: string): Promise<void> {
  await writeAppState(file, { schemaVersion: 1, lastStudyDir: dir });
}
