#!/usr/bin/env node
// @ts-check
// `pnpm test`: builds what the tests need (turbo, cached), runs every vitest suite of the workspace in one vitest
// process (../all.vitest.config.mjs; a full run gives the type tests a second one alongside), runs any suite whose
// test script is not a plain `vitest run` on its own, and adds it all up into one closing line, e.g. "Tests: 212
// passed, 0 failed". Extra arguments go to vitest
// (`pnpm test --project @session-apis/sentinel`, `pnpm test contract`); a run narrowed that way does not fail for
// the suites it left out.
//
// The safety net: a suite with a test script that reported no test at all (did not run, or crashed before its
// first test) is named, and fails the run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MOCK_URLS_ENV, startMocks } from '@session-apis/mock';
import { listApis } from '@session-apis/registry';
import { listSuites } from './suites.mjs';
import { closingLine, summarize } from './summary.mjs';

const toolDir = fileURLToPath(new URL('../', import.meta.url));
const root = join(toolDir, '../..');
const report = join(toolDir, 'node_modules/.cache/vitest-report.json');
const turbo = join(root, 'node_modules/.bin/turbo');
const vitest = join(toolDir, 'node_modules/.bin/vitest');
const args = process.argv.slice(2);
const suites = listSuites(root);
/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', REDOCLY_TELEMETRY: 'off' };

/**
 * Not spawnSync: the shared Prism mocks are this process's children and log every request; their output must keep
 * flowing while a command runs.
 * @param {string} cmd @param {string[]} argv @param {Record<string, string>} [extraEnv] @param {string} [cwd]
 * @returns {Promise<number>}
 */
const run = (cmd, argv, extraEnv = {}, cwd = root) =>
  new Promise((resolve) => spawn(cmd, argv, { cwd, stdio: 'inherit', env: { ...env, ...extraEnv } }).once('close', (code) => resolve(code ?? 1)));

/**
 * Like run(), with the output held until the command ends (colours kept when this process writes to a terminal).
 * @param {string} cmd @param {string[]} argv @param {Record<string, string>} extraEnv
 * @returns {Promise<{ status: number, output: string }>}
 */
const runHeld = (cmd, argv, extraEnv) =>
  new Promise((resolve) => {
    const colour = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
    const child = spawn(cmd, argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, ...colour, ...extraEnv } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('close', (code) => resolve({ status: code ?? 1, output }));
  });

// 0. A full run keeps one Prism per API for all its suites (both clients' contract tests, the consumer smoke test):
//    they find them in SESSION_APIS_MOCK_URLS instead of starting their own. Started now, so they boot while turbo
//    checks the builds. A narrowed run leaves each suite to start what it needs.
const mocksStarting = args.length
  ? Promise.resolve([])
  : startMocks(listApis(root).map((api) => api.name)).catch((/** @type {Error} */ error) => {
      console.error(`Could not start the shared Prism mocks, so each suite starts its own: ${error.message}`);
      return [];
    });

async function stopMocks() {
  const mocks = await mocksStarting.catch(() => []);
  await Promise.all(mocks.map((m) => m.stop()));
}

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
if (builds.length && (await run(turbo, ['run', ...builds, '--output-logs=errors-only'])) !== 0) {
  console.log(`\nturbo run ${builds.join(' ')} failed: nothing was tested.\n${closingLine({ passed: 0, failed: 0, skipped: 0 })}`);
  await stopMocks();
  process.exit(1);
}

// 2. Every plain `vitest run` suite, in one vitest process. A full run gives the type tests (tsc, vitest's typecheck
//    pool) a second vitest process that starts alongside: vitest runs its typecheck pool only after every other test
//    file, so in one process the tsc runs were the last ~5 s of the run with one core idle. Their output is held and
//    printed after the first process's, so the two do not interleave.
const config = join(toolDir, 'all.vitest.config.mjs');
const typesReport = report.replace(/\.json$/, '-types.json');
for (const file of [report, typesReport]) rmSync(file, { force: true });
mkdirSync(dirname(report), { recursive: true });
const mocks = await mocksStarting;
if (mocks.length) env[MOCK_URLS_ENV] = JSON.stringify(Object.fromEntries(mocks.map((m) => [m.api, m.url])));
/** @param {string} out */
const vitestArgs = (out) => ['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...args];
const splitTypes = !args.length && suites.some((s) => s.vitest && s.script.includes('--typecheck'));
const typesRun = splitTypes ? runHeld(vitest, vitestArgs(typesReport), { TEST_REPORT_PART: 'types' }) : undefined;
const runtimeStatus = suites.some((s) => s.vitest)
  ? await run(vitest, vitestArgs(report), splitTypes ? { TEST_REPORT_PART: 'runtime' } : {})
  : 0;
let vitestStatus = runtimeStatus;
if (typesRun) {
  const types = await typesRun;
  process.stdout.write(`\nType tests (a vitest process of their own):\n${types.output}`);
  vitestStatus ||= types.status;
}

// 3. Any other suite, as its own script says: it passes or fails as a whole (its tests are not counted).
/** @type {string[]} */
const others = [];
let othersFailed = false;
if (!args.length) {
  for (const suite of suites.filter((s) => !s.vitest)) {
    console.log(`\n${suite.rel}: ${suite.script}`);
    const status = await run('pnpm', ['run', 'test'], {}, suite.dir);
    others.push(`${suite.rel}: ${status === 0 ? 'passed' : `FAILED (exit ${status})`} (not a plain vitest run: tests not counted)`);
    othersFailed ||= status !== 0;
  }
}

await stopMocks();

// 4. The totals.
const testResults = [report, typesReport].flatMap((file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).testResults : []));
const summary = summarize(suites, { testResults }, { narrowed: args.length > 0 });
console.log(`\n${summary.lines.join('\n')}`);
if (others.length) console.log(`Other suites: ${others.join(', ')}`);
console.log(closingLine(summary.total));
process.exit(summary.ok && vitestStatus === 0 && !othersFailed ? 0 : 1);
