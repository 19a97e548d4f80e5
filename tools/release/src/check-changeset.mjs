#!/usr/bin/env node
// @ts-check
// Fails when a package's generated types changed (a spec change that users of the package will see) and no
// changeset in the same change names that package, or when the changesets bump a client package less than its
// API's classified changes require (breaking → major, or minor while 0.x; warning / non-breaking → minor;
// docs-only → nothing more). For pull requests: compares against the base branch.
//   session-apis-check-changeset [--base <ref>]   (default: $GITHUB_BASE_REF as origin/<ref>, else origin/main, else main)
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { bumpShortfalls, describeShortfall } from './bump-check.mjs';
import { missingChangesets } from './changed-packages.mjs';

const { values } = parseArgs({ options: { base: { type: 'string' }, cwd: { type: 'string' } } });
const repo = values.cwd ?? process.cwd();

/** @param {string} ref */
const exists = (ref) => {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', ref], { cwd: repo, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const candidates = [values.base, process.env.GITHUB_BASE_REF && `origin/${process.env.GITHUB_BASE_REF}`, 'origin/main', 'main'];
const base = candidates.find((ref) => ref && exists(ref));
if (!base) {
  console.error(`check-changeset: no base revision found (tried ${candidates.filter(Boolean).join(', ')}); pass --base <ref>`);
  process.exit(2);
}

let failed = false;
const missing = missingChangesets(repo, base);
if (missing.length > 0) {
  console.error(
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
} catch (err) {
  // A spec that does not bundle (at the base or now) cannot be classified: say which, do not pass silently.
  console.error(`check-changeset: cannot classify the spec changes: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}
for (const s of shortfalls) console.error(describeShortfall(s));
if (shortfalls.length > 0) {
  console.error('  Raise the bump in the changeset (`pnpm changeset`, or edit .changeset/*.md), or undo the change.');
  failed = true;
}
if (failed) process.exit(1);
console.log(`✓ changesets cover every generated-type change since ${base}, with the bump the spec changes require`);
