#!/usr/bin/env node
// @ts-check
// `pnpm test`: turbo runs each package's vitest (in dependency order, in parallel where it can); every suite also
// writes a JSON report, and this script adds them up into one closing line, e.g. "Tests: 212 passed, 0 failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const REPORT = '.vitest-report.json';
const root = new URL('../../../', import.meta.url).pathname;
const packageDirs = ['packages', 'tools'].flatMap((group) =>
  readdirSync(join(root, group), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(root, group, d.name)),
);

for (const dir of packageDirs) rmSync(join(dir, REPORT), { force: true });

// --continue: every suite runs and reports even when another fails. At most one suite per core at a time: each
// suite is itself parallel (vitest workers, Prism, Chromium, npm), and more at once only makes timeouts flaky.
const concurrency = String(Math.max(2, availableParallelism()));
const turbo = spawnSync(
  'pnpm',
  [
    'exec', 'turbo', 'run', 'test', '--continue', `--concurrency=${concurrency}`, ...process.argv.slice(2),
    '--', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`,
  ],
  { cwd: root, stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
let skipped = 0;
const suites = [];
const unreported = [];
for (const dir of packageDirs) {
  const file = join(dir, REPORT);
  if (!existsSync(file)) {
    const manifest = join(dir, 'package.json');
    const hasTests = existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).scripts?.test;
    if (hasTests && process.argv.length <= 2) unreported.push(dir.slice(root.length));
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  suites.push(`${dir.slice(root.length)}: ${report.numPassedTests}/${report.numTotalTests}`);
}
console.log(`\nSuites: ${suites.join(', ')}`);
if (unreported.length) console.log(`Suites that wrote no report (did not run, or crashed): ${unreported.join(', ')}`);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(turbo.status === 0 && unreported.length === 0 ? 0 : (turbo.status ?? 1) || 1);
