import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The renderer's feature folders depend one way: renderer/compare and
 * renderer/export use the workspace (renderer/app) through its index.ts,
 * and the workspace reaches them only through the slots main.tsx hands in.
 * These tests read every source file's import lines (test-only file reads)
 * and fail on an import that goes around an entry point, or on any cycle.
 */

const RENDERER = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Folders with one entry point each: another folder may import only that file. */
const ENTRY_POINTS: Record<string, string> = { app: 'app/index.ts', compare: 'compare/index.ts', export: 'export/index.ts', review: 'review/index.ts' };

/** Which folder may import which (by entry point); anything not listed is refused. */
const ALLOWED: Record<string, readonly string[]> = { app: [], compare: ['app'], export: ['app'], review: ['app'] };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The module specifiers a file imports or re-exports (static and dynamic). */
export function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\s(?:[^'";]*?\sfrom\s*)?'([^']+)'/gm)) found.push(m[1]!);
  for (const m of source.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) found.push(m[1]!);
  return found;
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Relative path under renderer/ of every file and the renderer files it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(RENDERER)) {
    const targets = importSpecifiers(readFileSync(file, 'utf8'))
      .map((s) => resolveImport(file, s))
      .filter((t): t is string => t !== null && t.startsWith(RENDERER))
      .map((t) => relative(RENDERER, t).split('\\').join('/'));
    graph.set(relative(RENDERER, file).split('\\').join('/'), targets);
  }
  return graph;
}

/** One import cycle in a graph (as the files along it, first repeated at the end), or null. */
export function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

const folderOf = (file: string) => file.split('/')[0]!;
/** Test stand-ins for the service are not part of a folder's API. */
const isTestStandIn = (file: string) => file.includes('/testing/');

describe('module boundaries in the renderer', () => {
  const graph = importGraph();

  it('reads multi-line, type-only, re-export and dynamic imports', () => {
    const source = "import {\n  a,\n  b,\n} from './x';\nimport type { C } from '../y';\nexport { d } from './z';\nimport './side-effect.css';\nconst m = import('./lazy');";
    expect(importSpecifiers(source)).toEqual(['./x', '../y', './z', './side-effect.css', './lazy']);
  });

  it('finds a cycle when there is one', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', []]]))).toBeNull();
  });

  it('sees the folders it guards', () => {
    for (const entry of Object.values(ENTRY_POINTS)) expect(graph.has(entry), entry).toBe(true);
    expect(graph.get('main.tsx')).toContain('app/index.ts');
  });

  it('lets a folder reach another only through its index.ts, and only in the allowed direction', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = folderOf(file);
      const allowed = ALLOWED[from];
      if (!allowed) continue;
      for (const target of targets) {
        const to = folderOf(target);
        if (to === from || !(to in ENTRY_POINTS) || isTestStandIn(target)) continue;
        if (!allowed.includes(to)) wrong.push(`${file} imports ${target}: ${from}/ must not depend on ${to}/`);
        else if (target !== ENTRY_POINTS[to]) wrong.push(`${file} imports ${target}: go through ${ENTRY_POINTS[to]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import cycle between files of the renderer', () => {
    expect(findCycle(graph)).toBeNull();
  });

  it('has no cycle between the folders either', () => {
    const folders = new Map<string, string[]>();
    for (const [file, targets] of graph) {
      if (isTestStandIn(file) || file.includes('.test.')) continue;
      const from = folderOf(file);
      const list = folders.get(from) ?? [];
      for (const t of targets) if (folderOf(t) !== from && !list.includes(folderOf(t)) && !isTestStandIn(t)) list.push(folderOf(t));
      folders.set(from, list);
    }
    expect(findCycle(folders)).toBeNull();
  });
});
