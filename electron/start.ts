import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { projectRoot } from './repo-paths';
import { main as serveBrowserMode } from './host/serve';
import { ensureRendererBuilt } from './host/build-renderer';

/**
 * The path of the Electron binary, or null when the npm package was installed
 * without it (download blocked, ELECTRON_SKIP_BINARY_DOWNLOAD, install scripts off).
 */
export function electronBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const binary = require('electron') as unknown;
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** `npm start`: the desktop app on the sample study, or browser mode when Electron is not installed. */
async function start(): Promise<void> {
  const binary = electronBinary();
  if (!binary) {
    process.stderr.write('Electron is not installed here (its binary was not downloaded), so the app opens in browser mode instead.\n');
    await serveBrowserMode(process.argv.slice(2));
    return;
  }
  const root = projectRoot();
  await ensureRendererBuilt(root, (line) => process.stderr.write(`${line}\n`));
  const { buildElectron } = await import('../tools/build-electron');
  await buildElectron();
  const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

await start();
