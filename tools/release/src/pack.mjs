// @ts-check
// Packs every publishable workspace package with `pnpm pack` (which rewrites `workspace:` ranges to real versions,
// exactly as `pnpm publish` does) and reads back what each tarball holds.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * @typedef {object} PublishablePackage
 * @property {string} name
 * @property {string} version
 * @property {string} dir
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
 * `pnpm pack` of one package into `destination`; returns the tarball path and its file list.
 * @param {PublishablePackage} pkg @param {string} destination
 */
export function pack(pkg, destination) {
  const out = execFileSync('pnpm', ['pack', '--pack-destination', destination], { cwd: pkg.dir, encoding: 'utf8' });
  const tarball = out.trim().split('\n').filter((l) => l.endsWith('.tgz')).at(-1);
  if (!tarball) throw new Error(`pnpm pack printed no tarball for ${pkg.name}:\n${out}`);
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
  const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
  return { tarball, files, manifest };
}
