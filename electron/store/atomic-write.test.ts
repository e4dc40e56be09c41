import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempPathFor, writeFileAtomic } from './atomic-write';

let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'atomic-write-'));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('tempPathFor', () => {
  it('names a hidden temp file in the same folder, unique per call', () => {
    const target = path.join(dir, 'project.json');
    const one = tempPathFor(target);
    const two = tempPathFor(target);
    expect(path.dirname(one)).toBe(dir);
    expect(path.basename(one)).toMatch(new RegExp(`^\\.project\\.json\\.${process.pid}\\.[0-9a-f]{12}\\.tmp$`));
    expect(one).not.toBe(two);
  });
});

describe('writeFileAtomic', () => {
  it('creates and then replaces the target, leaving no temp files', async () => {
    const target = path.join(dir, 'a.json');
    await writeFileAtomic(target, 'first\n');
    await writeFileAtomic(target, 'second\n');
    expect(await fs.readFile(target, 'utf8')).toBe('second\n');
    expect(await fs.readdir(dir)).toEqual(['a.json']);
  });

  it('leaves the target untouched and removes the temp file when the rename fails', async () => {
    const target = path.join(dir, 'a.json');
    await fs.writeFile(target, 'old\n');
    const rename = vi.spyOn(fs, 'rename').mockRejectedValueOnce(Object.assign(new Error('EIO: simulated crash'), { code: 'EIO' }));
    await expect(writeFileAtomic(target, 'new\n')).rejects.toThrow('simulated crash');
    expect(rename).toHaveBeenCalledOnce();
    expect(await fs.readFile(target, 'utf8')).toBe('old\n');
    expect(await fs.readdir(dir)).toEqual(['a.json']);
  });

  it('leaves the target untouched when the temp file cannot be created', async () => {
    const target = path.join(dir, 'a.json');
    await fs.writeFile(target, 'old\n');
    vi.spyOn(fs, 'open').mockRejectedValueOnce(Object.assign(new Error('ENOSPC: simulated full disk'), { code: 'ENOSPC' }));
    await expect(writeFileAtomic(target, 'new\n')).rejects.toThrow('simulated full disk');
    expect(await fs.readFile(target, 'utf8')).toBe('old\n');
    expect(await fs.readdir(dir)).toEqual(['a.json']);
  });

  it('lets concurrent writers to one file finish without colliding', async () => {
    const target = path.join(dir, 'a.json');
    const texts = Array.from({ length: 8 }, (_, i) => `version ${i}\n`);
    await Promise.all(texts.map((t) => writeFileAtomic(target, t)));
    expect(texts).toContain(await fs.readFile(target, 'utf8'));
    expect(await fs.readdir(dir)).toEqual(['a.json']);
  });

  it('fails when the folder does not exist and creates nothing', async () => {
    const target = path.join(dir, 'missing', 'a.json');
    await expect(writeFileAtomic(target, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await fs.readdir(dir)).toEqual([]);
  });
});
