// @ts-check
// "What changed since the last release": the spec as it is now is compared with the spec at the last git tag
// (or at the first commit when there is no tag yet). Both sides are bundled the same way first, so moving a
// schema to another file is not a change; only operations and schema fields that appear or disappear are.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { bundle, createConfig } from '@redocly/openapi-core';

export const METHODS = /** @type {const} */ (['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/**
 * @typedef {object} BaseRef
 * @property {'tag' | 'first-commit'} kind
 * @property {string} name   the tag name, or the abbreviated commit id
 * @property {string} sha
 * @property {boolean} shallow  the clone's history is cut off (CI checkouts): older tags and commits are missing
 *
 * @typedef {object} OperationRef
 * @property {string} method          upper case
 * @property {string} path
 * @property {string | undefined} operationId
 * @property {string | undefined} summary
 *
 * @typedef {object} SchemaChange
 * @property {string} name
 * @property {string[]} added     field paths, e.g. "meta.@href" or "items[].id"
 * @property {string[]} removed
 *
 * @typedef {object} Changes
 * @property {BaseRef | null} base       null when the repository has no commit yet
 * @property {boolean} existedAtBase     false: the spec is new since `base` (everything counts as added)
 * @property {string} note               one sentence saying what the comparison is against
 * @property {{ added: OperationRef[], removed: OperationRef[], renamed: { from: OperationRef, to: OperationRef }[] }} operations
 * @property {{ added: SchemaChange[], removed: SchemaChange[], changed: SchemaChange[] }} schemas
 */

/**
 * @param {string} cwd
 * @param {string[]} args
 * @returns {string | undefined} stdout, or undefined when git fails (no repository, unknown ref, …)
 */
function git(cwd, args) {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
  } catch {
    return undefined;
  }
}

/**
 * The ref to compare against: the newest tag reachable from HEAD, else the first commit; null without commits.
 * @param {string} cwd  any folder inside the repository
 * @returns {BaseRef | null}
 */
export function findBaseRef(cwd) {
  if (git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']) === undefined) return null;
  const shallow = git(cwd, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
  const tag = git(cwd, ['describe', '--tags', '--abbrev=0', 'HEAD'])?.trim();
  if (tag) {
    const sha = /** @type {string} */ (git(cwd, ['rev-parse', `${tag}^{commit}`])).trim();
    return { kind: 'tag', name: tag, sha, shallow };
  }
  // Several roots are possible after merging unrelated histories; the oldest is listed last.
  const roots = /** @type {string} */ (git(cwd, ['rev-list', '--max-parents=0', 'HEAD'])).trim().split('\n');
  const sha = /** @type {string} */ (roots.at(-1));
  return { kind: 'first-commit', name: sha.slice(0, 7), sha, shallow };
}

/**
 * Bundles a (multi-file) spec into one document; $refs between components stay as local "#/components/…" refs.
 * @param {string} rootFile
 * @returns {Promise<any>}
 */
export async function bundleSpec(rootFile) {
  const config = await createConfig({ extends: [] });
  const result = await bundle({ ref: rootFile, config, dereference: false });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`${rootFile}: cannot bundle: ${errors.map((p) => p.message).join('; ')}`);
  }
  return result.bundle.parsed;
}

/**
 * Writes the spec folder as it was at `ref` into a temporary folder and bundles it there.
 * @param {string} rootFile  absolute path of the root spec in the working tree
 * @param {string} ref
 * @returns {Promise<any | undefined>} undefined when the root spec did not exist at `ref`
 */
export async function bundleSpecAt(rootFile, ref) {
  const cwd = dirname(rootFile);
  const top = git(cwd, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) throw new Error(`${rootFile} is not inside a git repository`);
  // realpath on both sides: /tmp is a symlink on some systems and git reports the resolved path.
  const toGit = (/** @type {string} */ p) => relative(realpathSync(top), realpathSync(p)).split(sep).join('/');
  const specDir = toGit(cwd);
  const rootInRepo = toGit(rootFile);
  const files = git(top, ['ls-tree', '-r', '--name-only', '-z', ref, '--', specDir || '.'])?.split('\0').filter(Boolean) ?? [];
  if (!files.includes(rootInRepo)) return undefined;
  const tmp = mkdtempSync(join(tmpdir(), 'session-apis-docs-base-'));
  try {
    for (const file of files) {
      const content = execFileSync('git', ['show', `${ref}:${file}`], { cwd: top, maxBuffer: 64 << 20 });
      const target = join(tmp, file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    return await bundleSpec(join(tmp, rootInRepo));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Every operation of a bundled spec, keyed "METHOD path".
 * @param {any} spec
 * @returns {Map<string, OperationRef>}
 */
export function operationsOf(spec) {
  /** @type {Map<string, OperationRef>} */
  const ops = new Map();
  for (const [path, item] of Object.entries(spec?.paths ?? {})) {
    for (const method of METHODS) {
      const op = /** @type {any} */ (item)?.[method];
      if (!op) continue;
      const ref = { method: method.toUpperCase(), path, operationId: op.operationId, summary: op.summary };
      ops.set(`${ref.method} ${path}`, ref);
    }
  }
  return ops;
}

/**
 * The field paths of one component schema: its properties, the properties of its allOf/oneOf/anyOf members and,
 * recursively, of inline objects ("meta.@href") and array items ("items[].id"). A $ref to another component
 * is not followed (that component is listed on its own), except inside allOf, where it is part of this schema.
 * @param {any} schema
 * @param {any} spec       the bundled document, to resolve local $refs in allOf
 * @param {string} [prefix]
 * @param {Set<any>} [ancestors]  guards against cycles (an allOf member referring back)
 * @returns {string[]}
 */
export function fieldsOf(schema, spec, prefix = '', ancestors = new Set()) {
  if (!schema || typeof schema !== 'object' || ancestors.has(schema)) return [];
  ancestors.add(schema);
  /** @type {string[]} */
  const fields = [];
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    fields.push(path);
    if (!(/** @type {any} */ (sub)?.$ref)) fields.push(...fieldsOf(sub, spec, `${path}.`, ancestors));
  }
  if (schema.items && !schema.items.$ref) {
    fields.push(...fieldsOf(schema.items, spec, prefix ? `${prefix.slice(0, -1)}[].` : '[].', ancestors));
  }
  for (const member of schema.allOf ?? []) {
    fields.push(...fieldsOf(member?.$ref ? resolveLocal(spec, member.$ref) : member, spec, prefix, ancestors));
  }
  for (const key of ['oneOf', 'anyOf']) {
    for (const member of schema[key] ?? []) {
      if (!member?.$ref) fields.push(...fieldsOf(member, spec, prefix, ancestors));
    }
  }
  ancestors.delete(schema);
  return [...new Set(fields)];
}

/** @param {any} spec @param {string} ref */
function resolveLocal(spec, ref) {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, key) => node?.[key], spec);
}

/**
 * @param {any} spec
 * @returns {Map<string, string[]>} component schema name → field paths
 */
export function schemaFieldsOf(spec) {
  return new Map(Object.entries(spec?.components?.schemas ?? {}).map(([name, schema]) => [name, fieldsOf(schema, spec)]));
}

/**
 * Compares two bundled specs. `before` undefined means the spec is new: everything counts as added.
 * @param {any} before
 * @param {any} after
 * @returns {Pick<Changes, 'operations' | 'schemas'>}
 */
export function diffSpecs(before, after) {
  const oldOps = operationsOf(before);
  const newOps = operationsOf(after);
  const operations = {
    added: [...newOps].filter(([k]) => !oldOps.has(k)).map(([, v]) => v),
    removed: [...oldOps].filter(([k]) => !newOps.has(k)).map(([, v]) => v),
    renamed: [...newOps]
      .filter(([k, v]) => oldOps.has(k) && oldOps.get(k)?.operationId !== v.operationId)
      .map(([k, to]) => ({ from: /** @type {OperationRef} */ (oldOps.get(k)), to })),
  };

  const oldSchemas = schemaFieldsOf(before);
  const newSchemas = schemaFieldsOf(after);
  /** @type {Changes['schemas']} */
  const schemas = { added: [], removed: [], changed: [] };
  for (const [name, fields] of newSchemas) {
    const old = oldSchemas.get(name);
    if (!old) {
      schemas.added.push({ name, added: fields, removed: [] });
      continue;
    }
    const added = fields.filter((f) => !old.includes(f));
    const removed = old.filter((f) => !fields.includes(f));
    if (added.length || removed.length) schemas.changed.push({ name, added, removed });
  }
  for (const [name, fields] of oldSchemas) {
    if (!newSchemas.has(name)) schemas.removed.push({ name, added: [], removed: fields });
  }
  return { operations, schemas };
}

/**
 * Changes of one spec (working tree) since the base ref.
 * @param {string} rootFile  absolute path of the root spec
 * @param {{ base?: BaseRef | null }} [options]  base defaults to findBaseRef()
 * @returns {Promise<Changes>}
 */
export async function computeChanges(rootFile, options = {}) {
  if (!existsSync(rootFile)) throw new Error(`${rootFile} does not exist`);
  const base = options.base === undefined ? findBaseRef(dirname(rootFile)) : options.base;
  const after = await bundleSpec(rootFile);
  const before = base ? await bundleSpecAt(rootFile, base.sha) : undefined;
  const existedAtBase = before !== undefined;
  let note;
  if (!base) {
    const inRepo = git(dirname(rootFile), ['rev-parse', '--git-dir']) !== undefined;
    note = inRepo
      ? 'The repository has no commit yet, so everything in this API is listed as added.'
      : 'No git history is available (not a git checkout), so everything in this API is listed as added.';
  } else {
    const label = base.kind === 'tag' ? `tag ${base.name}` : `the first commit (${base.name}; no tag yet)`;
    note = existedAtBase
      ? `Compared with ${label}.`
      : `This spec did not exist at ${label}, so everything in this API is listed as added.`;
    if (base.shallow) note += ' Warning: this is a shallow clone, so older tags and commits may be missing; fetch the full history (fetch-depth: 0) for an exact comparison.';
  }
  return { base, existedAtBase, note, ...diffSpecs(before, after) };
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
