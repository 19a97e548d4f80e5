// @ts-check
// The test suites of the workspace: every package (from pnpm-workspace.yaml) with a `test` script. A package
// added later is picked up with no edit here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/**
 * @typedef {{ name: string, dir: string, rel: string, script: string, vitest: boolean }} Suite
 *   `vitest`: the script is a plain `vitest run` (flags allowed), so the suite can join the one shared vitest run
 */

/** @param {string} root  the repository root */
export function workspaceDirs(root) {
  const { packages = [] } = parse(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')) ?? {};
  return /** @type {string[]} */ (packages).flatMap((pattern) => {
    if (pattern.startsWith('!')) return [];
    if (!pattern.endsWith('/*')) return [join(root, pattern)];
    if (pattern.slice(0, -2).includes('*')) throw new Error(`pnpm-workspace.yaml: pattern ${pattern} is not supported here (only dir/* and exact dirs)`);
    const parent = join(root, pattern.slice(0, -2));
    if (!existsSync(parent)) return [];
    return readdirSync(parent, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(parent, d.name))
      .sort();
  });
}

/**
 * @param {string} root
 * @returns {Suite[]}
 */
export function listSuites(root) {
  return workspaceDirs(root).flatMap((dir) => {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) return [];
    const { name, scripts } = JSON.parse(readFileSync(manifest, 'utf8'));
    const script = scripts?.test;
    if (!script) return [];
    return [{ name, dir, rel: relative(root, dir), script, vitest: isPlainVitestRun(script) }];
  });
}

/**
 * `vitest run`, `vitest run --typecheck`: yes. Anything that does more (`tsc && vitest run`, another runner, a
 * filter on the command line) runs on its own, as its script says.
 * @param {string} script
 */
export function isPlainVitestRun(script) {
  return /^vitest run(?: --typecheck)?$/.test(script.trim());
}
