// @ts-check
// The changeset check as a function of its options and I/O (the folder it runs in, stdout and stderr: the same shape
// as the other commands' functions), returning its exit code: the CLI (check-changeset.mjs) only parses argv and
// passes the process's, so the tests run every case in one process (spec-diff's imports — TypeScript, Redocly — load
// once, not once per case).
import { execFileSync } from 'node:child_process';
import { bumpShortfalls, describeShortfall } from './bump-check.mjs';
import { missingChangesets } from './changed-packages.mjs';

/**
 * @param {{ base?: string, githubBaseRef?: string }} options
 *   `base` as given by `--base`; without it `origin/<githubBaseRef>`, then origin/main, then main
 * @param {{ cwd: string, stdout: { write(text: string): unknown }, stderr: { write(text: string): unknown } }} io
 *   `cwd`: a folder of the repository to check
 * @returns {Promise<0 | 1 | 2>}  0: covered; 1: a changeset is missing or bumps too little; 2: the check could not run
 */
export async function checkChangeset({ base: given, githubBaseRef }, io) {
  const repo = io.cwd;
  const say = (/** @type {string} */ line) => io.stdout.write(`${line}\n`);
  const complain = (/** @type {string} */ line) => io.stderr.write(`${line}\n`);

  const candidates = [given, githubBaseRef && `origin/${githubBaseRef}`, 'origin/main', 'main'];
  const base = candidates.find((ref) => ref && refExists(repo, ref));
  if (!base) {
    complain(`check-changeset: no base revision found (tried ${candidates.filter(Boolean).join(', ')}); pass --base <ref>`);
    return 2;
  }

  let failed = false;
  const missing = missingChangesets(repo, base);
  if (missing.length > 0) {
    complain(
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
    complain(`check-changeset: cannot classify the spec changes: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  for (const s of shortfalls) complain(describeShortfall(s));
  if (shortfalls.length > 0) {
    complain('  Raise the bump in the changeset (`pnpm changeset`, or edit .changeset/*.md), or undo the change.');
    failed = true;
  }
  if (failed) return 1;
  say(`✓ changesets cover every generated-type change since ${base}, with the bump the spec changes require`);
  return 0;
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

