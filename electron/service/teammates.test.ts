import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudyError } from '../../shared/errors';
import { seedsDir } from '../repo-paths';
import { StudyService } from './service';

/** Bringing teammates' tag sets in, ownership, adopting, curation and live changes, on the real service. */

let root: string;
let mine: StudyService;
const others: StudyService[] = [];
const study = () => path.join(root, 'Mine.study');

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'teammates-'));
  mine = new StudyService({ seedsDir: seedsDir() });
  await mine.createSampleStudy({ dir: study() });
  await mine.setAnnotator({ name: 'Alice' });
});

afterEach(async () => {
  await mine.close();
  for (const s of others.splice(0)) await s.close();
  await rm(root, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<StudyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StudyError);
  return error as StudyError;
}

/** A teammate's copy of the study (same seeds, so same article ids) where `name` tagged `count` spans. */
async function teammateStudy(name: string, count: number, folder = `${name}.study`): Promise<{ dir: string; file: string; service: StudyService }> {
  const dir = path.join(root, folder);
  const service = new StudyService({ seedsDir: seedsDir() });
  others.push(service);
  await service.createSampleStudy({ dir });
  await service.setAnnotator({ name });
  const articles = await service.listArticles();
  for (let i = 0; i < count; i++) await service.annotate({ articleId: articles[i % articles.length]!.id, start: i, end: i + 6, category: 'claim' });
  const [file] = await readdir(path.join(dir, 'tagsets'));
  return { dir, file: path.join(dir, 'tagsets', file!), service };
}

const tagSetFiles = async () => (await readdir(path.join(study(), 'tagsets'))).sort();

describe('importTeammates', () => {
  it("brings in a teammate's tag set file, read-only for me, and lists it", async () => {
    const bob = await teammateStudy('Bob', 3);
    await bob.service.close();
    const { results } = await mine.importTeammates({ paths: [bob.file] });
    expect(results).toMatchObject([{ annotator: 'Bob', status: 'added', annotations: 3, remapped: 0 }]);
    expect((await mine.listAnnotations({ annotator: 'Bob' })).length).toBe(3);
    const rows = await mine.listTagSets();
    expect(rows).toMatchObject([{ annotator: 'Bob', kind: 'annotator', mine: false, annotations: 3 }]);
    const theirs = (await mine.listAnnotations({ annotator: 'Bob' }))[0]!;
    expect((await failure(mine.updateAnnotation({ id: theirs.id, note: 'x' }))).message).toMatch(/Bob's tag set, which is read-only for you \(Alice\)/);
    expect((await failure(mine.deleteAnnotation({ id: theirs.id }))).code).toBe('bad-input');
  });

  it('maps annotations to my article with the same text under another id, and refuses ones whose article I lack, writing nothing', async () => {
    const dir = path.join(root, 'Carol.study');
    const carol = new StudyService({ seedsDir: seedsDir() });
    others.push(carol);
    await carol.createStudy({ dir });
    await carol.setAnnotator({ name: 'Carol' });
    const okaz = await mine.getArticle({ articleId: (await mine.listArticles())[0]!.id });
    const renamed = await carol.importArticle({ fileName: 'okaz.txt', content: (await readFile(path.join(seedsDir(), '000_fde916106131c18b.txt'), 'utf8')), outlet: 'Okaz English' });
    expect(renamed.id).not.toBe(okaz.id);
    await carol.annotate({ articleId: renamed.id, quote: 'more than 100 fighters', category: 'claim' });
    const { results } = await mine.importTeammates({ paths: [dir] });
    expect(results).toMatchObject([{ annotator: 'Carol', status: 'added', remapped: 1 }]);
    expect((await mine.listAnnotations({ annotator: 'Carol' }))[0]?.articleId).toBe(okaz.id);

    const only = await carol.importArticle({ fileName: 'new.txt', content: 'A story only Dan has.\n\nIt has two paragraphs.', outlet: 'Elsewhere' });
    await carol.setAnnotator({ name: 'Dan' });
    await carol.annotate({ articleId: only.id, start: 0, end: 7, category: 'claim' });
    await carol.annotate({ articleId: only.id, start: 8, end: 13, category: 'claim' });
    await carol.close();
    const before = await tagSetFiles();
    const e = await failure(mine.importTeammates({ paths: [dir] }));
    expect(e.message).toMatch(new RegExp(`2 annotations of Dan point at 1 article this study lacks \\(${only.id}\\).*Nothing was written`));
    expect(await tagSetFiles()).toEqual(before);
  });

  it('refuses my own annotator name, a newer format and a file that is no tag set, naming the file', async () => {
    const alice = await teammateStudy('Alice', 1, 'Alice-elsewhere.study');
    await alice.service.close();
    const own = await failure(mine.importTeammates({ paths: [alice.file] }));
    expect(own.message).toMatch(new RegExp(`^${path.basename(alice.file)} is your own annotator name \\(Alice\\); rename`));
    const text = JSON.parse(await readFile(alice.file, 'utf8'));
    const newer = path.join(root, 'newer.json');
    await writeFile(newer, JSON.stringify({ ...text, annotator: 'Eve', schemaVersion: 99 }));
    expect((await failure(mine.importTeammates({ paths: [newer] }))).message).toMatch(/newer\.json: .*newer version of the app/);
    const junk = path.join(root, 'junk.json');
    await writeFile(junk, JSON.stringify({ annotator: 'Eve' }));
    expect((await failure(mine.importTeammates({ paths: [junk] }))).message).toMatch(/^.*junk\.json: not a tag set: /);
    expect(await tagSetFiles()).toEqual([]);
  });

  it('replaces an older copy with a newer one, keeps mine when the incoming is older, and keeps both on a conflict', async () => {
    const bob = await teammateStudy('Bob', 2);
    const older = path.join(root, 'bob-old.json');
    await copyFile(bob.file, older);
    await mine.importTeammates({ paths: [bob.file] });
    const [first] = await bob.service.listAnnotations({});
    await bob.service.updateAnnotation({ id: first!.id, note: 'second thoughts' });
    await bob.service.close();
    expect((await mine.importTeammates({ paths: [bob.file] })).results[0]?.status).toBe('updated');
    expect((await mine.listAnnotations({ annotator: 'Bob' })).find((a) => a.id === first!.id)?.note).toBe('second thoughts');
    expect((await mine.importTeammates({ paths: [older] })).results[0]?.status).toBe('kept-newer');
    // A copy edited elsewhere from the old state: both changed since it.
    const fork = JSON.parse(await readFile(older, 'utf8'));
    const other = fork.annotations.findIndex((a: { id: string }) => a.id !== first!.id);
    fork.annotations[other].note = 'forked';
    fork.annotations[other].updatedAt = '2099-01-01T00:00:00.000Z';
    fork.updatedAt = '2099-01-01T00:00:00.000Z';
    const forked = path.join(root, 'bob-fork.json');
    await writeFile(forked, JSON.stringify(fork));
    const { results } = await mine.importTeammates({ paths: [forked] });
    expect(results[0]).toMatchObject({ status: 'conflict', savedAs: 'Bob (conflict 2099-01-01 00-00)' });
    expect((await mine.listTagSets()).map((t) => t.annotator)).toEqual(['Bob', 'Bob (conflict 2099-01-01 00-00)']);
  });
});

describe('adopting and curating', () => {
  async function withBob() {
    const bob = await teammateStudy('Bob', 2);
    await bob.service.close();
    await mine.importTeammates({ paths: [bob.file] });
    return mine.listAnnotations({ annotator: 'Bob' });
  }

  it("adopts a teammate's annotation as my own copy with its provenance, once", async () => {
    const [theirs] = await withBob();
    const copy = await mine.adoptAnnotation({ annotationId: theirs!.id, annotator: 'Bob' });
    expect(copy).toMatchObject({ annotator: 'Alice', articleId: theirs!.articleId, position: theirs!.position, adoptedFrom: { annotator: 'Bob', annotationId: theirs!.id } });
    expect(copy.id).not.toBe(theirs!.id);
    expect((await failure(mine.adoptAnnotation({ annotationId: theirs!.id, annotator: 'Bob' }))).code).toBe('conflict');
    await mine.updateAnnotation({ id: copy.id, note: 'my copy' });
  });

  it('records decisions per disagreement in a curation tag set, replacing a decision made again', async () => {
    const [b1, b2] = await withBob();
    const articles = await mine.listArticles();
    const a1 = await mine.annotate({ articleId: articles[0]!.id, start: 0, end: 9, category: 'claim' });
    const accepted = await mine.curate({ curation: 'Consensus', decision: 'accept-b', annotationIds: [a1.id, b1!.id] });
    expect(accepted.annotations).toMatchObject([{ annotator: 'Consensus', position: b1!.position, adoptedFrom: { annotator: 'Bob', annotationId: b1!.id } }]);
    const again = await mine.curate({ curation: 'Consensus', decision: 'edited', annotationIds: [a1.id, b1!.id], edited: { start: 0, end: 4 } });
    expect(again.record.id).toBe(accepted.record.id);
    expect(again.annotations[0]?.position).toEqual({ start: 0, end: 4 });
    await mine.curate({ curation: 'Consensus', decision: 'reject', annotationIds: [b2!.id] });
    const rows = await mine.listTagSets();
    expect(rows.find((r) => r.annotator === 'Consensus')).toMatchObject({ kind: 'curation', annotations: 1 });
    expect((await mine.listAnnotations({ annotator: 'Consensus' })).map((a) => a.position)).toEqual([{ start: 0, end: 4 }]);
    expect((await failure(mine.curate({ curation: 'Bob', decision: 'accept-a', annotationIds: [a1.id] }))).message).toMatch(/not a curation/);
    const csv = await mine.exportStudy({ format: 'csv', annotator: 'Consensus' });
    expect(csv.content.split('\n').length).toBeGreaterThan(1);
  });
});

describe('studyChanges', () => {
  it('shows a tag set file copied into tagsets/ while the study is open', async () => {
    const bob = await teammateStudy('Bob', 2);
    await bob.service.close();
    const start = await mine.studyChanges({ since: 0 });
    expect(start.changes).toEqual([]);
    await copyFile(bob.file, path.join(study(), 'tagsets', path.basename(bob.file)));
    const after = await mine.studyChanges({ since: start.version });
    expect(after.version).toBeGreaterThan(start.version);
    expect(after.changes).toMatchObject([{ kind: 'tagset', annotator: 'Bob' }]);
    expect((await mine.listTagSets()).map((t) => t.annotator)).toEqual(['Bob']);
    expect(await mine.listAnnotations({ annotator: 'Bob' })).toHaveLength(2);
    expect((await mine.studyChanges({ since: after.version })).changes).toEqual([]);
  });

  it('picks the file up through the watch, before any call asks', async () => {
    const bob = await teammateStudy('Bob', 1);
    await bob.service.close();
    await copyFile(bob.file, path.join(study(), 'tagsets', path.basename(bob.file)));
    const deadline = Date.now() + 5000;
    while ((await mine.listTagSets()).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect((await mine.listTagSets()).map((t) => t.annotator)).toEqual(['Bob']);
  });
});
