import { spawn } from 'node:child_process';
import { projectRoot } from './repo-paths';
import { main as serveBrowserMode } from './host/serve';
import { ensureRendererBuilt } from './host/build-renderer';
import { electronBinary } from './electron-binary';

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
