// @ts-check
// Spec → TypeScript types for one registered API. The spec is validated first so that a broken spec fails with
// file:line:column, and the output is written atomically so a failed run never leaves a half-written schema.ts.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConfig, getLineColLocation, lint, YamlParseError } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse as parseYaml } from 'yaml';
import { renderConstraints } from './constraints.mjs';

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

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/**
 * Follows a `$ref` to another file (`paths/x.yaml` or `paths/x.yaml#/a/b`) relative to `from`. The operations
 * table needs only the path items, so this small resolver is enough — and it costs a fraction of a full bundle.
 * @param {string} from  the file that holds the $ref
 * @param {string} ref
 * @returns {{ value: any, file: string }}
 */
function resolveFileRef(from, ref) {
  const [filePart = '', pointer = ''] = ref.split('#');
  const file = filePart ? resolve(dirname(from), filePart) : from;
  let value = parseYaml(readFileSync(file, 'utf8'));
  for (const token of pointer.split('/').filter(Boolean)) {
    value = value?.[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return { value, file };
}

/**
 * The operations table source: for every operation, its method, path and `x-` extensions (e.g.
 * `x-minimum-pvwa-version`), so a client can read facts the types cannot carry without a hand-written copy.
 * @param {string} rootFile
 * @param {string} repoRoot
 */
export function renderOperations(rootFile, repoRoot) {
  const spec = parseYaml(readFileSync(rootFile, 'utf8'));
  /** @type {Record<string, Record<string, unknown>>} */
  const table = {};
  for (const [path, raw] of Object.entries(spec?.paths ?? {})) {
    const item = raw && typeof raw === 'object' && typeof raw.$ref === 'string' ? resolveFileRef(rootFile, raw.$ref).value : raw;
    for (const method of HTTP_METHODS) {
      const op = item?.[method];
      if (!op || typeof op.operationId !== 'string') continue;
      /** @type {Record<string, unknown>} */
      const entry = { method: method.toUpperCase(), path };
      for (const [key, value] of Object.entries(op)) if (key.startsWith('x-')) entry[key] = value;
      table[op.operationId] = entry;
    }
  }
  const source = relative(repoRoot, rootFile).split('\\').join('/');
  return (
    `// GENERATED FILE: do not edit. Source: ${source}\n` +
    `// Regenerate with \`pnpm generate\`; CI fails when this file is stale.\n\n` +
    `/** Every operation of the spec by operationId: method, path and the operation's \`x-\` extensions. */\n` +
    `export const OPERATIONS = ${JSON.stringify(table, null, 2)} as const;\n\n` +
    `export type OperationId = keyof typeof OPERATIONS;\n` +
    renderConstraints(rootFile)
  );
}

/** The operations table's file, beside schema.ts. @param {string} output */
export const operationsFileOf = (output) => join(dirname(output), 'operations.ts');

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
 * Generates (or with `check`, verifies) one API's schema.ts and operations.ts. Both are rendered before
 * either is written, so a broken spec leaves both untouched.
 * @param {{ name: string, root: string, output: string }} api
 * @param {{ repoRoot: string, check?: boolean, onStale?: (file: string) => void }} options  `onStale` hears each stale file
 * @returns {Promise<'written' | 'unchanged' | 'stale'>}
 */
export async function generateApi(api, { repoRoot, check = false, onStale }) {
  const files = [
    { file: api.output, next: await renderTypes(api.root, repoRoot) },
    { file: operationsFileOf(api.output), next: renderOperations(api.root, repoRoot) },
  ];
  const changed = files.filter(({ file, next }) => readIfExists(file) !== next);
  if (changed.length === 0) return 'unchanged';
  if (check) {
    for (const { file } of changed) onStale?.(file);
    return 'stale';
  }
  for (const { file, next } of changed) writeAtomically(file, next);
  return 'written';
}

/** @param {string} file */
function readIfExists(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
