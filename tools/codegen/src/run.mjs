// @ts-check
// The codegen command's logic, apart from the process: arguments and I/O in (the folder it runs in, stdout and stderr:
// the same shape as spec-diff's and conformance's commands), exit code out. The bin (cli.mjs) wires it to argv,
// process.cwd(), process.stdout/stderr and process.exit; tests call it in-process, so that each case
// does not pay a Node start-up and the load of redocly and openapi-typescript (about a second each).
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { findRepoRoot, getApi, listApis } from '@session-apis/registry';
import { generateApi, SpecError } from './generate.mjs';

export const USAGE = 'usage: session-apis-codegen <api…> | --all [--check]';

/**
 * Runs `session-apis-codegen <args>` from `cwd`: 0 when every API is written or unchanged, 1 when a spec is invalid
 * or (with --check) a file is stale, 2 for a usage error (no API, an unknown name).
 * @param {string[]} args
 * @param {{ cwd: string, stdout: { write(text: string): unknown }, stderr: { write(text: string): unknown } }} io
 * @returns {Promise<number>}
 */
export async function runCodegen(args, { cwd, stdout, stderr }) {
  const out = (/** @type {string} */ line) => stdout.write(`${line}\n`);
  const err = (/** @type {string} */ line) => stderr.write(`${line}\n`);
  /** @type {{ name: string, root: string, output: string }[]} */
  let apis;
  /** @type {string} */
  let repoRoot;
  /** @type {boolean} */
  let check;
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { all: { type: 'boolean', default: false }, check: { type: 'boolean', default: false } },
    });
    check = values.check;
    repoRoot = findRepoRoot(cwd);
    apis = values.all ? listApis(repoRoot) : positionals.map((name) => getApi(name, repoRoot));
  } catch (error) {
    // An unknown option or API name, or no registry: the message says which (getApi lists the registered names).
    err(`${/** @type {Error} */ (error).message}\n${USAGE}`);
    return 2;
  }
  if (apis.length === 0) {
    err(USAGE);
    return 2;
  }

  let failed = false;
  for (const api of apis) {
    const output = relative(repoRoot, api.output);
    try {
      const result = await generateApi(api, {
        repoRoot,
        check,
        onStale: (file) => err(`✗ ${relative(repoRoot, file)} is stale: run \`pnpm generate\` and commit the result`),
      });
      if (result === 'stale') failed = true;
      else out(`✓ ${api.name}: ${output} ${result}`);
    } catch (error) {
      failed = true;
      const detail = error instanceof SpecError ? error.message : String(/** @type {Error} */ (error)?.stack ?? error);
      err(`✗ ${api.name}: spec is invalid; ${output} was left untouched\n${detail}`);
    }
  }
  return failed ? 1 : 0;
}
