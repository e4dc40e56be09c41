import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * js-yaml is the YAML parser electron-builder itself uses; it is installed
 * here as a dependency of a dev tool (not a direct dependency), hence the
 * plain require with a declared shape.
 */
const { load } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

type Config = Record<string, unknown> & {
  directories?: { output?: string };
  files?: string[];
  extraResources?: { from: string; to: string }[];
  linux?: { target?: string[]; category?: string; maintainer?: string };
  mac?: { target?: string[] };
  win?: { target?: string[] };
  electronFuses?: Record<string, boolean>;
};

const config = load(readFileSync(join(repoRoot, 'electron-builder.yml'), 'utf8')) as Config;
const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { main?: string };

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.productName).toBe('Outlet Compare');
  });

  it('packages the bundles and package.json into an asar, writing to release/', () => {
    expect(config.asar).toBe(true);
    expect(config.directories?.output).toBe('release');
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
  });

  it('starts from the bundled main process', () => {
    expect(packageJson.main).toBe('dist/electron/main.cjs');
  });

  it('ships the seeds and the word vectors outside the asar, where the service reads them', () => {
    expect(config.extraResources).toEqual([
      expect.objectContaining({ from: 'seeds', to: 'seeds' }),
      expect.objectContaining({ from: 'shared/suggest/vectors', to: 'word-vectors' }),
    ]);
    expect(existsSync(join(repoRoot, 'seeds'))).toBe(true);
    expect(existsSync(join(repoRoot, 'shared', 'suggest', 'vectors', 'words.wv'))).toBe(true);
  });

  it('builds AppImage and deb for Linux, dmg for macOS, NSIS for Windows', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/^.+ <.+@.+>$/);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
  });

  it('turns off the Electron features the app does not use', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
