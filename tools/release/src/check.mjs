// @ts-check
// The changeset check as a function of its options, returning its exit code and what it prints: the CLI
// (check-changeset.mjs) only parses argv and writes the result, so the tests run every case in one process
// (spec-diff's imports — TypeScript, Redocly — load once, not once per case).
import { execFileSync } from 'node:child_process';
import { bumpShortfalls, describeShortfall } from './bump-check.mjs';
import { missingChangesets } from './changed-packages.mjs';

/**
 * @typedef {object} CheckResult
 * @property {0 | 1 | 2} code  0: covered; 1: a changeset is missing or bumps too little; 2: the check could not run
 * @property {string} stdout
 * @property {string} stderr
 */

/**
 * @param {{ repo: string, base?: string, githubBaseRef?: string }} options
 *   `base` as given by `--base`; without it `origin/<githubBaseRef>`, then origin/main, then main
 * @returns {Promise<CheckResult>}
 */
export async function checkChangeset({ repo, base: given, githubBaseRef }) {
  /** @type {string[]} */
  const out = [];
  /** @type {string[]} */
  const err = [];
  const result = (/** @type {0 | 1 | 2} */ code) => ({ code, stdout: lines(out), stderr: lines(err) });

  const candidates = [given, githubBaseRef && `origin/${githubBaseRef}`, 'origin/main', 'main'];
  const base = candidates.find((ref) => ref && refExists(repo, ref));
  if (!base) {
    err.push(`check-changeset: no base revision found (tried ${candidates.filter(Boolean).join(', ')}); pass --base <ref>`);
    return result(2);
  }

  let failed = false;
  const missing = missingChangesets(repo, base);
  if (missing.length > 0) {
    err.push(
      `✗ The generated types of ${missing.join(', ')} changed since ${base}, but no changeset names ${missing.length > 1 ? 'them' : 'it'}.\n` +
        '  A spec change that alters a client\'s types is a change its users see: run `pnpm changeset`, choose the bump, commit the file.',
    );
    failed = true;
  }
  // The bump must match what the spec diff says the change is (pnpm spec-diff shows the same findings).
  /** @type {import('./bump-check.mjs').Shortfall[]} */
  let shortfalls;
  try {
    shortfalls = await bumpShortfalls(repo, base);
  } catch (e) {
    // A spec that does not bundle (at the base or now) cannot be classified: say which, do not pass silently.
    err.push(`check-changeset: cannot classify the spec changes: ${e instanceof Error ? e.message : String(e)}`);
    return result(2);
  }
  for (const s of shortfalls) err.push(describeShortfall(s));
  if (shortfalls.length > 0) {
    err.push('  Raise the bump in the changeset (`pnpm changeset`, or edit .changeset/*.md), or undo the change.');
    failed = true;
  }
  if (failed) return result(1);
  out.push(`✓ changesets cover every generated-type change since ${base}, with the bump the spec changes require`);
  return result(0);
}

/** @param {string} repo @param {string} ref */
function refExists(repo, ref) {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', ref], { cwd: repo, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** @param {string[]} list */
const lines = (list) => list.map((l) => `${l}\n`).join('');
