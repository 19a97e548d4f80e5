// @ts-check
// One registered API between a base revision and the working tree: its spec classified, its client package's
// exported names compared. The registry says where the spec and the package are, so a new API needs no edit here.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listApis, packageNameOf } from '@session-apis/registry';
import { bundleSpec, bundleSpecAt } from './bundle.mjs';
import { classify } from './classify.mjs';
import { sortFindings } from './findings.mjs';
import { diffSurface, surfaceAt } from './surface.mjs';

/**
 * @typedef {import('./findings.mjs').Finding} Finding
 * @typedef {import('@session-apis/registry').ApiEntry} ApiEntry
 *
 * @typedef {object} ApiDiff
 * @property {string} api
 * @property {string | undefined} packageName
 * @property {boolean} existedAtBase  false: the spec is new since the base (everything is reported as added)
 * @property {any} before   bundled spec at the base (undefined when new)
 * @property {any} after    bundled spec in the working tree
 * @property {Finding[]} findings  spec changes then TypeScript-surface changes, most severe first
 */

/**
 * @param {Pick<ApiEntry, 'name' | 'root' | 'output' | 'packageDir'>} api
 * @param {string | undefined} baseSha  undefined: no base (no commit yet): everything is new
 * @returns {Promise<ApiDiff>}
 */
export async function diffApi(api, baseSha) {
  const after = await bundleSpec(api.root);
  const before = baseSha ? await bundleSpecAt(api.root, baseSha) : undefined;
  const findings = classify(before, after);
  const packageName = existsSync(join(api.packageDir, 'package.json')) ? packageNameOf(api) : undefined;
  // A spec that is new since the base is new as a whole: its findings already say what it offers.
  if (packageName && baseSha && before !== undefined) {
    const old = surfaceAt(api.packageDir, baseSha, api.output);
    const now = surfaceAt(api.packageDir, undefined, api.output);
    if (old && now) findings.push(...diffSurface(old, now, packageName));
  }
  return {
    api: api.name,
    packageName,
    existedAtBase: before !== undefined,
    before,
    after,
    findings: sortFindings(findings.map((f) => ({ api: api.name, ...f }))),
  };
}

/**
 * Every registered API (or one), in registry order.
 * @param {{ repoRoot: string, baseSha: string | undefined, only?: string }} options
 * @returns {Promise<ApiDiff[]>}
 */
export async function diffApis({ repoRoot, baseSha, only }) {
  const apis = listApis(repoRoot);
  if (only && !apis.some((a) => a.name === only)) {
    throw new Error(`Unknown API "${only}". Registered in redocly.yaml: ${apis.map((a) => a.name).join(', ')}`);
  }
  const results = [];
  for (const api of apis) if (!only || api.name === only) results.push(await diffApi(api, baseSha));
  return results;
}

/**
 * The JSON form of a finding: `{ api, level, operationId?, pointer, reason }`.
 * @param {Finding} f
 */
export function toJson(f) {
  return { api: f.api, level: f.level, ...(f.operationId ? { operationId: f.operationId } : {}), pointer: f.pointer, reason: f.reason };
}
