// @ts-check
// "What changed since the last release": the spec as it is now is compared with the spec at the last git tag
// (or at the first commit when there is no tag yet). The comparison is tools/spec-diff's — the same
// classification `pnpm spec-diff` prints and `pnpm check:changeset` enforces — plus its inventory of operations,
// schemas and fields that appear or disappear. Nothing is diffed here.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { findRepoRoot, listApis } from '@session-apis/registry';
import { bundleSpec, bundleSpecAt, classify, describeBase, diffApi, diffInventory, findBaseRef, git, sortFindings } from '@session-apis/spec-diff';

export { bundleSpec, bundleSpecAt, findBaseRef, METHODS, operationsOf, fieldsOf, schemaFieldsOf } from '@session-apis/spec-diff';
export { diffInventory as diffSpecs } from '@session-apis/spec-diff';

/**
 * @typedef {import('@session-apis/spec-diff').BaseRef} BaseRef
 * @typedef {import('@session-apis/spec-diff').OperationRef} OperationRef
 * @typedef {import('@session-apis/spec-diff').SchemaChange} SchemaChange
 * @typedef {import('@session-apis/spec-diff').Finding} Finding
 *
 * @typedef {object} Changes
 * @property {BaseRef | null} base       null when the repository has no commit yet
 * @property {boolean} existedAtBase     false: the spec is new since `base` (everything counts as added)
 * @property {string} note               one sentence saying what the comparison is against
 * @property {Finding[]} classified      every change with its level and reason, most severe first (as `pnpm spec-diff`)
 * @property {{ added: OperationRef[], removed: OperationRef[], renamed: { from: OperationRef, to: OperationRef }[] }} operations
 * @property {{ added: SchemaChange[], removed: SchemaChange[], changed: SchemaChange[] }} schemas
 */

/**
 * Changes of one spec (working tree) since the base ref.
 * @param {string} rootFile  absolute path of the root spec
 * @param {{ base?: BaseRef | null }} [options]  base defaults to findBaseRef()
 * @returns {Promise<Changes>}
 */
export async function computeChanges(rootFile, options = {}) {
  if (!existsSync(rootFile)) throw new Error(`${rootFile} does not exist`);
  const base = options.base === undefined ? findBaseRef(dirname(rootFile)) : options.base;
  // A registered API is diffed exactly as `pnpm spec-diff` does (its client's exported types included).
  const api = registeredApi(rootFile);
  /** @type {any} */
  let after;
  /** @type {any} */
  let before;
  /** @type {Finding[]} */
  let classified;
  if (api) {
    ({ before, after, findings: classified } = await diffApi(api, base?.sha));
  } else {
    after = await bundleSpec(rootFile);
    before = base ? await bundleSpecAt(rootFile, base.sha) : undefined;
    classified = sortFindings(classify(before, after));
  }
  const existedAtBase = before !== undefined;
  let note;
  if (!base) {
    const inRepo = git(dirname(rootFile), ['rev-parse', '--git-dir']) !== undefined;
    note = inRepo
      ? 'The repository has no commit yet, so everything in this API is listed as added.'
      : 'No git history is available (not a git checkout), so everything in this API is listed as added.';
  } else {
    const label = describeBase(base);
    note = existedAtBase
      ? `Compared with ${label}.`
      : `This spec did not exist at ${label}, so everything in this API is listed as added.`;
    if (base.shallow) note += ' Warning: this is a shallow clone, so older tags and commits may be missing; fetch the full history (fetch-depth: 0) for an exact comparison.';
  }
  return { base, existedAtBase, note, classified, ...diffInventory(before, after) };
}

/**
 * The registry entry whose root spec is `rootFile`, if the file belongs to a registered API.
 * @param {string} rootFile
 */
function registeredApi(rootFile) {
  try {
    return listApis(findRepoRoot(dirname(rootFile))).find((a) => resolve(a.root) === resolve(rootFile));
  } catch {
    return undefined; // not inside a workspace with a registry (tests, a spec on its own)
  }
}

/**
 * Counts for a one-line summary.
 * @param {Changes} changes
 */
export function countChanges(changes) {
  const fieldsAdded =
    changes.schemas.changed.reduce((n, s) => n + s.added.length, 0) +
    changes.schemas.added.reduce((n, s) => n + s.added.length, 0);
  const fieldsRemoved =
    changes.schemas.changed.reduce((n, s) => n + s.removed.length, 0) +
    changes.schemas.removed.reduce((n, s) => n + s.removed.length, 0);
  return {
    operationsAdded: changes.operations.added.length,
    operationsRemoved: changes.operations.removed.length,
    operationsRenamed: changes.operations.renamed.length,
    schemasAdded: changes.schemas.added.length,
    schemasRemoved: changes.schemas.removed.length,
    fieldsAdded,
    fieldsRemoved,
  };
}
