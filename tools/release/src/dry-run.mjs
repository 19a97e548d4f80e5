// @ts-check
// `release --dry-run` as a function: packs every publishable package of a workspace and checks each tarball,
// publishing nothing. Prints as it goes (each package's problems right below its file list) through `print`, and
// returns the exit code and the problems found per package.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pack, publishablePackages, repoRoot } from './pack.mjs';

/**
 * @typedef {object} PackageReport
 * @property {string} name
 * @property {string} version
 * @property {string[]} files     the tarball's entries
 * @property {string[]} problems  one line each, as printed
 *
 * @typedef {object} DryRunResult
 * @property {0 | 1} code
 * @property {PackageReport[]} packages
 *
 * @typedef {object} Print  where the report goes, a line at a time
 * @property {(line: string) => void} out
 * @property {(line: string) => void} err
 */

/**
 * @param {string} [root]  the workspace to dry-run (this repository by default)
 * @param {Print} [print]
 * @returns {DryRunResult}
 */
export function dryRun(root = repoRoot, print = { out: (l) => console.log(l), err: (l) => console.error(l) }) {
  /** @type {PackageReport[]} */
  const packages = [];
  const destination = mkdtempSync(join(tmpdir(), 'session-apis-release-'));
  try {
    for (const { files, manifest } of pack(publishablePackages(root), destination, root)) {
      print.out(`\n${manifest.name}@${manifest.version} — ${files.length} files`);
      for (const f of files) print.out(`  ${f}`);
      const problems = tarballProblems(files, manifest);
      for (const p of problems) print.err(`  ✗ ${p}`);
      packages.push({ name: manifest.name, version: manifest.version, files, problems });
    }
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
  const count = packages.reduce((n, p) => n + p.problems.length, 0);
  print.out(count ? `\n✗ dry run found ${count} problem(s)` : '\n✓ dry run: every package packs cleanly; nothing was published');
  return { code: count ? 1 : 0, packages };
}

/**
 * What would be wrong to publish in one tarball.
 * @param {string[]} files @param {any} manifest
 * @returns {string[]}
 */
export function tarballProblems(files, manifest) {
  /** @type {string[]} */
  const problems = [];
  const leakedWorkspaceRanges = Object.entries({ ...manifest.dependencies, ...manifest.peerDependencies }).filter(
    ([, range]) => String(range).startsWith('workspace:'),
  );
  if (leakedWorkspaceRanges.length > 0) {
    problems.push(`workspace: ranges left in the packed manifest: ${leakedWorkspaceRanges.map(([n]) => n).join(', ')}`);
  }
  // A dist file whose source is gone (a removed module, built before) would still be published.
  const stale = files.filter((f) => /^package\/dist\/.*\.js$/.test(f) && !files.includes(f.replace(/^package\/dist\//, 'package/src/').replace(/\.js$/, '.ts')));
  if (stale.length > 0) problems.push(`built files without a source (stale dist/; rebuild): ${stale.join(', ')}`);
  if (!files.some((f) => f.startsWith('package/dist/'))) problems.push('no dist/ in the tarball: was the package built?');
  return problems;
}
