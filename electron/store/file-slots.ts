import fs from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { StudyError, describeZodError } from '../../shared/errors';
import type { Article } from '../../shared/model';
import { ZodFileAdapter } from './adapter';
import type { FileKind } from './study-files';
import { WriteQueue } from './write-queue';

/** One file of the study: its lowdb instance (data = the current, frozen value) and its save queue. */
export interface Slot<T> {
  low: Low<T>;
  queue: WriteQueue;
}

export function slot<T>(dir: string, file: string, kind: FileKind<T>, data: T): Slot<T> {
  const low = new Low<T>(new ZodFileAdapter(dir, file, kind), data);
  return { low, queue: new WriteQueue(() => low.write()) };
}

/** Reads and validates one file; null when it does not exist. Throws 'corrupt-file' when it is bad. */
export async function readValid<T>(dir: string, file: string, kind: FileKind<T>): Promise<T | null> {
  return new ZodFileAdapter(dir, file, kind).read();
}

/** The managed *.json files of a study subfolder, sorted so "the first bad file" is well defined. */
export async function jsonFiles(dir: string, sub: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(path.join(dir, sub));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
    .sort()
    .map((name) => `${sub}/${name}`);
}

export async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** Size and modification time of a file, to notice that another writer changed it; null when missing. */
export async function stamp(file: string): Promise<string | null> {
  try {
    const stat = await fs.stat(file);
    return `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Validates an updated value before it replaces the current one; names the first failing field. */
export function validated<T>(schema: z.ZodType<T>, draft: unknown, what: string): T {
  const result = schema.safeParse(draft);
  if (result.success) return result.data;
  const { path: where, message } = describeZodError(result.error);
  throw new StudyError('bad-input', `${what}: ${where ? `${where}: ` : ''}${message}`, where ? { field: where } : {});
}

/** Import order: importedAt, then id for articles imported in the same instant. */
export function byImport(a: Article, b: Article): number {
  if (a.importedAt !== b.importedAt) return a.importedAt < b.importedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
