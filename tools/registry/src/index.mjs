// @ts-check
// The API registry is redocly.yaml: every tool (codegen, mock, docs, bench) asks this module which APIs exist,
// so adding an API means one entry there and nothing else.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/**
 * @typedef {object} ApiEntry
 * @property {string} name        registry key, e.g. "sentinel"
 * @property {string} root        absolute path of the root spec file
 * @property {string} specDir     absolute path of the spec folder
 * @property {string} output      absolute path of the generated schema.ts
 * @property {string} packageDir  absolute path of the client package (two levels above output's src/generated)
 */

/** Walks up from `from` to the folder that holds redocly.yaml and pnpm-workspace.yaml. */
export function findRepoRoot(from = dirname(fileURLToPath(import.meta.url))) {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'redocly.yaml')) && existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No redocly.yaml with pnpm-workspace.yaml found above ${from}`);
    dir = parent;
  }
}

/**
 * Every API registered in redocly.yaml, in file order.
 * @param {string} [repoRoot]
 * @returns {ApiEntry[]}
 */
export function listApis(repoRoot = findRepoRoot()) {
  const configPath = join(repoRoot, 'redocly.yaml');
  const config = parse(readFileSync(configPath, 'utf8'));
  const apis = config?.apis;
  if (!apis || typeof apis !== 'object') throw new Error(`${configPath}: no "apis" section`);
  return Object.entries(apis).map(([name, entry]) => {
    if (typeof entry?.root !== 'string') throw new Error(`${configPath}: apis.${name}.root is missing`);
    const out = entry['x-openapi-ts']?.output;
    if (typeof out !== 'string') throw new Error(`${configPath}: apis.${name}.x-openapi-ts.output is missing`);
    const root = resolve(repoRoot, entry.root);
    const output = resolve(repoRoot, out);
    return { name, root, specDir: dirname(root), output, packageDir: resolve(dirname(output), '..', '..') };
  });
}

/**
 * One registered API by name; the error lists the known names.
 * @param {string} name
 * @param {string} [repoRoot]
 */
export function getApi(name, repoRoot) {
  const apis = listApis(repoRoot);
  const api = apis.find((a) => a.name === name);
  if (!api) throw new Error(`Unknown API "${name}". Registered in redocly.yaml: ${apis.map((a) => a.name).join(', ')}`);
  return api;
}

/**
 * The npm name of an API's client package (from its package.json), e.g. "@session-apis/sentinel".
 * @param {Pick<ApiEntry, 'packageDir'>} api
 * @returns {string}
 */
export function packageNameOf(api) {
  return JSON.parse(readFileSync(join(api.packageDir, 'package.json'), 'utf8')).name;
}
