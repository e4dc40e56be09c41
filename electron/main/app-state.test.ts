import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAppState, writeAppState } from './app-state';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'app-state-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('app state', () => {
  it('is empty on a first run, without a problem', async () => {
    expect(await readAppState(join(dir, 'state.json'))).toEqual({ state: null, problem: null });
  });

  it('round-trips the last study and writes no temp files behind', async () => {
    const file = join(dir, 'nested', 'state.json');
    await writeAppState(file, { schemaVersion: 1, lastStudyDir: '/home/ana/Gaza.study' });
    expect(await readAppState(file)).toEqual({ state: { schemaVersion: 1, lastStudyDir: '/home/ana/Gaza.study' }, problem: null });
    await writeAppState(file, { schemaVersion: 1, lastStudyDir: '/home/ana/Other.study' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ schemaVersion: 1, lastStudyDir: '/home/ana/Other.study' });
    expect(readdirSync(join(dir, 'nested'))).toEqual(['state.json']);
  });

  it('reports a file that is not JSON and ignores it', async () => {
    const file = join(dir, 'state.json');
    writeFileSync(file, '{"schemaVersion": 1, "lastStudy');
    expect(await readAppState(file)).toEqual({ state: null, problem: `${file} is not valid JSON` });
  });

  it('reports a file that does not match the schema, naming the field', async () => {
    const file = join(dir, 'state.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, lastStudyDir: 42 }));
    const loaded = await readAppState(file);
    expect(loaded.state).toBeNull();
    expect(loaded.problem).toContain('lastStudyDir');
  });

  it('refuses to write an invalid state', async () => {
    const file = join(dir, 'state.json');
    await expect(writeAppState(file, { schemaVersion: 1, lastStudyDir: '' })).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
