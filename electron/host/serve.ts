import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { StudyError } from '../../shared/errors';
import { projectRoot, seedsDir, userDataDir, wordVectorsFile } from '../repo-paths';
import { browserPolicy, guardStudyFolders } from '../security/study-paths';
import { StudyService } from '../service/service';
import { ensureRendererBuilt } from './build-renderer';
import { startHost, type Host } from './server';

export interface ServeOptions {
  port?: number;
  study?: string;
  log?: (line: string) => void;
}

/**
 * Opens a study (the sample study in the user data folder when none is
 * given, created on first use), builds the renderer if needed and serves both.
 */
export async function serve(options: ServeOptions = {}): Promise<Host & { service: StudyService }> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const root = projectRoot();
  const service = new StudyService({ seedsDir: seedsDir(), wordVectorsFile: wordVectorsFile() });
  const dataDir = userDataDir();
  const sample = path.join(dataDir, 'Sample.study');
  const servedStudy = path.resolve(options.study ?? sample);
  if (options.study) {
    await service.openStudy({ dir: options.study });
  } else {
    if (existsSync(path.join(sample, 'project.json'))) await service.openStudy({ dir: sample });
    else {
      log(`Creating the sample study in ${sample}`);
      await service.createSampleStudy({ dir: sample });
    }
  }
  const rendererDir = await ensureRendererBuilt(root, log);
  // The page may only name the served study and folders under the app's data folder.
  const api = guardStudyFolders(service, browserPolicy({ servedStudy, dataDir }));
  const host = await startHost({ api, rendererDir, ...(options.port !== undefined ? { port: options.port } : {}) });
  return {
    ...host,
    service,
    close: async () => {
      await host.close();
      await service.close();
    },
  };
}

/** Parses `--port N --study DIR`; exits 2 with a one-line message on bad input. */
export function parseServeArgs(argv: string[]): ServeOptions {
  const { values } = parseArgs({ args: argv, options: { port: { type: 'string' }, study: { type: 'string' } }, strict: true });
  const options: ServeOptions = {};
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) throw new StudyError('bad-input', `--port must be a number from 0 to 65535, got "${values.port}"`);
    options.port = port;
  }
  if (values.study !== undefined) options.study = values.study;
  return options;
}

/** Runs browser mode until interrupted; prints the one line with the URL to open. */
export async function main(argv = process.argv.slice(2)): Promise<void> {
  let host;
  try {
    host = await serve(parseServeArgs(argv));
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    process.exit(2);
  }
  process.stdout.write(`Open ${host.url}\n`);
  const stop = async () => {
    await host.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  await main();
}
