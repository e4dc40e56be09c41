import { builtinModules } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../shared/api';
import { buildElectron, type BuildResult } from './build-electron';

/** Modules the bundle may leave to `require` at runtime. */
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
/** ws (under happy-dom) tries these native speed-ups inside try/catch and works without them. */
const OPTIONAL_NATIVE = new Set(['bufferutil', 'utf-8-validate']);

function requiredModules(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1] ?? ''))].sort();
}

let outDir: string;
let result: BuildResult;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'electron-build-'));
  result = await buildElectron({ outDir, quiet: true });
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('buildElectron', () => {
  it('writes main.cjs and preload.cjs without warnings', () => {
    expect(result.main).toBe(join(outDir, 'main.cjs'));
    expect(result.preload).toBe(join(outDir, 'preload.cjs'));
    expect(result.warnings.map((w) => w.text)).toEqual([]);
  });

  it('bundles everything into main.cjs except electron and Node built-ins (the package ships no node_modules)', () => {
    const code = readFileSync(result.main, 'utf8');
    const outside = requiredModules(code).filter((m) => m !== 'electron' && !builtins.has(m) && !OPTIONAL_NATIVE.has(m));
    expect(outside).toEqual([]);
    expect(code).toContain('require("electron")');
    // lowdb is ESM-only; it must arrive converted, not as a runtime import.
    expect(code).not.toMatch(/\bimport\s*\(\s*["']lowdb["']\s*\)/);
    expect(code).not.toContain('import.meta');
  });

  it('leaves nothing but electron to require in the sandboxed preload', () => {
    expect(requiredModules(readFileSync(result.preload, 'utf8'))).toEqual(['electron']);
  });

  it('exposes exactly window.studio when run with only electron available, as in a sandbox', () => {
    const exposed: { key: string; api: Record<string, unknown> }[] = [];
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push({ key, api }) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => invoked.push(args),
        on: () => undefined,
        removeListener: () => undefined,
      },
    };
    const module = { exports: {} };
    const sandbox = {
      module,
      exports: module.exports,
      require: (name: string) => {
        if (name !== 'electron') throw new Error(`a sandboxed preload cannot require "${name}"`);
        return electron;
      },
    };
    runInNewContext(readFileSync(result.preload, 'utf8'), sandbox, { filename: 'preload.cjs' });
    expect(exposed.map((e) => e.key)).toEqual(['studio']);
    const api = exposed[0]?.api ?? {};
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES, 'onMenu'].sort());
    const getStudy = api.getStudy as (input: unknown) => Promise<unknown>;
    void getStudy({});
    expect(invoked).toEqual([['studio:call', 'getStudy', {}]]);
  });
});
