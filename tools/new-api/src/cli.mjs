#!/usr/bin/env node
// @ts-check
// `pnpm new-api <name> [--title "…"] [--summary "…"]`: scaffolds a new API from tools/new-api/template (spec
// package, registry entry, client package, docs site dependency) and generates its types. Then: pnpm install && pnpm build && pnpm test.
import { parseArgs } from 'node:util';
import { findRepoRoot, getApi } from '@session-apis/registry';
import { ScaffoldError, scaffoldApi } from './new-api.mjs';

const usage = 'usage: pnpm new-api <name> [--title "Vendor — Product"] [--summary "One line."] [--root <repo>]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { title: { type: 'string' }, summary: { type: 'string' }, root: { type: 'string' } },
  });
} catch (err) {
  console.error(`${err instanceof Error ? err.message : err}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (positionals.length !== 1 || !positionals[0]) {
  console.error(usage);
  process.exit(2);
}
const repoRoot = values.root ?? findRepoRoot();

/** @type {typeof import('@session-apis/codegen') | undefined} */
let codegen;
try {
  const { names, files } = scaffoldApi({ name: positionals[0], title: values.title, summary: values.summary, repoRoot });
  for (const file of files) console.log(`  wrote ${file}`);
  // Loaded only now: codegen brings openapi-typescript and TypeScript, which a refused name does not need.
  codegen = await import('@session-apis/codegen');
  await codegen.generateApi(getApi(names.name, repoRoot), { repoRoot });
  console.log(`\n✓ ${names.name}: next, run  pnpm install && pnpm build && pnpm test`);
  console.log(`  then replace the example operation in specs/${names.name}/openapi.yaml and grow @session-apis/${names.name}.`);
} catch (err) {
  if (!(err instanceof ScaffoldError) && !(codegen && err instanceof codegen.SpecError)) throw err;
  console.error(`✗ ${err.message}`);
  process.exit(1);
}
