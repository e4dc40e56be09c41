import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stableStringify } from './stable-json';
import { articleFile, tagSetFile } from './study-files';
import { StudyStore } from './study-store';
import { sampleAnnotation, sampleArticle, sampleStudy, tempDir } from './test-fixtures';

/** Two stores on one folder act as two writers (two machines on a synced folder). */

let root: string;
let dir: string;
const opened: StudyStore[] = [];

beforeEach(async () => {
  root = await tempDir('study-refresh');
  dir = path.join(root, 'team.study');
  opened.push(await StudyStore.create(dir, sampleStudy()));
});

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close().catch(() => undefined);
  await fs.rm(root, { recursive: true, force: true });
});

async function open(host?: string): Promise<StudyStore> {
  const store = await StudyStore.open(dir, host ? { host } : {});
  opened.push(store);
  return store;
}

describe('refresh', () => {
  it("reloads a teammate's tag set when its file changes, and never reloads my own", async () => {
    const mine = await open('a');
    const theirs = await open('b');
    await mine.updateTagSet('Alice', (d) => void d.annotations.push(sampleAnnotation('x1', 'Alice')));
    await theirs.updateTagSet('Bob', (d) => void d.annotations.push(sampleAnnotation('y1', 'Bob')));
    expect(mine.tagSet('Bob')).toBeUndefined();
    const changes = await mine.refresh();
    expect(changes).toEqual([{ version: 1, file: tagSetFile('Bob'), kind: 'tagset', annotator: 'Bob' }]);
    expect(mine.tagSet('Bob')?.annotations.map((a) => a.id)).toEqual(['y1']);
    await theirs.updateTagSet('Bob', (d) => void (d.annotations[0]!.note = 'edited'));
    await mine.refresh();
    expect(mine.tagSet('Bob')?.annotations[0]?.note).toBe('edited');
    expect(mine.changesSince(1).changes.map((c) => c.version)).toEqual([2]);
    expect(await mine.refresh()).toEqual([]);
    expect(mine.tagSet('Alice')?.annotations).toHaveLength(1);
  });

  it('picks up articles another writer imported, and notices a removed teammate file', async () => {
    const mine = await open('a');
    const theirs = await open('b');
    await theirs.addArticle(sampleArticle('a9'));
    await theirs.updateTagSet('Bob', () => undefined);
    await mine.refresh();
    expect(mine.article('a9')?.title).toBe(sampleArticle('a9').title);
    await theirs.close();
    await fs.rm(path.join(dir, ...tagSetFile('Bob').split('/')));
    const changes = await mine.refresh();
    expect(changes).toMatchObject([{ file: tagSetFile('Bob'), removed: true }]);
    expect(mine.tagSet('Bob')).toBeUndefined();
  });

  it('refuses to import an article another writer already saved, keeping theirs', async () => {
    const mine = await open('a');
    const theirs = await open('b');
    await theirs.addArticle(sampleArticle('a1'));
    await expect(mine.addArticle({ ...sampleArticle('a1'), title: 'mine' })).rejects.toMatchObject({ code: 'conflict' });
    expect(mine.article('a1')?.title).toBe(sampleArticle('a1').title);
    expect(JSON.parse(await fs.readFile(path.join(dir, ...articleFile('a1').split('/')), 'utf8')).title).toBe(sampleArticle('a1').title);
  });

  it('merges project.json changes of two writers without losing either', async () => {
    const mine = await open('a');
    const theirs = await open('b');
    await mine.updateProject((d) => void d.outlets.push({ id: 'bbc', name: 'BBC' }));
    await theirs.updateProject((d) => void d.outlets.push({ id: 'cnn', name: 'CNN' }));
    const onDisk = JSON.parse(await fs.readFile(path.join(dir, 'project.json'), 'utf8'));
    expect(onDisk.outlets.map((o: { id: string }) => o.id)).toEqual(['reuters', 'aljazeera', 'bbc', 'cnn']);
    await mine.refresh();
    expect(stableStringify(mine.project())).toBe(stableStringify(onDisk));
  });

  it('reports a damaged teammate file as trouble and keeps the last good version', async () => {
    const mine = await open('a');
    const theirs = await open('b');
    await theirs.updateTagSet('Bob', (d) => void d.annotations.push(sampleAnnotation('y1', 'Bob')));
    await mine.refresh();
    await fs.writeFile(path.join(dir, ...tagSetFile('Bob').split('/')), '{ not json');
    expect(await mine.refresh()).toEqual([]);
    expect(mine.tagSet('Bob')?.annotations).toHaveLength(1);
    expect(mine.changesSince(0).troubles).toMatchObject([{ file: tagSetFile('Bob'), message: expect.stringMatching(/not valid JSON/) }]);
  });

  it('sees a file copied in while watching, without a call', async () => {
    const mine = await open('a');
    mine.watch();
    const other = await tempDir('study-refresh-src');
    const source = await StudyStore.create(path.join(other, 's.study'), sampleStudy());
    await source.updateTagSet('Carol', (d) => void d.annotations.push(sampleAnnotation('z1', 'Carol')));
    await source.close();
    await fs.copyFile(path.join(other, 's.study', ...tagSetFile('Carol').split('/')), path.join(dir, ...tagSetFile('Carol').split('/')));
    const deadline = Date.now() + 5000;
    while (!mine.tagSet('Carol') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(mine.tagSet('Carol')?.annotations.map((a) => a.id)).toEqual(['z1']);
    await fs.rm(other, { recursive: true, force: true });
  });
});
