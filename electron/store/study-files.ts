import path from 'node:path';
import type { z } from 'zod';
import { Article, Study, TagSet } from '../../shared/model';
import { tagSetFileName } from './tagset-file';

/** Layout of a study folder. Relative names always use "/" so they read the same on every OS. */
export const PROJECT_FILE = 'project.json';
export const ARTICLES_DIR = 'articles';
export const TAGSETS_DIR = 'tagsets';
export const BACKUP_DIR = '.backup';

/** A problem inside a file that parsed as JSON: the first failing path and what is wrong there. */
export interface FileProblem {
  path: string;
  message: string;
}

/** How one kind of study file is validated: its zod schema plus checks that need the file's name. */
export interface FileKind<T> {
  schema: z.ZodType<T>;
  check?: (data: T, file: string) => FileProblem | null;
}

export const projectKind: FileKind<Study> = { schema: Study };

export const articleKind: FileKind<Article> = {
  schema: Article,
  check: (article, file) =>
    file === articleFile(article.id)
      ? null
      : { path: 'id', message: `id "${article.id}" does not match the file name (it belongs in ${articleFile(article.id)})` },
};

export const tagSetKind: FileKind<TagSet> = {
  schema: TagSet,
  check: (tagSet, file) =>
    file === tagSetFile(tagSet.annotator)
      ? null
      : {
          path: 'annotator',
          message: `annotator "${tagSet.annotator}" does not match the file name (that annotator's file is ${tagSetFile(tagSet.annotator)})`,
        },
};

/** articles/<id>.json */
export function articleFile(id: string): string {
  return `${ARTICLES_DIR}/${id}.json`;
}

/** tagsets/<slug>-<hash>.json */
export function tagSetFile(annotator: string): string {
  return `${TAGSETS_DIR}/${tagSetFileName(annotator)}`;
}

/** The kind of a relative study file name, or null for anything the store does not manage. */
export function kindOf(file: string): FileKind<unknown> | null {
  if (file === PROJECT_FILE) return projectKind as FileKind<unknown>;
  const match = /^(articles|tagsets)\/([^/]+)\.json$/.exec(file);
  if (!match || match[2]?.startsWith('.')) return null;
  return (match[1] === ARTICLES_DIR ? articleKind : tagSetKind) as FileKind<unknown>;
}

/** Absolute path of a relative study file. */
export function studyPath(dir: string, file: string): string {
  return path.join(dir, ...file.split('/'));
}

/** Absolute path of a file's last good copy. */
export function backupPath(dir: string, file: string): string {
  return path.join(dir, BACKUP_DIR, ...file.split('/'));
}

/** Where writers' locks live: one per thing one writer owns, never the whole study. */
export const LOCKS_DIR = '.locks';

/** Held only while articles are added or shared metadata (project.json) is merged. */
export const IMPORT_LOCK_FILE = `${LOCKS_DIR}/import.lock`;

/** The lock guarding a study file: a tag set's own lock (held by its writer), else the import lock. */
export function lockFileFor(file: string): string {
  const match = /^tagsets\/([^/]+)\.json$/.exec(file);
  return match ? `${LOCKS_DIR}/${match[1]}.lock` : IMPORT_LOCK_FILE;
}
