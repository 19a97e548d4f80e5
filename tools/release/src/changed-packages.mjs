// @ts-check
// Which publishable packages had their generated types changed between two git revisions, and which packages the
// changesets added in that range name. Pure git + file reads, so the check is testable on a throw-away repository.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} cwd @param {string[]} args */
const git = (cwd, args) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

/**
 * The commit where the change under review starts: the merge base of `base` and HEAD.
 * @param {string} repo @param {string} base
 */
export const mergeBaseOf = (repo, base) => git(repo, ['merge-base', base, 'HEAD']);

/**
 * Files changed from the merge base of `base` and HEAD up to the working tree (committed or not).
 * @param {string} repo @param {string} base
 */
export function changedFiles(repo, base) {
  const mergeBase = mergeBaseOf(repo, base);
  const tracked = git(repo, ['diff', '--name-only', mergeBase]).split('\n');
  const untracked = git(repo, ['ls-files', '--others', '--exclude-standard']).split('\n');
  return [...new Set([...tracked, ...untracked])].filter(Boolean);
}

/**
 * Names of the packages whose `src/generated/` changed, read from each package's package.json.
 * @param {string} repo @param {string[]} files
 */
export function packagesWithGeneratedChanges(repo, files) {
  const dirs = new Set(files.flatMap((f) => (/^packages\/[^/]+\/src\/generated\//.test(f) ? [f.split('/').slice(0, 2).join('/')] : [])));
  return [...dirs].map((dir) => {
    const manifest = join(repo, dir, 'package.json');
    return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).name : dir;
  });
}

/**
 * Package names named in the front matter of the changeset files among `files` (.changeset/*.md but README.md).
 * @param {string} repo @param {string[]} files
 */
export function packagesInChangesets(repo, files) {
  return new Set(bumpsInChangesets(repo, files).keys());
}

const BUMP_ORDER = ['patch', 'minor', 'major'];

/**
 * The largest bump the changeset files among `files` give each package they name (changesets applies the largest).
 * @param {string} repo @param {string[]} files
 * @returns {Map<string, 'patch' | 'minor' | 'major'>}
 */
export function bumpsInChangesets(repo, files) {
  /** @type {Map<string, 'patch' | 'minor' | 'major'>} */
  const bumps = new Map();
  for (const f of files) {
    if (!/^\.changeset\/[^/]+\.md$/.test(f) || f.endsWith('/README.md') || !existsSync(join(repo, f))) continue;
    const frontMatter = readFileSync(join(repo, f), 'utf8').replace(/\r\n/g, '\n').match(/^---\n([\s\S]*?)\n---/);
    for (const line of frontMatter?.[1]?.split('\n') ?? []) {
      const m = line.match(/^\s*["']?([^"':]+)["']?\s*:\s*(patch|minor|major)\s*$/);
      if (!m?.[1]) continue;
      const bump = /** @type {'patch' | 'minor' | 'major'} */ (m[2]);
      const prev = bumps.get(m[1]);
      if (!prev || BUMP_ORDER.indexOf(bump) > BUMP_ORDER.indexOf(prev)) bumps.set(m[1], bump);
    }
  }
  return bumps;
}

/**
 * Packages whose generated types changed without a changeset naming them.
 * @param {string} repo @param {string} base
 */
export function missingChangesets(repo, base) {
  const files = changedFiles(repo, base);
  const covered = packagesInChangesets(repo, files);
  return packagesWithGeneratedChanges(repo, files).filter((name) => !covered.has(name));
}
