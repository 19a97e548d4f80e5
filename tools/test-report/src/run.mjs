#!/usr/bin/env node
// @ts-check
// `pnpm test`: turbo runs each package's vitest (in dependency order, in parallel where it can); every suite also
// writes a JSON report, and this script adds them up into one closing line, e.g. "Tests: 212 passed, 0 failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const REPORT = '.vitest-report.json';
const root = new URL('../../../', import.meta.url).pathname;
const packageDirs = ['packages', 'tools'].flatMap((group) =>
  readdirSync(join(root, group), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(root, group, d.name)),
);

for (const dir of packageDirs) rmSync(join(dir, REPORT), { force: true });

const turbo = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'test', ...process.argv.slice(2), '--', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`],
  { cwd: root, stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
let skipped = 0;
const suites = [];
for (const dir of packageDirs) {
  const file = join(dir, REPORT);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  suites.push(`${dir.slice(root.length)}: ${report.numPassedTests}/${report.numTotalTests}`);
}
console.log(`\nSuites: ${suites.join(', ')}`);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(turbo.status ?? 1);
