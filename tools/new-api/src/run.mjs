// @ts-check
// The new-api command as a function: arguments and I/O in ({ cwd, stdout, stderr }, the shape of the other commands'
// functions), exit code out. src/cli.mjs runs it for the process; the tests run it in theirs.
import { parseArgs } from 'node:util';
import { findRepoRoot, getApi } from '@session-apis/registry';
import { ScaffoldError, scaffoldApi } from './new-api.mjs';

const USAGE = 'usage: pnpm new-api <name> [--title "Vendor — Product"] [--summary "One line."] [--root <repo>]';

/**
 * @param {string[]} args
 * @param {{ cwd: string, stdout: { write(text: string): unknown }, stderr: { write(text: string): unknown } }} io
 * @returns {Promise<number>} 0: scaffolded; 1: refused (an existing API or folder, a bad name, an invalid spec); 2: usage
 */
export async function runNewApi(args, io) {
  const say = (/** @type {string} */ line) => io.stdout.write(`${line}\n`);
  const complain = (/** @type {string} */ line) => io.stderr.write(`${line}\n`);
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { title: { type: 'string' }, summary: { type: 'string' }, root: { type: 'string' } },
    });
  } catch (err) {
    complain(`${err instanceof Error ? err.message : err}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !positionals[0]) {
    complain(USAGE);
    return 2;
  }
  // The repository this tool belongs to, unless --root names another (the tests' temporary copies).
  const repoRoot = values.root ?? findRepoRoot();

  /** @type {typeof import('@session-apis/codegen') | undefined} */
  let codegen;
  try {
    const { names, files } = scaffoldApi({ name: positionals[0], title: values.title, summary: values.summary, repoRoot });
    for (const file of files) say(`  wrote ${file}`);
    // Loaded only now: codegen brings openapi-typescript and TypeScript, which a refused name does not need.
    codegen = await import('@session-apis/codegen');
    await codegen.generateApi(getApi(names.name, repoRoot), { repoRoot });
    say(`\n✓ ${names.name}: next, run  pnpm install && pnpm build && pnpm test`);
    say(`  then replace the example operation in specs/${names.name}/openapi.yaml and grow @session-apis/${names.name}.`);
    return 0;
  } catch (err) {
    if (!(err instanceof ScaffoldError) && !(codegen && err instanceof codegen.SpecError)) throw err;
    complain(`✗ ${err.message}`);
    return 1;
  }
}
