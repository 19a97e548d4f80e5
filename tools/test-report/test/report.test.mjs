// @ts-check
// Which suites `pnpm test` runs, and how their results add up (including the "reported no test" safety net).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPlainVitestRun, listSuites } from '../src/suites.mjs';
import LongestFirst from '../src/sequencer.mjs';
import { closingLine, summarize } from '../src/summary.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'test-report-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** @param {string} repo @param {string} rel @param {Record<string, string>} [scripts] */
function workspacePackage(repo, rel, scripts) {
  mkdirSync(join(repo, rel), { recursive: true });
  writeFileSync(join(repo, rel, 'package.json'), JSON.stringify({ name: `@t/${rel.split('/').pop()}`, scripts }));
}

/** A workspace of four packages, three with tests (one not run by vitest), and a folder that is no package. */
function makeRepo(/** @type {string} */ name) {
  const repo = join(scratch, name);
  mkdirSync(repo);
  writeFileSync(join(repo, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n  - tools/*\n  - specs/*\n');
  workspacePackage(repo, 'packages/client', { test: 'vitest run --typecheck', build: 'tsc' });
  workspacePackage(repo, 'packages/docs', { docs: 'make-docs' }); // no test script: not a suite
  workspacePackage(repo, 'tools/codegen', { test: 'vitest run' });
  workspacePackage(repo, 'tools/legacy', { test: 'node --test' });
  workspacePackage(repo, 'specs/acme', { test: 'vitest run' });
  mkdirSync(join(repo, 'tools/not-a-package'), { recursive: true });
  return repo;
}
const repo = makeRepo('base');

describe('listSuites', () => {
  it('lists every workspace package with a test script, and only those', () => {
    expect(listSuites(repo).map((s) => [s.rel, s.name, s.vitest])).toEqual([
      ['packages/client', '@t/client', true],
      ['tools/codegen', '@t/codegen', true],
      ['tools/legacy', '@t/legacy', false],
      ['specs/acme', '@t/acme', true],
    ]);
  });

  it('picks up a package added later in any workspace folder, with no other edit', () => {
    const grown = makeRepo('grown');
    workspacePackage(grown, 'tools/conformance', { test: 'vitest run' });
    expect(listSuites(grown).map((s) => s.rel)).toEqual(['packages/client', 'tools/codegen', 'tools/conformance', 'tools/legacy', 'specs/acme']);
  });

  it('runs in the shared vitest process only the scripts that are a plain `vitest run`', () => {
    expect(isPlainVitestRun('vitest run')).toBe(true);
    expect(isPlainVitestRun('vitest run --typecheck')).toBe(true);
    expect(isPlainVitestRun('tsc && vitest run')).toBe(false);
    expect(isPlainVitestRun('vitest run test/only-this.test.ts')).toBe(false);
    expect(isPlainVitestRun('node --test')).toBe(false);
  });
});

describe('summarize', () => {
  const suites = () => listSuites(repo);
  /** @param {string} rel @param {string[]} statuses @param {string} [status] */
  const file = (rel, statuses, status = statuses.includes('failed') ? 'failed' : 'passed') => ({
    name: join(repo, rel),
    status,
    assertionResults: statuses.map((s) => ({ status: s })),
  });

  it('adds up passed, failed and skipped tests per suite and overall', () => {
    const report = {
      testResults: [
        file('packages/client/test/a.test.ts', ['passed', 'passed', 'failed']),
        file('packages/client/test/types.test-d.ts', ['passed']),
        file('tools/codegen/test/c.test.mjs', ['passed', 'skipped']),
        file('specs/acme/test/s.test.mjs', ['passed']),
      ],
    };
    const summary = summarize(suites(), report);
    expect(summary.total).toEqual({ passed: 5, failed: 1, skipped: 1 });
    expect(summary.lines[0]).toBe('Suites: packages/client: 3/4, tools/codegen: 1/2, specs/acme: 1/1');
    expect(summary.ok).toBe(false);
    expect(closingLine(summary.total)).toBe('Tests: 5 passed, 1 failed, 1 skipped');
  });

  it('names a suite that reported no test, and fails the run for it', () => {
    const report = { testResults: [file('packages/client/test/a.test.ts', ['passed']), file('specs/acme/test/s.test.mjs', ['passed'])] };
    const summary = summarize(suites(), report);
    expect(summary.silent).toEqual(['tools/codegen']);
    expect(summary.lines).toContain('Suites that reported no test (did not run, or crashed): tools/codegen');
    expect(summary.ok).toBe(false);
    expect(closingLine(summary.total)).toBe('Tests: 2 passed, 0 failed');
  });

  it('counts a file that failed before any test ran (no failed test to count) as a failure', () => {
    const report = {
      testResults: [
        file('packages/client/test/a.test.ts', [], 'failed'),
        file('tools/codegen/test/c.test.mjs', ['passed']),
        file('specs/acme/test/s.test.mjs', ['passed']),
      ],
    };
    const summary = summarize(suites(), report);
    expect(summary.brokenFiles).toBe(1);
    expect(summary.silent).toEqual(['packages/client']);
    expect(summary.ok).toBe(false);
  });

  it('does not blame the suites a narrowed run left out', () => {
    const summary = summarize(suites(), { testResults: [file('tools/codegen/test/c.test.mjs', ['passed'])] }, { narrowed: true });
    expect(summary).toMatchObject({ silent: [], ok: true, total: { passed: 1, failed: 0, skipped: 0 } });
  });
});

describe('LongestFirst (the order files start in)', () => {
  const dir = join(scratch, 'order');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'unit.test.mjs'), "import { it } from 'vitest';\n".repeat(20));
  writeFileSync(join(dir, 'cli.test.mjs'), "import { spawnSync } from 'node:child_process';\n");
  writeFileSync(join(dir, 'slow-unit.test.mjs'), '');
  /** @param {string} name @param {number} testTimeout */
  const spec = (name, testTimeout) => ({ moduleId: join(dir, name), project: { name: 'p', config: { testTimeout } } });
  const specs = [spec('unit.test.mjs', 10_000), spec('slow-unit.test.mjs', 90_000), spec('cli.test.mjs', 10_000)];
  /** @param {Record<string, number>} durations */
  const sequencer = (durations) =>
    new LongestFirst(/** @type {any} */ ({
      config: { root: dir },
      cache: {
        getFileTestResults: (/** @type {string} */ key) => (key.slice(2) in durations ? { duration: durations[key.slice(2)], failed: false } : undefined),
        getFileStats: () => undefined,
      },
    }));
  const names = (/** @type {any[]} */ sorted) => sorted.map((s) => s.moduleId.slice(dir.length + 1));

  it('without timings from an earlier run: files that start processes first, then by testTimeout', async () => {
    expect(names(await sequencer({}).sort(/** @type {any} */ (specs)))).toEqual(['cli.test.mjs', 'slow-unit.test.mjs', 'unit.test.mjs']);
  });

  it("with the last run's durations for every file: longest first", async () => {
    const durations = { 'unit.test.mjs': 3_000, 'slow-unit.test.mjs': 100, 'cli.test.mjs': 1_000 };
    expect(names(await sequencer(durations).sort(/** @type {any} */ (specs)))).toEqual(['unit.test.mjs', 'cli.test.mjs', 'slow-unit.test.mjs']);
  });

  it("keeps each suite's files together (a worker is reused only within its suite), suites by their heaviest file", async () => {
    const other = (/** @type {string} */ name) => ({ moduleId: join(dir, name), project: { name: 'q', config: { testTimeout: 10_000 } } });
    const mixed = [...specs, other('q-slow.test.mjs'), other('q-fast.test.mjs')];
    const durations = { 'unit.test.mjs': 3_000, 'slow-unit.test.mjs': 100, 'cli.test.mjs': 1_000, 'q-slow.test.mjs': 5_000, 'q-fast.test.mjs': 10 };
    expect(names(await sequencer(durations).sort(/** @type {any} */ (mixed)))).toEqual([
      'q-slow.test.mjs',
      'q-fast.test.mjs',
      'unit.test.mjs',
      'cli.test.mjs',
      'slow-unit.test.mjs',
    ]);
  });
});
