import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH } from './chromium';

/**
 * `npm test`: typecheck, unit tests (vitest), the security scan and the
 * end-to-end tests (Playwright), then one closing line `N passed, N failed`
 * that adds vitest and Playwright up, so a run that executed nothing shows.
 */

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'test-results', 'counts');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

function step(title: string, command: string, args: string[], env: Record<string, string> = {}): number {
  process.stdout.write(`\n=== ${title}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped };
}

let failedSteps = 0;
if (step('Typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']) !== 0) failedSteps++;

const vitestJson = path.join(out, 'vitest.json');
const vitestStatus = step('Unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const unit = vitestCounts(vitestJson);
if (vitestStatus !== 0 && unit.failed === 0) failedSteps++;

if (step('Build', 'npm', ['run', 'build', '--silent']) !== 0) failedSteps++;
if (step('Security scan', 'npx', ['tsx', 'tools/electronegativity.ts']) !== 0) failedSteps++;

let e2e: Counts = { passed: 0, failed: 0, skipped: 0 };
const chromium = CHROMIUM_PATH;
if (!existsSync(chromium)) {
  process.stdout.write(`\nEnd-to-end tests need Chromium at ${chromium} (Debian: apt-get install chromium).\n`);
  e2e = { passed: 0, failed: 1, skipped: 0 };
} else {
  const playwrightJson = path.join(out, 'playwright.json');
  const status = step('End-to-end tests', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson });
  e2e = playwrightCounts(playwrightJson);
  if (status !== 0 && e2e.failed === 0) failedSteps++;
}

const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + failedSteps;
const skipped = unit.skipped + e2e.skipped;
process.stdout.write(`\nunit ${unit.passed} passed, ${unit.failed} failed; e2e ${e2e.passed} passed, ${e2e.failed} failed; other failed steps: ${failedSteps}\n`);
process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
