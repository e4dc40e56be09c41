import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The path of the Electron binary, or null when the npm package was installed
 * without it (download blocked, ELECTRON_SKIP_BINARY_DOWNLOAD, install scripts off).
 * It reads the package's path.txt instead of require('electron'): from Electron
 * 45 on, requiring the package downloads a missing binary on the spot, which
 * hangs where the network is closed.
 */
export function electronBinary(packageDir = electronPackageDir()): string | null {
  if (!packageDir) return null;
  let relative: string;
  try {
    relative = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const binary = join(distDir, relative);
  return relative && existsSync(binary) ? binary : null;
}

function electronPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}
