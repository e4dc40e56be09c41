import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import dns from 'node:dns';
import { transform } from 'esbuild';
import { buildElectron } from './build-electron';

/**
 * Runs Doyensec's Electronegativity over the built main process and preload
 * (dist/electron) and fails on any HIGH finding that the allow-list below
 * does not explain. Usage: `npx tsx tools/electronegativity.ts` (builds
 * first; `--no-build` scans the existing dist/electron).
 *
 * Two adaptations make the scan real rather than empty:
 * - Electronegativity only reads .js/.ts/.html files and silently skips our
 *   .cjs bundles, so they are scanned as .js copies.
 * - Its parser (2021 era) cannot read class private fields and fails the
 *   whole file, so the copies are lowered to ES2020 syntax with esbuild.
 *   Lowering rewrites syntax only; the Electron API calls the checks look
 *   for are unchanged.
 * A file that still fails to parse fails the run: an unparsed bundle would
 * otherwise pass with zero findings. When the renderer has been built, its
 * index.html is scanned as well, so the CSP check sees the page's policy.
 */

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';

/** One finding, flattened from Electronegativity's issue objects. */
export interface Finding {
  id: string;
  severity: Severity;
  confidence: string;
  /** The bundle it is in (main.cjs / preload.cjs), or N/A for global checks. */
  file: string;
  line: number;
  column: number;
  /** The source line that matched. */
  sample: string;
  manualReview: boolean;
  description: string;
}

/** A HIGH finding we accept, matched by check id, bundle and matched source text, with the reason. */
export interface AllowListEntry {
  id: string;
  file: string;
  sample: string;
  justification: string;
}

export const ALLOW_LIST: readonly AllowListEntry[] = [
  {
    id: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'main.cjs',
    sample: 'this.window = new BrowserWindow(this)',
    justification:
      "Not Electron's BrowserWindow: this is happy-dom's own BrowserWindow class (happy-dom/lib/browser/BrowserFrame.js), " +
      'bundled because HTML import parses pages in an inert happy-dom window. It has no webPreferences because it is not ' +
      "a Chromium window. Our only Electron window is created in electron/main/window.ts with webPreferences() " +
      '(contextIsolation: true, sandbox: true; see electron/security/web-preferences.test.ts). The match includes the ' +
      'exact source text, so any other window without contextIsolation still fails the run.',
  },
];

/** Whether an allow-list entry explains a finding. */
function allows(entry: AllowListEntry, finding: Finding): boolean {
  return entry.id === finding.id && entry.file === finding.file && finding.sample.includes(entry.sample);
}

export interface Evaluation {
  failing: Finding[];
  allowed: { finding: Finding; entry: AllowListEntry }[];
  /** Entries that matched nothing: stale, and worth deleting. */
  unusedEntries: AllowListEntry[];
  counts: Record<Severity, number>;
  passed: boolean;
  summary: string;
}

/** Sorts findings into failing (HIGH, not allow-listed) and allowed, and writes the summary line. */
export function evaluateFindings(findings: readonly Finding[], allowList: readonly AllowListEntry[], parseErrors: readonly string[] = []): Evaluation {
  const counts: Record<Severity, number> = { HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0 };
  const failing: Finding[] = [];
  const allowed: Evaluation['allowed'] = [];
  const used = new Set<AllowListEntry>();
  for (const finding of findings) {
    counts[finding.severity] += 1;
    if (finding.severity !== 'HIGH') continue;
    const entry = allowList.find((e) => allows(e, finding));
    if (entry) {
      allowed.push({ finding, entry });
      used.add(entry);
    } else {
      failing.push(finding);
    }
  }
  const passed = failing.length === 0 && parseErrors.length === 0;
  const summary =
    `electronegativity: ${findings.length} finding(s) (HIGH ${counts.HIGH}, MEDIUM ${counts.MEDIUM}, LOW ${counts.LOW}, ` +
    `INFORMATIONAL ${counts.INFORMATIONAL}); HIGH allow-listed ${allowed.length}, HIGH failing ${failing.length}` +
    `${parseErrors.length ? `, files not parsed ${parseErrors.length}` : ''} -> ${passed ? 'PASS' : 'FAIL'}`;
  return { failing, allowed, unusedEntries: allowList.filter((e) => !used.has(e)), counts, passed, summary };
}

/** The shape of Electronegativity's programmatic result (it ships no types). */
interface RawIssue {
  id: string;
  file: string;
  sample?: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  manualReview?: boolean;
  description?: string;
}
interface RawResult {
  issues: RawIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}
type Run = (options: Record<string, unknown>) => Promise<RawResult>;

