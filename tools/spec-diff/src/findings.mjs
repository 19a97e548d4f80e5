// @ts-check
// What the classifier produces, and the small helpers every rule uses to name where a change is.

/**
 * `breaking`: code that worked against the old spec stops compiling or stops working. `warning`: it keeps
 * compiling but may behave differently (a new enum value in a response, a changed default). `non-breaking`: new
 * things callers may ignore. `docs-only`: descriptions, summaries, examples, tags.
 * @typedef {'breaking' | 'warning' | 'non-breaking' | 'docs-only'} Level
 *
 * @typedef {object} Finding
 * @property {Level} level
 * @property {string} rule            stable id of the rule that fired (see README.md)
 * @property {string} pointer         JSON pointer into the bundled spec (the new one; the old one for removals)
 * @property {string} reason          one line, reads like a review comment
 * @property {string} [operationId]
 * @property {string} [api]           registry name, set by the API-level diff
 */

/** Most severe first. */
export const LEVELS = /** @type {const} */ (['breaking', 'warning', 'non-breaking', 'docs-only']);

/** @param {Level} level */
export const severity = (level) => LEVELS.length - LEVELS.indexOf(level);

/**
 * Appends escaped segments to a JSON pointer ("#/paths/~1pets/get").
 * @param {string} base @param {...(string | number)} segments
 */
export function ptr(base, ...segments) {
  return [base, ...segments.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1'))].join('/');
}

/** Collects findings; one instance per comparison. */
export class Findings {
  /** @type {Finding[]} */
  list = [];

  /**
   * @param {Level} level @param {string} rule @param {string} pointer @param {string} reason
   * @param {string | undefined} [operationId]
   */
  add(level, rule, pointer, reason, operationId) {
    /** @type {Finding} */
    const f = { level, rule, pointer, reason };
    if (operationId) f.operationId = operationId;
    this.list.push(f);
  }
}

/**
 * Most severe first, otherwise in the order found (which follows the spec); duplicates dropped.
 * @param {Finding[]} findings
 */
export function sortFindings(findings) {
  const seen = new Set();
  const unique = findings.filter((f) => {
    const key = `${f.api}|${f.operationId}|${f.level}|${f.pointer}|${f.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique
    .map((f, i) => ({ f, i }))
    .sort((a, b) => severity(b.f.level) - severity(a.f.level) || a.i - b.i)
    .map(({ f }) => f);
}

/** @param {unknown} a @param {unknown} b */
export const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** @param {string} s */
export const code = (s) => `\`${s}\``;

/** @param {unknown} v */
export const show = (v) => (typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? 'nothing');
