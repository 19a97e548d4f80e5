// @ts-check
// Packs publishable workspace packages with `pnpm pack` (which rewrites `workspace:` ranges to real versions,
// exactly as `pnpm publish` does) and reads back what each tarball holds.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * @typedef {object} PublishablePackage
 * @property {string} name
 * @property {string} version
 * @property {string} dir
 *
 * @typedef {object} PackedPackage
 * @property {PublishablePackage} pkg
 * @property {string} tarball  absolute path
 * @property {string[]} files  the tarball's entries (`package/…`), sorted
 * @property {any} manifest    the packed package.json
 */

/**
 * Workspace packages that are not private, in dependency-friendly (alphabetical) order: the clients under packages/,
 * and the few tools published for users (e.g. `@session-apis/conformance`, run with npx).
 */
export function publishablePackages(root = repoRoot) {
  /** @type {PublishablePackage[]} */
  const found = [];
  for (const group of ['packages', 'tools'].filter((g) => existsSync(join(root, g)))) {
    for (const entry of readdirSync(join(root, group), { withFileTypes: true })) {
      const manifest = join(root, group, entry.name, 'package.json');
      if (!entry.isDirectory() || !existsSync(manifest)) continue;
      const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
      if (!pkg.private) found.push({ name: pkg.name, version: pkg.version, dir: join(root, group, entry.name) });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * `pnpm pack` of `pkgs` (folders below `root`) into `destination`, all in one pnpm run (`pnpm -r pack`: pnpm starts
 * once, not once per package); returns each tarball with its file list and packed manifest, in the order of `pkgs`.
 * @param {PublishablePackage[]} pkgs @param {string} destination @param {string} [root]
 * @returns {PackedPackage[]}
 */
export function pack(pkgs, destination, root = repoRoot) {
  if (pkgs.length === 0) return [];
  const filters = pkgs.flatMap((pkg) => ['--filter', `./${relative(root, pkg.dir).split('\\').join('/')}`]);
  const out = execFileSync('pnpm', ['--recursive', ...filters, 'pack', '--pack-destination', destination, '--json'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  /** @type {{ name: string, filename: string }[]} */
  const reported = JSON.parse(out);
  return pkgs.map((pkg) => {
    const tarball = reported.find((r) => r.name === pkg.name)?.filename;
    if (!tarball) throw new Error(`pnpm pack reported no tarball for ${pkg.name}:\n${out}`);
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
    return { pkg, tarball, files, manifest };
  });
}
