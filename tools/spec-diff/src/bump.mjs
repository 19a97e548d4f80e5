// @ts-check
// The version bump a set of findings demands of a package. While a package is 0.x, semver lets a minor carry
// breaking changes (0.1 → 0.2), so breaking asks for a minor there and a major from 1.0 on.

/** @typedef {'none' | 'patch' | 'minor' | 'major'} Bump */

/** Smallest first. */
export const BUMPS = /** @type {const} */ (['none', 'patch', 'minor', 'major']);

/**
 * @param {import('./findings.mjs').Level} level @param {string} version  the package's current version
 * @returns {Bump}
 */
export function bumpFor(level, version) {
  if (level === 'breaking') return /^0\./.test(version) ? 'minor' : 'major';
  if (level === 'warning' || level === 'non-breaking') return 'minor';
  return 'none'; // docs-only: a patch if you like, nothing is required
}

/**
 * @param {import('./findings.mjs').Finding[]} findings @param {string} version
 * @returns {Bump}
 */
export function requiredBump(findings, version) {
  return findings.reduce((max, f) => {
    const b = bumpFor(f.level, version);
    return BUMPS.indexOf(b) > BUMPS.indexOf(max) ? b : max;
  }, /** @type {Bump} */ ('none'));
}
