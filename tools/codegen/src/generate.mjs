// @ts-check
// Spec → TypeScript types for one registered API. The spec is validated first so that a broken spec fails with
// file:line:column, and the output is written atomically so a failed run never leaves a half-written schema.ts.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConfig, getLineColLocation, lint, YamlParseError } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';

/** A spec problem that stops code generation; `message` already names file, line and column. */
export class SpecError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(problems.join('\n'));
    this.name = 'SpecError';
    this.problems = problems;
  }
}

// Only rules that make generation wrong are checked here; style is `pnpm lint`'s job.
/** @type {Record<string, 'error' | 'off'>} */
const STRUCTURAL_RULES = { struct: 'error', 'no-unresolved-refs': 'error' };

/**
 * Structural problems of the spec, each as "file:line:col rule: message" relative to `repoRoot`.
 * @param {string} rootFile
 * @param {string} repoRoot
 */
export async function findSpecProblems(rootFile, repoRoot) {
  const config = await createConfig({ extends: [], rules: STRUCTURAL_RULES });
  let problems;
  try {
    problems = await lint({ ref: rootFile, config });
  } catch (error) {
    // YAML syntax errors (in any referenced file) are thrown rather than reported as problems.
    const e = /** @type {any} */ (error);
    if (!(error instanceof YamlParseError)) throw error;
    const reason = e.originalError?.reason ?? e.message;
    const snippet = e.originalError?.snippet ? `\n${e.originalError.snippet}` : '';
    throw new SpecError([`${relative(repoRoot, e.source.absoluteRef)}:${e.line}:${e.col} yaml: ${reason}${snippet}`]);
  }
  return problems
    .filter((p) => p.severity === 'error')
    .map((p) => {
      const loc = p.location[0];
      if (!loc) return `${relative(repoRoot, rootFile)} ${p.ruleId}: ${p.message}`;
      const { start } = getLineColLocation(loc);
      const file = relative(repoRoot, loc.source.absoluteRef);
      return `${file}:${start.line}:${start.col} ${p.ruleId}: ${p.message}`;
    });
}

/**
 * The generated TypeScript source for a spec, with a banner naming its source.
 * @param {string} rootFile
 * @param {string} repoRoot
 */
export async function renderTypes(rootFile, repoRoot) {
  const problems = await findSpecProblems(rootFile, repoRoot);
  if (problems.length > 0) throw new SpecError(problems);
  const ast = await openapiTS(pathToFileURL(rootFile), { alphabetize: false, exportType: false });
  const source = relative(repoRoot, rootFile).split('\\').join('/');
  const banner =
    `// GENERATED FILE: do not edit. Source: ${source}\n` +
    `// Regenerate with \`pnpm generate\` (openapi-typescript); CI fails when this file is stale.\n\n`;
  return banner + astToString(ast);
}

/**
 * Writes `content` to `file` through a temporary sibling and a rename, so readers never see a partial file.
 * @param {string} file
 * @param {string} content
 */
export function writeAtomically(file, content) {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Generates (or with `check`, verifies) one API's schema.ts.
 * @param {{ name: string, root: string, output: string }} api
 * @param {{ repoRoot: string, check?: boolean }} options
 * @returns {Promise<'written' | 'unchanged' | 'stale'>}
 */
export async function generateApi(api, { repoRoot, check = false }) {
  const next = await renderTypes(api.root, repoRoot);
  let current;
  try {
    current = readFileSync(api.output, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === next) return 'unchanged';
  if (check) return 'stale';
  writeAtomically(api.output, next);
  return 'written';
}
