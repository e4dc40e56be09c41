import { isAbsolute, join, resolve } from 'node:path';

/** Where the running app finds its parts. */
export interface AppPaths {
  preload: string;
  /** The built renderer (Vite output), served over app://. */
  rendererRoot: string;
  /** The seed articles for the sample study. */
  seedsDir: string;
  /** The word vectors suggestions use for meaning. */
  wordVectorsFile: string;
}

/**
 * Paths from the folder of the bundled main.cjs (dist/electron). The renderer
 * sits beside it (dist/renderer, inside app.asar when packaged). Seeds are
 * plain files: <repo>/seeds in development, <resources>/seeds when packaged
 * (electron-builder's extraResources), so the service can read them with fs.
 */
export function appPaths(options: { bundleDir: string; isPackaged: boolean; resourcesPath: string }): AppPaths {
  const bundleDir = resolve(options.bundleDir);
  return {
    preload: join(bundleDir, 'preload.cjs'),
    rendererRoot: join(bundleDir, '..', 'renderer'),
    seedsDir: options.isPackaged ? join(options.resourcesPath, 'seeds') : join(bundleDir, '..', '..', 'seeds'),
    wordVectorsFile: options.isPackaged ? join(options.resourcesPath, 'word-vectors', 'words.wv') : join(bundleDir, '..', '..', 'shared', 'suggest', 'vectors', 'words.wv'),
  };
}

/**
 * The study folder given on the command line, if any, resolved against the
 * working directory of the instance that received it. Electron's own
 * arguments are skipped: the executable, plus the app path when running
 * unpackaged (`electron dist/electron/main.cjs`), and every `--switch`
 * (Chromium adds some of its own to a second instance's argv).
 */
export function studyDirFromArgv(argv: readonly string[], options: { defaultApp: boolean; cwd: string }): string | null {
  const args = argv.slice(options.defaultApp ? 2 : 1);
  const candidate = args.find((arg) => arg !== '' && !arg.startsWith('-'));
  if (!candidate) return null;
  return isAbsolute(candidate) ? resolve(candidate) : resolve(options.cwd, candidate);
}
