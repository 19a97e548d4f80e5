#!/usr/bin/env node
// @ts-check
// `pnpm test`: builds what the tests need (turbo, cached), runs every vitest suite of the workspace in one vitest
// process (../all.vitest.config.mjs), runs any suite whose test script is not a plain `vitest run` on its own, and adds
// it all up into one closing line, e.g. "Tests: 212 passed, 0 failed". Extra arguments go to vitest
// (`pnpm test --project @session-apis/sentinel`, `pnpm test contract`); a run narrowed that way does not fail for
// the suites it left out.
//
// The safety net: a suite with a test script that reported no test at all (did not run, or crashed before its
// first test) is named, and fails the run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listSuites } from './suites.mjs';
import { closingLine, summarize } from './summary.mjs';

const toolDir = fileURLToPath(new URL('../', import.meta.url));
const root = join(toolDir, '../..');
const report = join(toolDir, 'node_modules/.cache/vitest-report.json');
const turbo = join(root, 'node_modules/.bin/turbo');
const vitest = join(toolDir, 'node_modules/.bin/vitest');
const args = process.argv.slice(2);
const suites = listSuites(root);
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', REDOCLY_TELEMETRY: 'off' };

/** @param {string} cmd @param {string[]} argv @param {string} [cwd] */
const run = (cmd, argv, cwd = root) => spawnSync(cmd, argv, { cwd, stdio: 'inherit', env }).status ?? 1;

// 1. What the tests depend on in turbo.json (generate, build, the docs site…), without the `test` tasks themselves:
//    cached after the set-up command. No pass-through arguments: turbo would hash them into every task, and the
//    builds would run again on each `pnpm test`.
const dry = spawnSync(turbo, ['run', 'test', '--dry=json'], { cwd: root, encoding: 'utf8', env, maxBuffer: 64 << 20 });
if (dry.status !== 0) {
  process.stderr.write(dry.stderr);
  process.exit(dry.status ?? 1);
}
/** @type {string[]} */
const prerequisites = [...new Set(JSON.parse(dry.stdout).tasks.map((/** @type {{ task: string }} */ t) => t.task))];
const builds = prerequisites.filter((task) => task !== 'test');
if (builds.length && run(turbo, ['run', ...builds, '--output-logs=errors-only']) !== 0) {
  console.log(`\nturbo run ${builds.join(' ')} failed: nothing was tested.\n${closingLine({ passed: 0, failed: 0, skipped: 0 })}`);
  process.exit(1);
}

// 2. Every plain `vitest run` suite, in one vitest process.
rmSync(report, { force: true });
mkdirSync(dirname(report), { recursive: true });
const vitestStatus = suites.some((s) => s.vitest)
  ? run(vitest, ['run', '--config', join(toolDir, 'all.vitest.config.mjs'), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args])
  : 0;

// 3. Any other suite, as its own script says: it passes or fails as a whole (its tests are not counted).
/** @type {string[]} */
const others = [];
let othersFailed = false;
if (!args.length) {
  for (const suite of suites.filter((s) => !s.vitest)) {
    console.log(`\n${suite.rel}: ${suite.script}`);
    const status = run('pnpm', ['run', 'test'], suite.dir);
    others.push(`${suite.rel}: ${status === 0 ? 'passed' : `FAILED (exit ${status})`} (not a plain vitest run: tests not counted)`);
    othersFailed ||= status !== 0;
  }
}

// 4. The totals.
const summary = summarize(suites, existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : { testResults: [] }, { narrowed: args.length > 0 });
console.log(`\n${summary.lines.join('\n')}`);
if (others.length) console.log(`Other suites: ${others.join(', ')}`);
console.log(closingLine(summary.total));
process.exit(summary.ok && vitestStatus === 0 && !othersFailed ? 0 : 1);
