#!/usr/bin/env node
// @ts-check
// Fails when a package's generated types changed (a spec change that users of the package will see) and no
// changeset in the same change names that package, or when the changesets bump a client package less than its
// API's classified changes require (breaking → major, or minor while 0.x; warning / non-breaking → minor;
// docs-only → nothing more). For pull requests: compares against the base branch. The check itself is check.mjs.
//   session-apis-check-changeset [--base <ref>]   (default: $GITHUB_BASE_REF as origin/<ref>, else origin/main, else main)
import { parseArgs } from 'node:util';
import { checkChangeset } from './check.mjs';

const { values } = parseArgs({ options: { base: { type: 'string' }, cwd: { type: 'string' } } });
process.exitCode = await checkChangeset(
  { base: values.base, githubBaseRef: process.env.GITHUB_BASE_REF },
  { cwd: values.cwd ?? process.cwd(), stdout: process.stdout, stderr: process.stderr },
);
