import fs from 'node:fs/promises';
import path from 'node:path';
import { StudyError, parseInput } from '../../shared/errors';
import { Article, AnnotatorName, SCHEMA_VERSION, Study, TagSet } from '../../shared/model';
import { cloneJson } from './clone-json';
import { deepFreeze } from './deep-freeze';
import { type Slot, byImport, exists, jsonFiles, readValid, slot, stamp, validated } from './file-slots';
import { StudyLock, type LockOptions } from './lock';
import { restoreBackup } from './restore-backup';
import type { FileTrouble, StoreOptions, StudyChange } from './study-changes';
import { watchStudy } from './study-watch';
import { stableStringify } from './stable-json';
import {
  ARTICLES_DIR,
  BACKUP_DIR,
  type FileKind,
  IMPORT_LOCK_FILE,
  PROJECT_FILE,
  TAGSETS_DIR,
  articleFile,
  articleKind,
  lockFileFor,
  projectKind,
  studyPath,
  tagSetFile,
  tagSetKind,
} from './study-files';

export type { FileTrouble, StoreOptions, StudyChange } from './study-changes';

const CHANGE_LOG = 1000;

/**
 * A study folder opened by this process: project.json, articles/<id>.json and
 * tagsets/<annotator>.json, each its own lowdb file with one writer. A tag set
 * is written only by the process holding its lock (taken on its first change,
 * kept until close); articles are written once under a content-derived id;
 * project.json is merged with what is on disk under the short import lock.
 * Other writers' files are re-read when they change (refresh(), file watch).
 * Changes apply in memory in call order and save per file through a
 * coalescing queue. Values handed out are frozen snapshots.
 */
export class StudyStore {
  readonly dir: string;
  readonly #host: string | undefined;
  readonly #project: Slot<Study>;
  readonly #articles: Map<string, Slot<Article>>;
  readonly #tagSets: Map<string, Slot<TagSet>>;
  /** Tag sets this process writes: their locks, taken on first change. */
  readonly #owned = new Map<string, Promise<StudyLock>>();
  /** On-disk stamps of other writers' files as last read. */
  readonly #stamps = new Map<string, string | null>();
  readonly #troubles = new Map<string, string>();
  #changes: StudyChange[] = [];
  #version = 0;
  #articleList: readonly Article[] | null = null;
  #unwatch: (() => void) | null = null;
  #refreshing: Promise<StudyChange[]> | null = null;
  /** Tag set changes waiting for their lock, which close() lets finish. */
  readonly #inflight = new Set<Promise<TagSet>>();
  #closed = false;
  #closing: Promise<void> | null = null;

  private constructor(dir: string, options: StoreOptions, project: Slot<Study>, articles: Map<string, Slot<Article>>, tagSets: Map<string, Slot<TagSet>>) {
    this.dir = dir;
    this.#host = options.host;
    this.#project = project;
    this.#articles = articles;
    this.#tagSets = tagSets;
  }

