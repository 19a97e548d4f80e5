// @ts-check
// Adds up vitest's JSON report per suite: the closing lines of `pnpm test`.
import { sep } from 'node:path';

/** @typedef {import('./suites.mjs').Suite} Suite */
/**
 * @typedef {{ testResults: { name: string, status: string, assertionResults: { status: string }[] }[] }} VitestReport
 * @typedef {{ passed: number, failed: number, skipped: number }} Counts
 */

/**
 * @param {Suite[]} suites  every suite of the workspace
 * @param {VitestReport} report  vitest's JSON report of the shared run
 * @param {{ narrowed?: boolean }} [options]  narrowed: the run was filtered, so a silent suite is not an error
 */
export function summarize(suites, report, { narrowed = false } = {}) {
  /** @type {Map<string, Counts & { files: number }>} */
  const bySuite = new Map(suites.filter((s) => s.vitest).map((s) => [s.rel, { passed: 0, failed: 0, skipped: 0, files: 0 }]));
  let brokenFiles = 0;
  for (const file of report.testResults) {
    const suite = suites.filter((s) => file.name.startsWith(s.dir + sep)).sort((a, b) => b.dir.length - a.dir.length)[0];
    const counts = suite && bySuite.get(suite.rel);
    if (!counts) continue;
    counts.files += 1;
    for (const test of file.assertionResults) {
      if (test.status === 'passed') counts.passed += 1;
      else if (test.status === 'failed') counts.failed += 1;
      else counts.skipped += 1;
    }
    // A file that failed before running a test (an import error, a throwing beforeAll) has no failed test to count.
    if (file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed')) brokenFiles += 1;
  }
  /** @type {Counts} */
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const counts of bySuite.values()) {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  const silent = narrowed ? [] : [...bySuite].filter(([, c]) => c.passed + c.failed === 0).map(([rel]) => rel);
  const perSuite = [...bySuite].filter(([, c]) => c.files).map(([rel, c]) => `${rel}: ${c.passed}/${c.passed + c.failed + c.skipped}`);
  const lines = [`Suites: ${perSuite.join(', ')}`];
  if (brokenFiles) lines.push(`Test files that failed outside any test (see above): ${brokenFiles}`);
  if (silent.length) lines.push(`Suites that reported no test (did not run, or crashed): ${silent.join(', ')}`);
  const ok = total.failed === 0 && brokenFiles === 0 && silent.length === 0;
  return { total, silent, brokenFiles, lines, ok };
}

/** The closing line, in the form CI reads: "Tests: N passed, N failed[, N skipped]". @param {Counts} total */
export const closingLine = (total) =>
  `Tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`;
