import fs from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { StudyError, describeZodError, parseInput } from '../../shared/errors';
import { Article, AnnotatorName, SCHEMA_VERSION, Study, TagSet } from '../../shared/model';
import { ZodFileAdapter, damagedPath, hasBackup, parseFileText } from './adapter';
import { writeFileAtomic } from './atomic-write';
import { cloneJson } from './clone-json';
import { deepFreeze } from './deep-freeze';
import { StudyLock } from './lock';
import {
  ARTICLES_DIR,
  BACKUP_DIR,
  type FileKind,
  PROJECT_FILE,
  TAGSETS_DIR,
  articleFile,
  articleKind,
  backupPath,
  kindOf,
  projectKind,
  studyPath,
  tagSetFile,
  tagSetKind,
} from './study-files';
import { WriteQueue } from './write-queue';

/** One file of the study: its lowdb instance (data = the current, frozen value) and its save queue. */
interface Slot<T> {
  low: Low<T>;
  queue: WriteQueue;
}

function slot<T>(dir: string, file: string, kind: FileKind<T>, data: T): Slot<T> {
  const low = new Low<T>(new ZodFileAdapter(dir, file, kind), data);
  return { low, queue: new WriteQueue(() => low.write()) };
}

/** Reads and validates one file; null when it does not exist. Throws 'corrupt-file' when it is bad. */
async function load<T>(dir: string, file: string, kind: FileKind<T>): Promise<Slot<T> | null> {
  const adapter = new ZodFileAdapter(dir, file, kind);
  const value = await adapter.read();
  if (value === null) return null;
  const low = new Low<T>(adapter, deepFreeze(value));
  return { low, queue: new WriteQueue(() => low.write()) };
}