function toSeverity(name: string): Severity {
  return name === 'HIGH' || name === 'MEDIUM' || name === 'LOW' ? name : 'INFORMATIONAL';
}

/** Scans the bundles in `distDir` (lowered .js copies, see above); returns findings named after the real bundles. */
export async function scanBundles(
  distDir: string,
  /** The renderer's entry page, scanned too when given, so the CSP check sees its policy. */
  pageHtml: string | null = null,
): Promise<{ files: string[]; findings: Finding[]; parseErrors: string[] }> {
  const bundles = (await readdir(distDir)).filter((f) => f.endsWith('.cjs')).sort();
  if (bundles.length === 0) throw new Error(`No .cjs bundles in ${distDir}; run \`npx tsx tools/build-electron.ts\` first`);
  const scanDir = await mkdtemp(join(tmpdir(), 'electronegativity-'));
  try {
    const copyOf = new Map<string, string>();
    for (const bundle of bundles) {
      const lowered = await transform(await readFile(join(distDir, bundle), 'utf8'), { loader: 'js', target: 'es2020', logLevel: 'silent' });
      const copy = bundle.replace(/\.cjs$/, '.js');
      await writeFile(join(scanDir, copy), lowered.code);
      copyOf.set(copy, bundle);
    }
    if (pageHtml) {
      await writeFile(join(scanDir, 'renderer-index.html'), await readFile(pageHtml));
      copyOf.set('renderer-index.html', 'renderer/index.html');
    }
    const electronVersion = JSON.parse(await readFile(join(repoRoot, 'node_modules/electron/package.json'), 'utf8')).version as string;
    const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Run;
    keepOffline();
    const result = await run({ input: scanDir, electronVersionOverride: electronVersion, isRelative: true });
    const nameOf = (file: string) => copyOf.get(basename(file)) ?? file;
    const findings = result.issues.map(
      (issue): Finding => ({
        id: issue.id,
        severity: toSeverity(issue.severity.name),
        confidence: issue.confidence.name,
        file: nameOf(issue.file),
        line: issue.location.line,
        column: issue.location.column,
        sample: (issue.sample ?? '').trim(),
        manualReview: issue.manualReview === true,
        description: issue.description ?? '',
      }),
    );
    const parseErrors = result.errors.filter((e) => !e.tolerable).map((e) => `${nameOf(e.file)}: ${e.message}`);
    return { files: [...copyOf.values()], findings, parseErrors };
  } finally {
    await rm(scanDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const distDir = join(repoRoot, 'dist', 'electron');
  if (!process.argv.includes('--no-build')) await buildElectron({ quiet: true });
  // The renderer is built by Vite (npm run build); its page carries the CSP as a meta tag too.
  const page = join(repoRoot, 'dist', 'renderer', 'index.html');
  const { files, findings, parseErrors } = await scanBundles(distDir, existsSync(page) ? page : null);
  const evaluation = evaluateFindings(findings, ALLOW_LIST, parseErrors);
  console.log(`scanned ${files.map((f) => (f.startsWith('renderer/') ? `dist/${f}` : `dist/electron/${f}`)).join(', ')} (line numbers refer to the ES2020 copies)`);
  for (const error of parseErrors) console.log(`NOT PARSED ${error}`);
  for (const f of findings) {
    const allowed = evaluation.allowed.find((a) => a.finding === f);
    const status = f.severity !== 'HIGH' ? 'note' : allowed ? 'allowed' : 'FAIL';
    console.log(`${status.padEnd(7)} ${f.severity.padEnd(6)} ${f.id} ${f.file}:${f.line}:${f.column}${f.manualReview ? ' (manual review)' : ''} ${f.sample.slice(0, 100)}`);
  }
  for (const entry of evaluation.unusedEntries) console.log(`warning: allow-list entry ${entry.id} (${entry.sample}) matched nothing; remove it`);
  console.log(evaluation.summary);
  if (!evaluation.passed) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}

/**
 * Electronegativity fetches translations and Electron's release list from the
 * internet. The scan must not depend on (or reach for) the network, so in
 * this process every DNS lookup fails at once, as it would offline; the tool
 * then carries on with its bundled data.
 */
function keepOffline(): void {
  const refuse = (hostname: string, ...rest: unknown[]) => {
    const callback = rest[rest.length - 1] as (error: NodeJS.ErrnoException) => void;
    const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname} (the security scan runs offline)`);
    error.code = 'ENOTFOUND';
    process.nextTick(() => callback(error));
  };
  (dns as { lookup: unknown }).lookup = refuse;
}
