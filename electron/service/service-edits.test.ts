import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudyError } from '../../shared/errors';
import { seedsDir } from '../repo-paths';
import { StudyService } from './service';

/** updateAnnotation and updateLink on the real service over a temp folder: the rules as saved to disk. */

let dir: string;
let service: StudyService;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'service-edits-'));
  service = new StudyService({ seedsDir: seedsDir() });
  await service.createSampleStudy({ dir: path.join(dir, 'Sample.study') });
  await service.setAnnotator({ name: 'Alice' });
});

afterEach(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<StudyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StudyError);
  return error as StudyError;
}

async function saved(): Promise<{ annotations: { id: string; label?: string; category: string }[]; links: { id: string; members: string[] }[] }> {
  await service.close();
  const tagsets = path.join(dir, 'Sample.study', 'tagsets');
  const [file] = await readdir(tagsets);
  return JSON.parse(await readFile(path.join(tagsets, file!), 'utf8'));
}

async function threeClaims() {
  const articles = await service.listArticles();
  const a = await service.annotate({ articleId: articles[0]!.id, quote: 'more than 100 fighters', category: 'claim', label: 'numeric' });
  const b = await service.annotate({ articleId: articles[1]!.id, start: 0, end: 20, category: 'claim' });
  const c = await service.annotate({ articleId: articles[2]!.id, start: 0, end: 20, category: 'claim' });
  return { a, b, c };
}

describe('updateAnnotation', () => {
  it('changing the category drops a label the new category lacks, and saves it', async () => {
    const { a } = await threeClaims();
    const moved = await service.updateAnnotation({ id: a.id, category: 'framing' });
    expect(moved).toMatchObject({ category: 'framing', note: '' });
    expect(moved.label).toBeUndefined();
    const onDisk = (await saved()).annotations.find((x) => x.id === a.id)!;
    expect(onDisk.category).toBe('framing');
    expect(onDisk.label).toBeUndefined();
  });

  it('sets a label by name, clears it with null, and refuses one outside the codebook', async () => {
    const { a } = await threeClaims();
    expect((await service.updateAnnotation({ id: a.id, label: 'Causal', note: 'check' })).label).toBe('causal');
    expect((await service.updateAnnotation({ id: a.id, label: null })).label).toBeUndefined();
    expect((await failure(service.updateAnnotation({ id: a.id, label: 'loaded-term' }))).message).toMatch(/Unknown claim label "loaded-term"/);
  });

  it("refuses another annotator's annotation", async () => {
    const { a } = await threeClaims();
    await service.setAnnotator({ name: 'Bo' });
    const e = await failure(service.updateAnnotation({ id: a.id, note: 'mine now' }));
    expect(e.message).toMatch(/Alice's tag set, which is read-only for you \(Bo\)/);
    expect((await failure(service.deleteAnnotation({ id: a.id }))).code).toBe('bad-input');
  });
});

describe('updateLink', () => {
  it('adds and removes members and saves the link', async () => {
    const { a, b, c } = await threeClaims();
    const link = await service.link({ annotationIds: [a.id, b.id] });
    const grown = await service.updateLink({ linkId: link.id, add: [c.id], label: 'Fighters in Rafah' });
    expect(grown.members).toEqual([a.id, b.id, c.id]);
    const shrunk = await service.updateLink({ linkId: link.id, remove: [b.id] });
    expect(shrunk).toMatchObject({ members: [a.id, c.id], label: 'Fighters in Rafah' });
    expect((await saved()).links).toEqual([expect.objectContaining({ id: link.id, members: [a.id, c.id] })]);
  });

  it('refuses a non-member removal, a link of one member, and a twin of another link', async () => {
    const { a, b, c } = await threeClaims();
    const first = await service.link({ annotationIds: [a.id, b.id] });
    const second = await service.link({ annotationIds: [a.id, c.id] });
    expect((await failure(service.updateLink({ linkId: first.id, remove: [c.id] }))).message).toMatch(/not a member/);
    expect((await failure(service.updateLink({ linkId: first.id, remove: [a.id] }))).message).toMatch(/at least two annotations/);
    const twin = await failure(service.updateLink({ linkId: second.id, remove: [c.id], add: [b.id] }));
    expect(twin.code).toBe('conflict');
    expect((await failure(service.link({ annotationIds: [b.id, a.id] }))).message).toMatch(/already have a same-claim link/);
    expect((await service.listLinks({})).map((l) => l.members)).toEqual([
      [a.id, b.id],
      [a.id, c.id],
    ]);
  });
});
