import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StudyError } from '../../shared/errors';
import { SCHEMA_VERSION, type TagSet } from '../../shared/model';
import { isAlive } from './lock';
import { stableStringify } from './stable-json';
import { articleFile, lockFileFor, tagSetFile } from './study-files';
import { StudyStore } from './study-store';
import { sampleAnnotation, sampleArticle, sampleStudy, tempDir } from './test-fixtures';

let root: string;
let dir: string;
const opened: StudyStore[] = [];

beforeEach(async () => {
  root = await tempDir('study-store');
  dir = path.join(root, 'coverage.study');
});

afterEach(async () => {
  vi.restoreAllMocks();
  for (const store of opened.splice(0)) await store.close().catch(() => undefined);
  await fs.rm(root, { recursive: true, force: true });
});

async function create(): Promise<StudyStore> {
  const store = await StudyStore.create(dir, sampleStudy());
  opened.push(store);
  return store;
}

async function open(): Promise<StudyStore> {
  const store = await StudyStore.open(dir);
  opened.push(store);
  return store;
}

async function failure(promise: Promise<unknown>): Promise<StudyError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof StudyError)) throw new Error(`expected a StudyError, got ${String(error)}`);
  return error;
}

const file = (rel: string) => path.join(dir, ...rel.split('/'));
const readText = (rel: string) => fs.readFile(file(rel), 'utf8');

/** A study with two articles and tag sets for Alice and Bob, closed again. */
async function seeded(): Promise<void> {
  const store = await create();
  await store.addArticle(sampleArticle('a1'));
  await store.addArticle(sampleArticle('a2'));
  await store.updateTagSet('Alice', (d) => void d.annotations.push(sampleAnnotation('x1', 'Alice', 'first')));
  await store.updateTagSet('Bob', (d) => void d.annotations.push(sampleAnnotation('y1', 'Bob')));
  await store.close();
}

