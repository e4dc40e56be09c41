import fs from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StudyError } from '../../shared/errors';
import { SCHEMA_VERSION, type TagSet } from '../../shared/model';
import { ZodFileAdapter, parseFileText } from './adapter';
import { stableStringify } from './stable-json';
import { projectKind, tagSetFile, tagSetKind } from './study-files';
import { sampleAnnotation, sampleStudy, tempDir } from './test-fixtures';

let dir: string;
const file = tagSetFile('Alice');

beforeEach(async () => {
  dir = await tempDir('zod-adapter');
  await fs.mkdir(path.join(dir, 'tagsets'));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

const tagSet = (notes: string[]): TagSet => ({
  schemaVersion: SCHEMA_VERSION,
  annotator: 'Alice',
  annotations: notes.map((note, i) => sampleAnnotation(`n${i}`, 'Alice', note)),
  links: [],
});

const read = (rel: string) => fs.readFile(path.join(dir, ...rel.split('/')), 'utf8');

async function readError<T>(adapter: ZodFileAdapter<T>): Promise<StudyError> {
  const error = await adapter.read().then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof StudyError)) throw new Error(`expected a StudyError, got ${String(error)}`);
  return error;
}

describe('ZodFileAdapter', () => {
  it('works as a lowdb adapter: write then read back the same value in stable JSON', async () => {
    const db = new Low(new ZodFileAdapter(dir, file, tagSetKind), tagSet(['one']));
    await db.write();
    expect(await read(file)).toBe(stableStringify(tagSet(['one'])));
    const again = new Low(new ZodFileAdapter(dir, file, tagSetKind), tagSet([]));
    await again.read();
    expect(again.data).toEqual(tagSet(['one']));
  });

  it('reads a missing file as null, so lowdb keeps its default', async () => {
    expect(await new ZodFileAdapter(dir, file, tagSetKind).read()).toBeNull();
  });

  it('keeps the previous good version in .backup/ on each write', async () => {
    const adapter = new ZodFileAdapter(dir, file, tagSetKind);
    await adapter.write(tagSet(['v1']));
    await expect(fs.access(path.join(dir, '.backup', file))).rejects.toMatchObject({ code: 'ENOENT' });
    await adapter.write(tagSet(['v2']));
    expect(await read(`.backup/${file}`)).toBe(stableStringify(tagSet(['v1'])));
    expect(await read(file)).toBe(stableStringify(tagSet(['v2'])));
    expect((await fs.readdir(path.join(dir, '.backup', 'tagsets'))).length).toBe(1);
  });

  it('falls back to copying the backup where hard links are not supported', async () => {
    const adapter = new ZodFileAdapter(dir, file, tagSetKind);
    await adapter.write(tagSet(['v1']));
    const link = vi.spyOn(fs, 'link').mockRejectedValue(Object.assign(new Error('EPERM: no links here'), { code: 'EPERM' }));
    await adapter.write(tagSet(['v2']));
    expect(link).toHaveBeenCalled();
    expect(await read(`.backup/${file}`)).toBe(stableStringify(tagSet(['v1'])));
    expect(await read(file)).toBe(stableStringify(tagSet(['v2'])));
    expect(await fs.readdir(path.join(dir, '.backup', 'tagsets'))).toHaveLength(1);
  });

  it('does not let a file damaged behind its back replace the backup, and keeps the damaged bytes aside', async () => {
    const adapter = new ZodFileAdapter(dir, file, tagSetKind);
    await adapter.write(tagSet(['v1']));
    await adapter.write(tagSet(['v2']));
    await fs.writeFile(path.join(dir, file), '<<<<<<< HEAD\n');
    await adapter.write(tagSet(['v3']));
    expect(await read(`.backup/${file}`)).toBe(stableStringify(tagSet(['v1'])));
    expect(await read(file)).toBe(stableStringify(tagSet(['v3'])));
    const aside = (await fs.readdir(path.join(dir, 'tagsets'))).filter((n) => n.includes('.damaged-'));
    expect(aside).toHaveLength(1);
    expect(await read(`tagsets/${aside[0]}`)).toBe('<<<<<<< HEAD\n');
  });

  it('backs up a valid file that changed behind its back', async () => {
    const adapter = new ZodFileAdapter(dir, file, tagSetKind);
    await adapter.write(tagSet(['v1']));
    await fs.writeFile(path.join(dir, file), JSON.stringify(tagSet(['from git'])));
    await adapter.write(tagSet(['v2']));
    expect(JSON.parse(await read(`.backup/${file}`))).toEqual(tagSet(['from git']));
  });

  it('names the file and the position for a file that is not JSON', async () => {
    await fs.writeFile(path.join(dir, file), '{\n  "annotator": "Alice",\n}\n');
    const error = await readError(new ZodFileAdapter(dir, file, tagSetKind));
    expect(error.code).toBe('corrupt-file');
    expect(error.message).toMatch(new RegExp(`^${file}: not valid JSON at line 3, column 1 \\(position 26\\): `));
    expect(error.details).toEqual({ file, path: undefined, backup: false });
  });

  it('names the file and the first failing JSON path for a file that fails the schema', async () => {
    const bad = tagSet(['x']);
    bad.annotations[0]!.position = { start: 5, end: 2 };
    await fs.writeFile(path.join(dir, file), JSON.stringify(bad));
    const error = await readError(new ZodFileAdapter(dir, file, tagSetKind));
    expect(error.message).toBe(`${file}: annotations[0].position.end: start must be < end`);
    expect(error.details).toEqual({ file, path: 'annotations[0].position.end', backup: false });
  });

  it('reports whether a backup exists', async () => {
    await fs.mkdir(path.join(dir, '.backup', 'tagsets'), { recursive: true });
    await fs.writeFile(path.join(dir, '.backup', file), stableStringify(tagSet([])));
    await fs.writeFile(path.join(dir, file), '');
    const error = await readError(new ZodFileAdapter(dir, file, tagSetKind));
    expect(error.details.backup).toBe(true);
    expect(error.message).toContain('Unexpected end of JSON input');
  });

  it('refuses a tag set whose annotator does not match its file name', async () => {
    await fs.writeFile(path.join(dir, file), JSON.stringify({ ...tagSet([]), annotator: 'alice' }));
    const error = await readError(new ZodFileAdapter(dir, file, tagSetKind));
    expect(error.details.path).toBe('annotator');
    expect(error.message).toContain(`${file}: annotator: annotator "alice" does not match the file name`);
  });
});

describe('parseFileText', () => {
  it('accepts a file saved with a UTF-8 byte-order mark', () => {
    expect(parseFileText('project.json', `\uFEFF${JSON.stringify(sampleStudy())}`, projectKind)).toEqual({ ok: true, value: sampleStudy() });
  });

  it('returns the validated value without unknown keys', () => {
    const parsed = parseFileText('project.json', JSON.stringify({ ...sampleStudy(), extra: 1 }), projectKind);
    expect(parsed).toEqual({ ok: true, value: sampleStudy() });
  });
});
