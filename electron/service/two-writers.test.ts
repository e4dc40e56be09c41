import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { seedsDir } from '../repo-paths';
import { StudyService } from './service';

/** Two processes with two host names (two machines on a synced folder) annotating one study at once. */

const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'testing', 'writer-child.ts');
const tsx = createRequire(import.meta.url).resolve('tsx');
let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'two-writers-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function run(dir: string, host: string, annotator: string, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', tsx, child, dir, host, annotator, String(count), seedsDir()], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    proc.on('error', reject);
    proc.on('exit', (code) => (code === 0 ? resolve(out.trim().split('\n')) : reject(new Error(`${host} exited with ${code}: ${err}`))));
  });
}

it('keeps every acknowledged annotation and both imported articles of two writers', async () => {
  const dir = path.join(root, 'Team.study');
  const setup = new StudyService({ seedsDir: seedsDir() });
  await setup.createSampleStudy({ dir });
  await setup.close();

  const [alice, bob] = await Promise.all([run(dir, 'laptop-alice', 'Alice', 50), run(dir, 'desktop-bob', 'Bob', 50)]);

  const reader = new StudyService({ seedsDir: seedsDir() });
  await reader.openStudy({ dir });
  for (const [name, lines] of [['Alice', alice], ['Bob', bob]] as const) {
    const acknowledged = lines.filter((l) => l.startsWith('annotation ')).map((l) => l.slice('annotation '.length));
    expect(acknowledged).toHaveLength(50);
    const stored = (await reader.listAnnotations({ annotator: name })).map((a) => a.id);
    expect(new Set(stored)).toEqual(new Set(acknowledged));
  }
  const articles = await reader.listArticles();
  expect(articles).toHaveLength(7);
  const outlets = (await reader.getStudy()).outlets.map((o) => o.name);
  expect(outlets).toEqual(expect.arrayContaining(['Outlet of laptop-alice', 'Outlet of desktop-bob']));
  await reader.close();
  expect((await readdir(path.join(dir, 'tagsets'))).filter((f) => f.endsWith('.json'))).toHaveLength(2);
  expect(await readdir(path.join(dir, '.locks'))).toEqual([]);
}, 120_000);