describe('StudyStore.create', () => {
  it('makes the folders, writes project.json in stable form and holds no lock afterwards', async () => {
    const store = await create();
    expect(store.dir).toBe(path.resolve(dir));
    expect(await readText('project.json')).toBe(stableStringify(sampleStudy()));
    expect((await fs.readdir(dir)).sort()).toEqual(['.backup', '.locks', 'articles', 'project.json', 'tagsets']);
    expect(await fs.readdir(file('.locks'))).toEqual([]);
    expect(store.project()).toEqual(sampleStudy());
  });

  it('refuses a folder that already holds a study', async () => {
    await (await create()).close();
    const error = await failure(StudyStore.create(dir, sampleStudy('Other')));
    expect(error.code).toBe('conflict');
    expect(await readText('project.json')).toBe(stableStringify(sampleStudy()));
  });

  it('refuses an invalid project before touching the disk', async () => {
    const error = await failure(StudyStore.create(dir, { ...sampleStudy(), name: '' }));
    expect(error).toMatchObject({ code: 'bad-input', details: { field: 'name' } });
    await expect(fs.access(dir)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('StudyStore.open', () => {
  it('reloads exactly what was saved', async () => {
    const store = await create();
    await store.addArticle(sampleArticle('a1'));
    await store.updateTagSet('Alice', (d) => void d.annotations.push(sampleAnnotation('x1', 'Alice', 'a note')));
    await store.updateProject((d) => void d.outlets.push({ id: 'bbc', name: 'BBC' }));
    const before = { project: store.project(), articles: store.articles(), tagSets: store.tagSets() };
    await store.close();
    const again = await open();
    expect({ project: again.project(), articles: again.articles(), tagSets: again.tagSets() }).toEqual(before);
    expect(again.article('a1')).toEqual(sampleArticle('a1'));
    expect(again.tagSet('Alice')?.annotations[0]?.note).toBe('a note');
  });

  it('says a folder without project.json is not a study', async () => {
    await fs.mkdir(dir);
    const error = await failure(StudyStore.open(dir));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe(`${path.resolve(dir)} is not a study folder (no project.json)`);
  });

  it('lists articles in import order, then by id', async () => {
    const store = await create();
    await store.addArticle(sampleArticle('c', '2025-01-03T00:00:00.000Z'));
    await store.addArticle(sampleArticle('b', '2025-01-01T00:00:00.000Z'));
    await store.addArticle(sampleArticle('a', '2025-01-03T00:00:00.000Z'));
    expect(store.articles().map((a) => a.id)).toEqual(['b', 'a', 'c']);
    await store.close();
    expect((await open()).articles().map((a) => a.id)).toEqual(['b', 'a', 'c']);
  });

  it('ignores temp files, damaged copies and other non-study files', async () => {
    await seeded();
    await fs.writeFile(file('tagsets/.x.json.123.abc.tmp'), 'partial');
    await fs.writeFile(file(`${tagSetFile('Alice')}.damaged-2025-01-01T00-00-00-000Z`), 'junk');
    await fs.writeFile(file('articles/README.txt'), 'notes');
    const store = await open();
    expect(store.tagSets().map((t) => t.annotator)).toEqual(['Alice', 'Bob']);
    expect(store.articles()).toHaveLength(2);
  });
});

describe('lock', () => {
  it('opens a study twice, but refuses a second writer of one tag set until the first closes', async () => {
    const first = await create();
    await first.updateTagSet('Alice', (d) => void d.annotations.push(sampleAnnotation('x1', 'Alice')));
    const second = await open();
    await second.updateTagSet('Bob', (d) => void d.annotations.push(sampleAnnotation('y1', 'Bob')));
    const error = await failure(second.updateTagSet('Alice', () => undefined));
    expect(error.code).toBe('locked');
    expect(error.message).toBe(`the tag set of Alice in ${path.resolve(dir)} is open in another process (pid ${process.pid})`);
    await first.close();
    await expect(fs.access(file(lockFileFor(tagSetFile('Alice'))))).rejects.toMatchObject({ code: 'ENOENT' });
    const saved = await second.updateTagSet('Alice', (d) => void (d.annotations[0]!.note = 'second writer'));
    expect(saved.annotations.map((a) => a.id)).toEqual(['x1']);
  });

  it('takes over a stale tag set lock left by a dead process', async () => {
    await seeded();
    const pid = spawnSync(process.execPath, ['-e', '']).pid;
    expect(pid !== undefined && !isAlive(pid)).toBe(true);
    const lock = lockFileFor(tagSetFile('Alice'));
    await fs.writeFile(file(lock), JSON.stringify({ pid, host: os.hostname(), createdAt: '2024-01-01T00:00:00Z' }));
    const store = await open();
    await store.updateTagSet('Alice', () => undefined);
    expect(JSON.parse(await readText(lock))).toMatchObject({ pid: process.pid });
    expect(store.tagSets()).toHaveLength(2);
  });

  it('counts a lock from another host as held, and says where', async () => {
    await seeded();
    const store = await StudyStore.open(dir, { host: 'laptop-b' });
    opened.push(store);
    await store.updateTagSet('Alice', () => undefined);
    const here = await open();
    expect((await failure(here.updateTagSet('Alice', () => undefined))).message).toMatch(/^the tag set of Alice in .* is open on laptop-b \(pid \d+\); close it there/);
  });
});

describe('changes', () => {
  it('refuses an article id that exists, and an invalid article', async () => {
    const store = await create();
    await store.addArticle(sampleArticle('a1'));
    expect(await failure(store.addArticle({ ...sampleArticle('a1'), title: 'again' }))).toMatchObject({ code: 'conflict' });
    expect(await failure(store.addArticle({ ...sampleArticle('a2'), id: '../evil' }))).toMatchObject({ code: 'bad-input', details: { field: 'id' } });
    expect(store.article('a1')?.title).toBe(sampleArticle('a1').title);
    expect(await fs.readdir(file('articles'))).toEqual(['a1.json']);
  });

  it('applies two concurrent tag set updates in order, both landing', async () => {
    const store = await create();
    await Promise.all([
      store.updateTagSet('Alice', (d) => void d.annotations.push(sampleAnnotation('x1', 'Alice'))),
      store.updateTagSet('Alice', (d) => void d.annotations.push(sampleAnnotation('x2', 'Alice'))),
    ]);
    expect(store.tagSet('Alice')?.annotations.map((a) => a.id)).toEqual(['x1', 'x2']);
    const onDisk = JSON.parse(await readText(tagSetFile('Alice'))) as TagSet;
    expect(onDisk.annotations.map((a) => a.id)).toEqual(['x1', 'x2']);
  });

  it('coalesces 20 rapid updates into far fewer writes, the file holding all 20', async () => {
    const store = await create();
    await store.updateTagSet('Alice', () => undefined);
    const target = file(tagSetFile('Alice'));
    const rename = vi.spyOn(fs, 'rename');
    const done = Array.from({ length: 20 }, (_, i) =>
      store.updateTagSet('Alice', (d) => void d.annotations.push(sampleAnnotation(`n${i}`, 'Alice'))),
    );
    await Promise.all(done);
    const writes = rename.mock.calls.filter(([, to]) => to === target).length;
    expect(writes).toBeGreaterThanOrEqual(1);
    expect(writes).toBeLessThanOrEqual(2);
    const onDisk = JSON.parse(await readText(tagSetFile('Alice'))) as TagSet;
    expect(onDisk.annotations.map((a) => a.id)).toEqual(Array.from({ length: 20 }, (_, i) => `n${i}`));
  });

  it('writes only the file that changed', async () => {
    await seeded();
    const store = await open();
    const others = ['project.json', articleFile('a1'), articleFile('a2'), tagSetFile('Bob')];
    const before = await Promise.all(others.map(async (rel) => ({ text: await readText(rel), stat: await fs.stat(file(rel)) })));
    const rename = vi.spyOn(fs, 'rename');
    await store.updateTagSet('Alice', (d) => {
      d.annotations[0]!.note = 'changed';
    });
    const after = await Promise.all(others.map(async (rel) => ({ text: await readText(rel), stat: await fs.stat(file(rel)) })));
    for (const [i, rel] of others.entries()) {
      expect(after[i]!.text, rel).toBe(before[i]!.text);
      // An atomic save renames a new inode into place, so an unchanged inode means no save.
      expect(after[i]!.stat.ino, rel).toBe(before[i]!.stat.ino);
      expect(after[i]!.stat.mtimeMs, rel).toBe(before[i]!.stat.mtimeMs);
    }
    const targets = rename.mock.calls.map(([, to]) => path.relative(dir, String(to)).split(path.sep).join('/'));
    expect(targets.sort()).toEqual([`.backup/${tagSetFile('Alice')}`, tagSetFile('Alice')]);
  });

  it('rejects an invalid tag set update without changing memory or disk', async () => {
    await seeded();
    const store = await open();
    const current = store.tagSet('Alice');
    const bytes = await readText(tagSetFile('Alice'));
    const error = await failure(
      store.updateTagSet('Alice', (d) => {
        d.annotations.push(sampleAnnotation('x2', 'Alice'));
        d.annotations[0]!.position = { start: 4, end: 1 };
      }),
    );
    expect(error.code).toBe('bad-input');
    expect(error.message).toBe('tag set of Alice: annotations[0].position.end: start must be < end');
    expect(store.tagSet('Alice')).toBe(current);
    expect(store.tagSet('Alice')?.annotations).toHaveLength(1);
    await store.flush();
    expect(await readText(tagSetFile('Alice'))).toBe(bytes);
  });

  it('creates no file for a new annotator whose first update is invalid', async () => {
    const store = await create();
    const error = await failure(store.updateTagSet('Carol', (d) => void d.links.push({ ...d.links[0]!, members: [] })));
    expect(error.code).toBe('bad-input');
    expect(store.tagSet('Carol')).toBeUndefined();
    expect(await fs.readdir(file('tagsets'))).toEqual([]);
  });

  it('refuses to change the annotator of a tag set', async () => {
    const store = await create();
    const error = await failure(store.updateTagSet('Alice', (d) => void (d.annotator = 'Mallory')));
    expect(error).toMatchObject({ code: 'bad-input', details: { field: 'annotator' } });
    expect(store.tagSets()).toEqual([]);
  });

  it('creates a tag set on first update and finds it by trimmed name', async () => {
    const store = await create();
    const saved = await store.updateTagSet('  Dana ', () => undefined);
    expect(saved).toEqual({ schemaVersion: SCHEMA_VERSION, annotator: 'Dana', annotations: [], links: [] });
    expect(store.tagSet('Dana')).toBe(saved);
    expect(await fs.readdir(file('tagsets'))).toEqual([tagSetFile('Dana').slice('tagsets/'.length)]);
  });

  it('validates project updates too', async () => {
    const store = await create();
    const error = await failure(store.updateProject((d) => void (d.outlets[0]!.id = 'no spaces allowed')));
    expect(error).toMatchObject({ code: 'bad-input', details: { field: 'outlets[0].id' } });
    expect(store.project()).toEqual(sampleStudy());
    const updated = await store.updateProject((d) => void (d.name = 'Renamed'));
    expect(JSON.parse(await readText('project.json'))).toEqual(updated);
  });

  it('hands out frozen values so changes must go through an update', async () => {
    const store = await create();
    expect(() => {
      (store.project().outlets as unknown[]).push({ id: 'x', name: 'X' });
    }).toThrow(TypeError);
  });

  it('close waits for pending saves, also when called twice at once', async () => {
    const store = await create();
    const saved = store.updateTagSet('Alice', (d) => void d.annotations.push(sampleAnnotation('x1', 'Alice')));
    void store.close();
    await store.close(); // the second call must not resolve before the first has finished
    expect(await fs.readdir(file('.locks'))).toEqual([]);
    expect((JSON.parse(await readText(tagSetFile('Alice'))) as TagSet).annotations).toHaveLength(1);
    await saved;
  });

  it('can save new tag sets in a study copied without its empty folders', async () => {
    await (await create()).close();
    await fs.rm(file('tagsets'), { recursive: true });
    const store = await open();
    await store.updateTagSet('Alice', () => undefined);
    expect(await fs.readdir(file('tagsets'))).toEqual([tagSetFile('Alice').slice('tagsets/'.length)]);
  });

  it('refuses changes after close', async () => {
    const store = await create();
    await store.close();
    expect(await failure(store.updateTagSet('Alice', () => undefined))).toMatchObject({ code: 'no-study' });
    await store.close();
  });
});

describe('damaged files', () => {
  it('refuses to open a file that is not JSON, names it with the position, and leaves it byte for byte', async () => {
    await seeded();
    const damaged = '{"schemaVersion": 1, "id": "a1",, }';
    await fs.writeFile(file(articleFile('a1')), damaged);
    const error = await failure(StudyStore.open(dir));
    expect(error.code).toBe('corrupt-file');
    expect(error.message).toMatch(/^articles\/a1\.json: not valid JSON at line 1, column 33 \(position 32\): /);
    expect(error.details).toMatchObject({ file: 'articles/a1.json', backup: false });
    expect(await readText(articleFile('a1'))).toBe(damaged);
    expect(await fs.readdir(file('.locks')).catch(() => [])).toEqual([]);
  });

  it('names the first failing path of a file that fails the schema, and says a backup exists', async () => {
    await seeded();
    const store = await open();
    await store.updateTagSet('Alice', (d) => void (d.annotations[0]!.note = 'second version'));
    await store.close();
    const rel = tagSetFile('Alice');
    const good = JSON.parse(await readText(rel)) as TagSet;
    const bad = { ...good, annotations: [{ ...good.annotations[0]!, position: { start: 10, end: 3 } }] };
    const damaged = JSON.stringify(bad, null, 2);
    await fs.writeFile(file(rel), damaged);
    const error = await failure(StudyStore.open(dir));
    expect(error.message).toBe(`${rel}: annotations[0].position.end: start must be < end`);
    expect(error.details).toEqual({ file: rel, path: 'annotations[0].position.end', backup: true });
    expect(await readText(rel)).toBe(damaged);
  });

  it('refuses a tag set whose annotator field does not match its file', async () => {
    await seeded();
    const rel = tagSetFile('Bob');
    const tagSet = JSON.parse(await readText(rel)) as TagSet;
    await fs.writeFile(file(rel), JSON.stringify({ ...tagSet, annotator: 'Alice' }));
    const error = await failure(StudyStore.open(dir));
    expect(error).toMatchObject({ code: 'corrupt-file', details: { file: rel, path: 'annotator' } });
  });

  it('restoreBackup brings back the last good version and keeps the damaged copy', async () => {
    await seeded();
    const rel = tagSetFile('Alice');
    const firstVersion = await readText(rel);
    const store = await open();
    await store.updateTagSet('Alice', (d) => void (d.annotations[0]!.note = 'second version'));
    await store.close();
    await fs.writeFile(file(rel), 'not json at all');
    expect((await failure(StudyStore.open(dir))).details.backup).toBe(true);

    await StudyStore.restoreBackup(dir, rel);
    expect(await readText(rel)).toBe(firstVersion);
    const names = await fs.readdir(file('tagsets'));
    const aside = names.filter((n) => n.startsWith(`${path.basename(rel)}.damaged-`));
    expect(aside).toHaveLength(1);
    expect(await readText(`tagsets/${aside[0]}`)).toBe('not json at all');
    const reopened = await open();
    expect(reopened.tagSet('Alice')?.annotations[0]?.note).toBe('first');
  });

  it('restoreBackup refuses paths outside the study and files it does not manage', async () => {
    await seeded();
    for (const bad of ['../x.json', '/etc/passwd', 'tagsets/../../x.json', '.lock', '.backup/project.json', 'tagsets/a/b.json']) {
      expect(await failure(StudyStore.restoreBackup(dir, bad)), bad).toMatchObject({ code: 'bad-input' });
    }
  });

  it('restoreBackup says when there is no backup, and refuses while another process writes the file', async () => {
    await seeded();
    expect(await failure(StudyStore.restoreBackup(dir, articleFile('a1')))).toMatchObject({ code: 'not-found' });
    const store = await open();
    await store.updateTagSet('Alice', (d) => void (d.annotations[0]!.note = 'v2'));
    expect(await failure(StudyStore.restoreBackup(dir, tagSetFile('Alice')))).toMatchObject({ code: 'locked' });
    await store.close();
    await StudyStore.restoreBackup(dir, tagSetFile('Alice'));
    expect((await open()).tagSet('Alice')?.annotations[0]?.note).toBe('first');
  });
});
