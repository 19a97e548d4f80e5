// @ts-check
// Child step: the repository's own codegen (structural spec check + openapi-typescript + print), exactly what
// `pnpm generate` runs for one API, on a synthetic spec. Usage: node step-codegen.mjs <spec> <out.ts>
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findRepoRoot } from '@session-apis/registry';

const [spec, out] = process.argv.slice(2);
if (!spec || !out) throw new Error('usage: step-codegen.mjs <spec> <out.ts>');
// @session-apis/codegen exports no module entry yet, so its generate.mjs is loaded by path.
const generate = pathToFileURL(resolve(findRepoRoot(), 'tools/codegen/src/generate.mjs')).href;
const { renderTypes } = /** @type {typeof import('../../../codegen/src/generate.mjs')} */ (await import(generate));
writeFileSync(out, await renderTypes(resolve(spec), dirname(resolve(spec))));
