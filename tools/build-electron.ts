import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions, type Message } from 'esbuild';

/**
 * Bundles the Electron side into dist/electron:
 * - main.cjs: the main process and everything it imports (service, store,
 *   lowdb, zod...), CommonJS for Node. Only `electron` stays external: the
 *   packaged app ships dist/** without node_modules, so the bundle must be
 *   self-contained. lowdb is ESM-only; esbuild converts it into the CJS bundle.
 * - preload.cjs: the preload for a sandboxed renderer, which can `require`
 *   nothing but `electron` (and a few polyfilled modules), so everything else
 *   is bundled in. Built for the browser platform so a stray Node built-in
 *   fails the build instead of failing at runtime.
 * The renderer is built separately by Vite into dist/renderer.
 */

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface BuildResult {
  main: string;
  preload: string;
  warnings: Message[];
}

/** Builds main.cjs and preload.cjs into `outDir` (default dist/electron). */
export async function buildElectron(options: { outDir?: string; /** Minify main.cjs too (the preload always is). */ minify?: boolean; quiet?: boolean } = {}): Promise<BuildResult> {
  const outDir = resolve(options.outDir ?? join(repoRoot, 'dist', 'electron'));
  await mkdir(outDir, { recursive: true });
  const common: BuildOptions = {
    absWorkingDir: repoRoot,
    bundle: true,
    format: 'cjs',
    external: ['electron'],
    sourcemap: true,
    legalComments: 'eof',
    logLevel: options.quiet ? 'silent' : 'warning',
  };
  const main = join(outDir, 'main.cjs');
  const preload = join(outDir, 'preload.cjs');
  const [mainResult, preloadResult] = await Promise.all([
    build({
      ...common,
      entryPoints: [join(repoRoot, 'electron/main/main.ts')],
      outfile: main,
      platform: 'node',
      target: 'node22',
      minify: options.minify ?? false,
    }),
    build({
      ...common,
      entryPoints: [join(repoRoot, 'electron/preload.ts')],
      outfile: preload,
      platform: 'browser',
      target: 'chrome130',
      // The preload is parsed on every page load and carries zod (for the contract's names): keep it small.
      minify: true,
      // A sandboxed preload's `process` is a partial polyfill; settle the one lookup libraries make.
      define: { 'process.env.NODE_ENV': '"production"' },
    }),
  ]);
  return { main, preload, warnings: [...mainResult.warnings, ...preloadResult.warnings] };
}

// Run directly: `npx tsx tools/build-electron.ts`
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  buildElectron()
    .then(({ main, preload, warnings }) => {
      console.log(`built ${main} and ${preload}${warnings.length ? ` with ${warnings.length} warning(s)` : ''}`);
    })
    .catch(() => {
      // esbuild has already printed the errors.
      process.exitCode = 1;
    });
}
