import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { API_ROUTE_PREFIX, TOKEN_HEADER, TOKEN_QUERY_PARAM } from '../shared/transport';

/**
 * Browser-mode fixtures: each test gets its own copy of the sample study and
 * its own host process (npm run serve) on a free port, stopped by PID after
 * the test.
 */

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

export interface StudyHost {
  /** The page URL the host printed, with its token. */
  url: string;
  token: string;
  origin: string;
  /** The study folder the host serves (a fresh copy of the sample study). */
  dir: string;
  /** Calls the contract over HTTP, as the page does. Throws with the service's message on an error envelope. */
  call<T = unknown>(method: string, input?: unknown): Promise<T>;
  /** Every tag set file of the study, parsed. */
  tagSets(): { annotator: string; annotations: { id: string; note: string; label?: string; category: string; quote: { exact: string } }[] }[];
}

/** Creates the sample study once per worker; tests copy it. */
function createSampleTemplate(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'oc-template-'));
  const study = path.join(dir, 'Sample.study');
  const result = spawnSync(tsx, ['electron/cli.ts', 'sample', study], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`could not create the sample study: ${result.stderr || result.stdout}`);
  return study;
}

function startHost(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(tsx, ['electron/host/serve.ts', '--port', '0', '--study', dir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`the host printed no URL within 90 s\n${out}\n${err}`)), 90_000);
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      out += chunk;
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    });
    child.stderr!.on('data', (chunk: string) => (err += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the host exited with code ${code} before printing its URL\n${out}\n${err}`));
    });
  });
}

async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(child.pid, 'SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') process.kill(child.pid, 'SIGKILL');
}

export const test = base.extend<{ host: StudyHost }, { sampleTemplate: string }>({
  sampleTemplate: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const template = createSampleTemplate();
      await use(template);
      rmSync(path.dirname(template), { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  host: async ({ sampleTemplate }, use) => {
    const base = mkdtempSync(path.join(tmpdir(), 'oc-study-'));
    const dir = path.join(base, 'Sample.study');
    cpSync(sampleTemplate, dir, { recursive: true });
    const { child, url } = await startHost(dir);
    const parsed = new URL(url);
    const token = parsed.searchParams.get(TOKEN_QUERY_PARAM) ?? '';
    const host: StudyHost = {
      url,
      token,
      origin: parsed.origin,
      dir,
      async call<T>(method: string, input: unknown = {}) {
        const response = await fetch(`${parsed.origin}${API_ROUTE_PREFIX}${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(input),
        });
        const envelope = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
        if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
        return envelope.value as T;
      },
      tagSets() {
        const folder = path.join(dir, 'tagsets');
        let files: string[];
        try {
          files = readdirSync(folder).filter((f) => f.endsWith('.json'));
        } catch {
          return [];
        }
        return files.map((f) => JSON.parse(readFileSync(path.join(folder, f), 'utf8')));
      },
    };
    try {
      await use(host);
    } finally {
      await stopHost(child);
      rmSync(base, { recursive: true, force: true });
    }
  },
});

export { expect };
