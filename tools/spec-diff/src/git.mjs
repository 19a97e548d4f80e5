// @ts-check
// Reading a revision: the base ref to compare with, and a folder of the repository as it was at a ref, written to
// a temporary directory (a spec folder to bundle, a package's sources to read its exported types).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';

/**
 * @typedef {object} BaseRef
 * @property {'tag' | 'first-commit' | 'ref'} kind
 * @property {string} name   the tag name, the abbreviated commit id, or the ref as given
 * @property {string} sha
 * @property {boolean} shallow  the clone's history is cut off (CI checkouts): older tags and commits are missing
 */

/**
 * @param {string} cwd
 * @param {string[]} args
 * @returns {string | undefined} stdout, or undefined when git fails (no repository, unknown ref, …)
 */
export function git(cwd, args) {
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
 * A ref given by the user (`--base`), resolved to a commit; throws naming the ref when git does not know it.
 * @param {string} cwd @param {string} ref
 * @returns {BaseRef}
 */
export function resolveRef(cwd, ref) {
  const sha = git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])?.trim();
  if (!sha) throw new Error(`Unknown git revision "${ref}"`);
  const shallow = git(cwd, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
  return { kind: 'ref', name: ref, sha, shallow };
}

/** @param {BaseRef} base */
export function describeBase(base) {
  if (base.kind === 'tag') return `tag ${base.name}`;
  if (base.kind === 'first-commit') return `the first commit (${base.name}; no tag yet)`;
  return base.sha.startsWith(base.name.toLowerCase()) ? base.sha.slice(0, 7) : `${base.name} (${base.sha.slice(0, 7)})`;
}

/**
 * Writes `dir` (a folder of the working tree) as it was at `ref` into a new temporary folder, keeping its path
 * inside the repository. The caller removes `tmp`.
 * @param {string} dir  absolute path of a folder in the working tree (it may no longer exist there)
 * @param {string} ref
 * @returns {{ tmp: string, map: (file: string) => string } | undefined}  undefined when `dir` had no file at `ref`;
 *   `map` turns an absolute working-tree path into its copy
 */
export function checkoutDirAt(dir, ref) {
  let probe = dir;
  while (!existsDir(probe)) probe = dirname(probe);
  const top = git(probe, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) throw new Error(`${dir} is not inside a git repository`);
  // realpath on both sides: /tmp is a symlink on some systems and git reports the resolved path.
  const realTop = realpathSync(top);
  const toGit = (/** @type {string} */ p) => relative(realTop, realPathLoose(p)).split(sep).join('/');
  const inRepo = toGit(dir);
  const files = git(top, ['ls-tree', '-r', '--name-only', '-z', ref, '--', inRepo || '.'])?.split('\0').filter(Boolean) ?? [];
  if (files.length === 0) return undefined;
  const tmp = mkdtempSync(join(tmpdir(), 'session-apis-spec-diff-'));
  for (const file of files) {
    const content = execFileSync('git', ['show', `${ref}:${file}`], { cwd: top, maxBuffer: 64 << 20 });
    const target = join(tmp, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return { tmp, map: (file) => join(tmp, toGit(file)) };
}

/** @param {string} p */
function existsDir(p) {
  try {
    return realpathSync(p) !== undefined;
  } catch {
    return false;
  }
}

/** realpath of the longest existing prefix, so that a path deleted from the working tree still maps. @param {string} p */
function realPathLoose(p) {
  let head = p;
  const rest = [];
  while (!existsDir(head)) {
    rest.unshift(head.slice(dirname(head).length + 1));
    head = dirname(head);
  }
  return join(realpathSync(head), ...rest);
}
