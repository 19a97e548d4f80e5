// @ts-check
// Both sides of a comparison are bundled the same way (@redocly/openapi-core, the library Redocly CLI uses), so
// moving a schema to another file is not a change. Component $refs stay as local "#/components/…" refs: the
// classifier resolves them itself, which keeps recursive schemas finite and lets it compare a component once.
import { existsSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { bundle, createConfig } from '@redocly/openapi-core';
import { checkoutDirAt } from './git.mjs';

/**
 * Bundles a (multi-file) spec into one document.
 * @param {string} rootFile
 * @returns {Promise<any>}
 */
export async function bundleSpec(rootFile) {
  if (!existsSync(rootFile)) throw new Error(`${rootFile} does not exist`);
  const config = await createConfig({ extends: [] });
  const result = await bundle({ ref: rootFile, config, dereference: false });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`${rootFile}: cannot bundle: ${errors.map((p) => p.message).join('; ')}`);
  }
  return result.bundle.parsed;
}

/**
 * The spec folder as it was at `ref`, bundled.
 * @param {string} rootFile  absolute path of the root spec in the working tree
 * @param {string} ref
 * @returns {Promise<any | undefined>} undefined when the root spec did not exist at `ref`
 */
export async function bundleSpecAt(rootFile, ref) {
  const copy = checkoutDirAt(dirname(rootFile), ref);
  if (!copy) return undefined;
  try {
    const root = copy.map(rootFile);
    return existsSync(root) ? await bundleSpec(root) : undefined;
  } finally {
    rmSync(copy.tmp, { recursive: true, force: true });
  }
}
