import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Newest modification time of the given files and of any file under the given folders (skipping tests). */
function newestSource(dirs: string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (statSync(dir).isFile()) {
      newest = Math.max(newest, statSync(dir).mtimeMs);
      return;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of dirs) if (existsSync(dir)) walk(dir);
  return newest;
}

/** Whether dist/renderer is missing or older than the renderer or shared sources. */
export function rendererIsStale(root: string): boolean {
  const index = path.join(root, 'dist', 'renderer', 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return newestSource([path.join(root, 'renderer'), path.join(root, 'shared'), path.join(root, 'vite.config.ts')].filter(existsSync)) > built;
}

/** Builds the renderer with Vite when it is stale; returns the folder to serve. */
export async function ensureRendererBuilt(root: string, log: (line: string) => void): Promise<string> {
  const out = path.join(root, 'dist', 'renderer');
  if (rendererIsStale(root)) {
    log('Building the app…');
    // Vite warns that a future config loader will need file extensions in imports; ours follows the repo's TypeScript settings.
    process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
    const { build } = await import('vite');
    await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  }
  return out;
}
