#!/usr/bin/env node
// @ts-check
// `pnpm release [--dry-run]`: build, run every check (lint: specs, publint, attw, size budget), then publish the
// packages whose version is not on the registry yet with `changeset publish`. `--dry-run` packs each publishable
// package instead and prints what would be published (dry-run.mjs); `--skip-checks` (used by the tests, which run
// after the build and lint already passed) goes straight to packing; `--root <dir>` dry-runs another workspace.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { dryRun } from './dry-run.mjs';
import { repoRoot } from './pack.mjs';

const { values } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    'skip-checks': { type: 'boolean', default: false },
    root: { type: 'string', default: repoRoot },
  },
});

/** @param {string[]} args */
const pnpm = (args) => execFileSync('pnpm', args, { cwd: repoRoot, stdio: 'inherit' });

if (!values['skip-checks']) {
  pnpm(['build']);
  pnpm(['lint']);
}

if (!values['dry-run']) {
  // Publishes every package whose current version is not yet on the registry, and tags the release.
  pnpm(['exec', 'changeset', 'publish']);
  process.exit(0);
}

process.exitCode = dryRun(values.root).code;