  static #lock(dir: string, file: string, host: string | undefined, what: string, wait = false): Promise<StudyLock> {
    const options: LockOptions = { file, what, ...(host ? { host } : {}) };
    return wait ? StudyLock.acquireWaiting(dir, options) : StudyLock.acquire(dir, options);
  }

  /** Makes a new study in `dir` (created if needed) and opens it. Refuses a folder that already holds one. */
  static async create(dir: string, project: Study, options: StoreOptions = {}): Promise<StudyStore> {
    const root = path.resolve(dir);
    const value = deepFreeze(parseInput(Study, project, 'project'));
    const conflict = () => new StudyError('conflict', `${root} already holds a study (project.json exists)`, { file: PROJECT_FILE });
    if (await exists(studyPath(root, PROJECT_FILE))) throw conflict();
    for (const sub of [ARTICLES_DIR, TAGSETS_DIR, BACKUP_DIR]) await fs.mkdir(path.join(root, sub), { recursive: true });
    const lock = await StudyStore.#lock(root, IMPORT_LOCK_FILE, options.host, `study ${root}`);
    try {
      // Checked again under the lock: another process may have created it meanwhile.
      if (await exists(studyPath(root, PROJECT_FILE))) throw conflict();
      const store = new StudyStore(root, options, slot(root, PROJECT_FILE, projectKind, value), new Map(), new Map());
      await store.#project.queue.request();
      store.#stamps.set(PROJECT_FILE, await stamp(studyPath(root, PROJECT_FILE)));
      return store;
    } finally {
      await lock.release();
    }
  }

  /** Opens an existing study: loads and validates every file. Takes no lock until something is changed. */
  static async open(dir: string, options: StoreOptions = {}): Promise<StudyStore> {
    const root = path.resolve(dir);
    const notStudy = () => new StudyError('not-found', `${root} is not a study folder (no project.json)`);
    if (!(await exists(studyPath(root, PROJECT_FILE)))) throw notStudy();
    const stamps = new Map<string, string | null>();
    const read = async <T>(file: string, kind: FileKind<T>): Promise<Slot<T> | null> => {
      stamps.set(file, await stamp(studyPath(root, file)));
      const value = await readValid(root, file, kind);
      return value === null ? null : slot<T>(root, file, kind, deepFreeze(value));
    };
    const project = await read<Study>(PROJECT_FILE, projectKind);
    if (!project) throw notStudy();
    const articles = new Map<string, Slot<Article>>();
    for (const file of await jsonFiles(root, ARTICLES_DIR)) {
      const loaded = await read<Article>(file, articleKind);
      if (loaded) articles.set(loaded.low.data.id, loaded);
    }
    const tagSets = new Map<string, Slot<TagSet>>();
    for (const file of await jsonFiles(root, TAGSETS_DIR)) {
      const loaded = await read<TagSet>(file, tagSetKind);
      if (loaded) tagSets.set(loaded.low.data.annotator, loaded);
    }
    // A study copied without its empty folders still gets somewhere to save new files.
    for (const sub of [ARTICLES_DIR, TAGSETS_DIR]) await fs.mkdir(path.join(root, sub), { recursive: true });
    const store = new StudyStore(root, options, project, articles, tagSets);
    for (const [file, value] of stamps) store.#stamps.set(file, value);
    return store;
  }

  /** Puts back the last good version of a study file from .backup/ (see restore-backup.ts). */
  static restoreBackup(dir: string, file: string, options: StoreOptions = {}): Promise<void> {
    return restoreBackup(dir, file, (root, rel, what) => StudyStore.#lock(root, lockFileFor(rel), options.host, what));
  }

  project(): Study {
    return this.#project.low.data;
  }

  /** Every article, in import order. */
  articles(): readonly Article[] {
    this.#articleList ??= Object.freeze([...this.#articles.values()].map((s) => s.low.data).sort(byImport));
    return this.#articleList;
  }

  article(id: string): Article | undefined {
    return this.#articles.get(id)?.low.data;
  }

  /**
   * Saves a newly imported article to its own file, under the import lock.
   * Refuses an id that is already taken, here or on disk (another writer imported it).
   */
  async addArticle(article: Article): Promise<void> {
    this.#assertOpen();
    const value = deepFreeze(parseInput(Article, article, 'article'));
    const taken = () => new StudyError('conflict', `an article with id "${value.id}" already exists`, { field: 'id', file: articleFile(value.id) });
    if (this.#articles.has(value.id)) throw taken();
    await this.#underImportLock(async () => {
      if (await exists(studyPath(this.dir, articleFile(value.id)))) {
        await this.refresh();
        throw taken();
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
    });
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
   * and is saved. An invalid result changes nothing. The first change takes
   * the tag set's lock (refused while another process writes it) and reads
   * the file afresh. Resolves once saved.
   */
  async updateTagSet(annotator: string, mutate: (draft: TagSet) => void): Promise<TagSet> {
    this.#assertOpen();
    const name = parseInput(AnnotatorName, annotator, 'annotator');
    const done = this.#own(name).then(() => this.#apply(name, mutate));
    this.#inflight.add(done);
    void done.catch(() => undefined).finally(() => this.#inflight.delete(done));
    return done;
  }

  #apply(name: string, mutate: (draft: TagSet) => void): Promise<TagSet> {
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
    return target.queue.request().then(() => value);
  }

  /** Saves a teammate's tag set brought in from elsewhere, under its lock for this one write (refused while they write it). */
  async putTeammateTagSet(tagSet: TagSet): Promise<void> {
    this.#assertOpen();
    const value = deepFreeze(validated(TagSet, tagSet, `tag set of ${tagSet.annotator}`));
    if (this.#owned.has(value.annotator)) throw new StudyError('conflict', `the tag set of ${value.annotator} is written here; it cannot be replaced`);
    const file = tagSetFile(value.annotator);
    const lock = await StudyStore.#lock(this.dir, lockFileFor(file), this.#host, `the tag set of ${value.annotator} in ${this.dir}`);
    try {
      const target = slot(this.dir, file, tagSetKind, value);
      await target.queue.request();
      this.#tagSets.set(value.annotator, target);
      this.#stamps.set(file, await stamp(studyPath(this.dir, file)));
    } finally {
      await lock.release();
    }
  }

  /** Whether this process writes the annotator's tag set (it has changed it since opening). */
  owns(annotator: string): boolean {
    return this.#owned.has(annotator.trim());
  }

  /** Takes the tag set's lock once, then re-reads its file so no earlier write by another process is lost. */
  #own(name: string): Promise<StudyLock> {
    let owning = this.#owned.get(name);
    if (!owning) {
      const file = tagSetFile(name);
      owning = StudyStore.#lock(this.dir, lockFileFor(file), this.#host, `the tag set of ${name} in ${this.dir}`).then(async (lock) => {
        const fresh = await readValid(this.dir, file, tagSetKind).catch(async (error: unknown) => {
          await lock.release();
          throw error;
        });
        const known = this.#tagSets.get(name);
        if (fresh && (!known || stableStringify(known.low.data) !== stableStringify(fresh))) {
          if (known) known.low.data = deepFreeze(fresh);
          else this.#tagSets.set(name, slot(this.dir, file, tagSetKind, deepFreeze(fresh)));
        }
        return lock;
      });
      this.#owned.set(name, owning);
      owning.catch(() => this.#owned.delete(name));
    }
    return owning;
  }

  /** Changes project.json: under the import lock, `mutate` edits a copy of what is on disk now, which is validated and saved. */
  async updateProject(mutate: (draft: Study) => void): Promise<Study> {
    this.#assertOpen();
    return this.#underImportLock(async () => {
      const onDisk = await readValid(this.dir, PROJECT_FILE, projectKind);
      const draft = cloneJson(onDisk ?? this.#project.low.data);
      mutate(draft);
      const value = deepFreeze(validated(Study, draft, 'project'));
      this.#project.low.data = value;
      await this.#project.queue.request();
      this.#stamps.set(PROJECT_FILE, await stamp(studyPath(this.dir, PROJECT_FILE)));
      return value;
    });
  }

  async #underImportLock<T>(run: () => Promise<T>): Promise<T> {
    const lock = await StudyStore.#lock(this.dir, IMPORT_LOCK_FILE, this.#host, `importing into ${this.dir}`, true);
    try {
      return await run();
    } finally {
      await lock.release();
    }
  }

  /** Changes made on disk by other writers since `version` (0: all so far), and the current version. */
  changesSince(version: number): { version: number; changes: StudyChange[]; troubles: FileTrouble[] } {
    const troubles = [...this.#troubles].map(([file, message]) => ({ file, message }));
    return { version: this.#version, changes: this.#changes.filter((c) => c.version > version), troubles };
  }

  /**
   * Re-reads what other writers changed on disk: project.json, new articles,
   * and tag sets this process does not write (new, changed or removed). A file
   * that does not read as a study file is reported in changesSince().troubles
   * and skipped. Cheap when nothing changed (a directory listing and stats).
   */
  refresh(): Promise<StudyChange[]> {
    this.#refreshing ??= this.#scan().finally(() => (this.#refreshing = null));
    return this.#refreshing;
  }

  async #scan(): Promise<StudyChange[]> {
    if (this.#closed) return [];
    const found: Omit<StudyChange, 'version'>[] = [];
    const reread = async <T>(file: string, kind: FileKind<T>): Promise<T | null> => {
      const now = await stamp(studyPath(this.dir, file));
      if (now === this.#stamps.get(file)) return null;
      this.#stamps.set(file, now);
      try {
        const value = await readValid(this.dir, file, kind);
        this.#troubles.delete(file);
        return value;
      } catch (error) {
        this.#troubles.set(file, error instanceof Error ? error.message : String(error));
        return null;
      }
    };
    const project = await reread<Study>(PROJECT_FILE, projectKind);
    if (project && stableStringify(project) !== stableStringify(this.#project.low.data)) {
      this.#project.low.data = deepFreeze(project);
      found.push({ file: PROJECT_FILE, kind: 'project' });
    }
    for (const file of await jsonFiles(this.dir, ARTICLES_DIR)) {
      if (this.#articles.has(path.posix.basename(file, '.json'))) continue;
      const article = await reread<Article>(file, articleKind);
      if (!article) continue;
      this.#articles.set(article.id, slot(this.dir, file, articleKind, deepFreeze(article)));
      this.#articleList = null;
      found.push({ file, kind: 'article' });
    }
    const files = await jsonFiles(this.dir, TAGSETS_DIR);
    const mine = new Set([...this.#owned.keys()].map(tagSetFile));
    for (const file of files) {
      if (mine.has(file)) continue;
      const tagSet = await reread<TagSet>(file, tagSetKind);
      if (!tagSet) continue;
      const known = this.#tagSets.get(tagSet.annotator);
      if (known && stableStringify(known.low.data) === stableStringify(tagSet)) continue;
      if (known) known.low.data = deepFreeze(tagSet);
      else this.#tagSets.set(tagSet.annotator, slot(this.dir, file, tagSetKind, deepFreeze(tagSet)));
      found.push({ file, kind: 'tagset', annotator: tagSet.annotator });
    }
    const present = new Set(files);
    for (const name of [...this.#tagSets.keys()]) {
      const file = tagSetFile(name);
      if (this.#owned.has(name) || present.has(file) || !this.#stamps.get(file)) continue;
      this.#tagSets.delete(name);
      this.#stamps.delete(file);
      found.push({ file, kind: 'tagset', annotator: name, removed: true });
    }
    const changes = found.map((c) => ({ ...c, version: ++this.#version }));
    this.#changes = [...this.#changes, ...changes].slice(-CHANGE_LOG);
    return changes;
  }

  /** Refreshes (debounced) whenever another writer changes a file, until close. Never keeps the process alive. */
  watch(): void {
    if (this.#closed || this.#unwatch) return;
    this.#unwatch = watchStudy(this.dir, () => void this.refresh().catch(() => undefined));
  }

  /** Resolves when every change so far is on disk; retries saves that failed. */
  async flush(): Promise<void> {
    const slots: Slot<unknown>[] = [this.#project, ...this.#articles.values(), ...this.#tagSets.values()] as Slot<unknown>[];
    const results = await Promise.allSettled(slots.map((s) => s.queue.flush()));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  /** Saves what is pending, stops watching and gives up the tag set locks. Further changes are refused. */
  close(): Promise<void> {
    this.#closed = true;
    this.#unwatch?.();
    this.#closing ??= Promise.allSettled([...this.#inflight]).then(() => this.flush()).finally(async () => {
      const locks = await Promise.allSettled(this.#owned.values());
      for (const lock of locks) if (lock.status === 'fulfilled') await lock.value.release();
    });
    return this.#closing;
  }

  #assertOpen(): void {
    if (this.#closed) throw new StudyError('no-study', `study ${this.dir} is closed; open it again to make changes`);
  }
}
