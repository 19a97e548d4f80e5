// @ts-check
// The bump a change demands, from the classified spec diff (and the exported type names) of every registered
// API since the merge base, against the bump its changesets give the API's client package.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listApis } from '@session-apis/registry';
import { bumpsInChangesets, changedFiles, mergeBaseOf } from './changed-packages.mjs';

/**
 * @typedef {import('@session-apis/spec-diff').Finding} Finding
 * @typedef {object} Shortfall
 * @property {string} packageName
 * @property {string} version
 * @property {'none' | 'patch' | 'minor' | 'major'} required
 * @property {'none' | 'patch' | 'minor' | 'major'} declared
 * @property {Finding[]} demanding  the findings that need more than `declared`
 */

/**
 * Packages whose changesets bump less than their API's changes require. A repository without an API registry
 * (redocly.yaml + pnpm-workspace.yaml) has nothing to check.
 * @param {string} repo @param {string} base
 * @returns {Promise<Shortfall[]>}
 */
export async function bumpShortfalls(repo, base) {
  if (!existsSync(join(repo, 'redocly.yaml')) || !existsSync(join(repo, 'pnpm-workspace.yaml'))) return [];
  // Loaded only when there are specs to classify: spec-diff brings TypeScript and Redocly (about a second to load).
  const { BUMPS, bumpFor, diffApi, requiredBump } = await import('@session-apis/spec-diff');
  const since = mergeBaseOf(repo, base);
  const declaredBumps = bumpsInChangesets(repo, changedFiles(repo, base));
  /** @type {Shortfall[]} */
  const shortfalls = [];
  for (const api of listApis(repo)) {
    const manifest = join(api.packageDir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name: packageName, version = '0.0.0' } = JSON.parse(readFileSync(manifest, 'utf8'));
    const { findings } = await diffApi(api, since);
    const required = requiredBump(findings, version);
    const declared = declaredBumps.get(packageName) ?? 'none';
    if (BUMPS.indexOf(required) <= BUMPS.indexOf(declared)) continue;
    const demanding = findings.filter((f) => BUMPS.indexOf(bumpFor(f.level, version)) > BUMPS.indexOf(declared));
    shortfalls.push({ packageName, version, required, declared, demanding });
  }
  return shortfalls;
}

/** @param {Shortfall} s */
export function describeShortfall(s) {
  const why = s.required === 'minor' && s.demanding.some((f) => f.level === 'breaking')
    ? ` (it is ${s.version}: while a package is 0.x a breaking change needs a minor)`
    : s.required === 'major' ? ' (a breaking change)' : '';
  const lines = [
    `✗ ${s.packageName} needs a ${s.required} bump${why}, but the changesets give it ${s.declared === 'none' ? 'none' : `a ${s.declared}`}. The changes that demand it:`,
    ...s.demanding.map((f) => `    ${f.level.padEnd(12)} ${f.operationId ? `${f.operationId}  ` : ''}${f.pointer}\n    ${''.padEnd(12)} ${f.reason}`),
  ];
  return lines.join('\n');
}
