#!/usr/bin/env node
// @ts-check
// `pnpm release [--dry-run]`: build, run every check (lint: specs, publint, attw, size budget), then publish the
// packages whose version is not on the registry yet with `changeset publish`. `--dry-run` packs each publishable
// package instead and prints what would be published; `--skip-checks` (used by the tests, which run after the
// build and lint already passed) goes straight to packing; `--root <dir>` dry-runs another workspace (tests).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pack, publishablePackages, repoRoot } from './pack.mjs';

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

const destination = mkdtempSync(join(tmpdir(), 'session-apis-release-'));
try {
  let problems = 0;
  for (const pkg of publishablePackages(values.root)) {
    const { files, manifest } = pack(pkg, destination);
    const leakedWorkspaceRanges = Object.entries({ ...manifest.dependencies, ...manifest.peerDependencies }).filter(
      ([, range]) => String(range).startsWith('workspace:'),
    );
    console.log(`\n${manifest.name}@${manifest.version} — ${files.length} files`);
    for (const f of files) console.log(`  ${f}`);
    if (leakedWorkspaceRanges.length > 0) {
      problems++;
      console.error(`  ✗ workspace: ranges left in the packed manifest: ${leakedWorkspaceRanges.map(([n]) => n).join(', ')}`);
    }
    // A dist file whose source is gone (a removed module, built before) would still be published.
    const stale = files.filter((f) => /^package\/dist\/.*\.js$/.test(f) && !files.includes(f.replace(/^package\/dist\//, 'package/src/').replace(/\.js$/, '.ts')));
    if (stale.length > 0) {
      problems++;
      console.error(`  ✗ built files without a source (stale dist/; rebuild): ${stale.join(', ')}`);
    }
    if (!files.some((f) => f.startsWith('package/dist/'))) {
      problems++;
      console.error('  ✗ no dist/ in the tarball: was the package built?');
    }
  }
  console.log(problems ? `\n✗ dry run found ${problems} problem(s)` : '\n✓ dry run: every package packs cleanly; nothing was published');
  process.exitCode = problems ? 1 : 0;
} finally {
  rmSync(destination, { recursive: true, force: true });
}