/** The managed *.json files of a study subfolder, sorted so "the first bad file" is well defined. */
async function jsonFiles(dir: string, sub: string): Promise<string[]> {
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

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** Validates an updated value before it replaces the current one; names the first failing field. */
function validated<T>(schema: z.ZodType<T>, draft: unknown, what: string): T {
  const result = schema.safeParse(draft);
  if (result.success) return result.data;
  const { path: where, message } = describeZodError(result.error);
  throw new StudyError('bad-input', `${what}: ${where ? `${where}: ` : ''}${message}`, where ? { field: where } : {});
}

/** Import order: importedAt, then id for articles imported in the same instant. */
function byImport(a: Article, b: Article): number {
  if (a.importedAt !== b.importedAt) return a.importedAt < b.importedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A study folder opened for editing by this process: project.json,
 * articles/<id>.json and tagsets/<annotator>.json, each its own lowdb file.
 * Changes are validated and applied in memory at once, in call order, and
 * saved per file through a coalescing queue, so only changed files are
 * written. Values handed out are frozen snapshots; change them through the
 * update methods.
 */
export class StudyStore {
  /** Absolute path of the study folder. */
  readonly dir: string;
  readonly #lock: StudyLock;
  readonly #project: Slot<Study>;
  readonly #articles: Map<string, Slot<Article>>;
  readonly #tagSets: Map<string, Slot<TagSet>>;
  #articleList: readonly Article[] | null = null;
  #closed = false;
  #closing: Promise<void> | null = null;

  private constructor(
    dir: string,
    lock: StudyLock,
    project: Slot<Study>,
    articles: Map<string, Slot<Article>>,
    tagSets: Map<string, Slot<TagSet>>,
  ) {
    this.dir = dir;
    this.#lock = lock;
    this.#project = project;
    this.#articles = articles;
    this.#tagSets = tagSets;
  }

  /** Makes a new study in `dir` (created if needed) and opens it. Refuses a folder that already holds one. */
  static async create(dir: string, project: Study): Promise<StudyStore> {
    const root = path.resolve(dir);
    const value = deepFreeze(parseInput(Study, project, 'project'));
    const conflict = () => new StudyError('conflict', `${root} already holds a study (project.json exists)`, { file: PROJECT_FILE });
    if (await exists(studyPath(root, PROJECT_FILE))) throw conflict();
    for (const sub of [ARTICLES_DIR, TAGSETS_DIR, BACKUP_DIR]) await fs.mkdir(path.join(root, sub), { recursive: true });
    const lock = await StudyLock.acquire(root);
    try {
      // Checked again under the lock: another process may have created it meanwhile.
      if (await exists(studyPath(root, PROJECT_FILE))) throw conflict();
      const store = new StudyStore(root, lock, slot(root, PROJECT_FILE, projectKind, value), new Map(), new Map());
      await store.#project.queue.request();
      return store;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** Opens an existing study: takes its lock and loads and validates every file. */
  static async open(dir: string): Promise<StudyStore> {
    const root = path.resolve(dir);
    if (!(await exists(studyPath(root, PROJECT_FILE)))) {
      throw new StudyError('not-found', `${root} is not a study folder (no project.json)`);
    }
    const lock = await StudyLock.acquire(root);
    try {
      const project = await load(root, PROJECT_FILE, projectKind);
      if (!project) throw new StudyError('not-found', `${root} is not a study folder (no project.json)`);
      const articles = new Map<string, Slot<Article>>();
      for (const file of await jsonFiles(root, ARTICLES_DIR)) {
        const loaded = await load(root, file, articleKind);
        if (loaded) articles.set(loaded.low.data.id, loaded);
      }
      const tagSets = new Map<string, Slot<TagSet>>();
      for (const file of await jsonFiles(root, TAGSETS_DIR)) {
        const loaded = await load(root, file, tagSetKind);
        if (loaded) tagSets.set(loaded.low.data.annotator, loaded);
      }
      // A study copied without its empty folders still gets somewhere to save new files.
      for (const sub of [ARTICLES_DIR, TAGSETS_DIR]) await fs.mkdir(path.join(root, sub), { recursive: true });
      return new StudyStore(root, lock, project, articles, tagSets);
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /**
   * Puts back the last good version of `file` (relative, e.g. "tagsets/x.json")
   * from .backup/, keeping the damaged file aside as `<file>.damaged-<time>`.
   * The study must not be open.
   */
  static async restoreBackup(dir: string, file: string): Promise<void> {
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
    const lock = await StudyLock.acquire(root);
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
      await lock.release();
    }
  }

  /** project.json as it is now. */
  project(): Study {
    return this.#project.low.data;
  }

  /** Every article, in import order. */
  articles(): readonly Article[] {
    this.#articleList ??= Object.freeze([...this.#articles.values()].map((s) => s.low.data).sort(byImport));
    return this.#articleList;
  }

  /** One article by id. */
  article(id: string): Article | undefined {
    return this.#articles.get(id)?.low.data;
  }

  /** Saves a newly imported article to its own file. Refuses an id that is already taken. */
  async addArticle(article: Article): Promise<void> {
    this.#assertOpen();
    const value = deepFreeze(parseInput(Article, article, 'article'));
    if (this.#articles.has(value.id)) {
      throw new StudyError('conflict', `an article with id "${value.id}" already exists`, { field: 'id', file: articleFile(value.id) });
    }
    const added = slot(this.dir, articleFile(value.id), articleKind, value);
    this.#articles.set(value.id, added);
    this.#articleList = null;
    try {
      await added.queue.request();
    } catch (error) {
      // Not on disk, so not in the study: the import can simply be tried again.
      if (this.#articles.get(value.id) === added) this.#articles.delete(value.id);
      this.#articleList = null;
      throw error;
    }
  }

  /** Every annotator's tag set, by annotator name. */
  tagSets(): readonly TagSet[] {
    return [...this.#tagSets.values()].map((s) => s.low.data).sort((a, b) => (a.annotator < b.annotator ? -1 : a.annotator > b.annotator ? 1 : 0));
  }

  /** One annotator's tag set (names are trimmed, as in the schema). */
  tagSet(annotator: string): TagSet | undefined {
    return this.#tagSets.get(annotator.trim())?.low.data;
  }

  /**
   * Changes an annotator's tag set (creating it if missing): `mutate` edits a
   * copy, the result is validated, and only then replaces the current value
   * and is saved. An invalid result changes nothing. Resolves once saved.
   */
  async updateTagSet(annotator: string, mutate: (draft: TagSet) => void): Promise<TagSet> {
    this.#assertOpen();
    const name = parseInput(AnnotatorName, annotator, 'annotator');
    const current = this.#tagSets.get(name);
    const base: TagSet = current?.low.data ?? { schemaVersion: SCHEMA_VERSION, annotator: name, annotations: [], links: [] };
    const draft = cloneJson(base);
    mutate(draft);
    const value = deepFreeze(validated(TagSet, draft, `tag set of ${name}`));
    if (value.annotator !== name) {
      throw new StudyError('bad-input', `tag set of ${name}: annotator: cannot be changed to "${value.annotator}"`, { field: 'annotator' });
    }
    let target = current;
    if (target) target.low.data = value;
    else {
      target = slot(this.dir, tagSetFile(name), tagSetKind, value);
      this.#tagSets.set(name, target);
    }
    await target.queue.request();
    return value;
  }

  /** Changes project.json the same way: edit a copy, validate, then save. */
  async updateProject(mutate: (draft: Study) => void): Promise<Study> {
    this.#assertOpen();
    const draft = cloneJson(this.#project.low.data);
    mutate(draft);
    const value = deepFreeze(validated(Study, draft, 'project'));
    this.#project.low.data = value;
    await this.#project.queue.request();
    return value;
  }

  /** Resolves when every change so far is on disk; retries saves that failed. */
  async flush(): Promise<void> {
    const slots: Slot<unknown>[] = [this.#project, ...this.#articles.values(), ...this.#tagSets.values()] as Slot<unknown>[];
    const results = await Promise.allSettled(slots.map((s) => s.queue.flush()));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  /** Saves what is pending and gives up the lock. Further changes are refused. */
  close(): Promise<void> {
    this.#closed = true;
    this.#closing ??= this.flush().finally(() => this.#lock.release());
    return this.#closing;
  }

  #assertOpen(): void {
    if (this.#closed) throw new StudyError('no-study', `study ${this.dir} is closed; open it again to make changes`);
  }
}
