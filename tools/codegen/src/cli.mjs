#!/usr/bin/env node
// @ts-check
// Usage: session-apis-codegen <api…> | --all [--check]
//   <api>    a name registered in redocly.yaml (each client package's `generate` script passes its own)
//   --check  regenerate in memory and fail if the committed file differs (the drift check)
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { findRepoRoot, getApi, listApis } from '@session-apis/registry';
import { generateApi, SpecError } from './generate.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { all: { type: 'boolean', default: false }, check: { type: 'boolean', default: false } },
});

const repoRoot = findRepoRoot(process.cwd());
const apis = values.all ? listApis(repoRoot) : positionals.map((name) => getApi(name, repoRoot));
if (apis.length === 0) {
  console.error('usage: session-apis-codegen <api…> | --all [--check]');
  process.exit(2);
}

let failed = false;
for (const api of apis) {
  const out = relative(repoRoot, api.output);
  try {
    const result = await generateApi(api, {
      repoRoot,
      check: values.check,
      onStale: (file) => console.error(`✗ ${relative(repoRoot, file)} is stale: run \`pnpm generate\` and commit the result`),
    });
    if (result === 'stale') {
      failed = true;
    } else {
      console.log(`✓ ${api.name}: ${out} ${result}`);
    }
  } catch (error) {
    failed = true;
    const detail = error instanceof SpecError ? error.message : String(/** @type {Error} */ (error)?.stack ?? error);
    console.error(`✗ ${api.name}: spec is invalid; ${out} was left untouched\n${detail}`);
  }
}
process.exit(failed ? 1 : 0);
