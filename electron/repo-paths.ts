import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root when running from source (electron/ is one level down). */
export function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'seeds'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

/** The folder with the seed articles and seeds.json. */
export function seedsDir(): string {
  return path.join(projectRoot(), 'seeds');
}

/** The word vectors that give suggestions a sense of meaning. */
export function wordVectorsFile(): string {
  return path.join(projectRoot(), 'shared', 'suggest', 'vectors', 'words.wv');
}

/**
 * Per-user data folder, as Electron's app.getPath('userData') would pick it,
 * so browser mode and the desktop app find the same sample study.
 */
export function userDataDir(appName = 'Outlet Compare'): string {
  const home = os.homedir();
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', appName);
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), appName);
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), appName);
}
