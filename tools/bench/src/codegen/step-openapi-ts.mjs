// @ts-check
// Child step: openapi-typescript alone (programmatic, the options our codegen uses), without our structural
// pre-check, to show what the library itself costs. Usage: node step-openapi-ts.mjs <spec> <out.ts>
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const [spec, out] = process.argv.slice(2);
if (!spec || !out) throw new Error('usage: step-openapi-ts.mjs <spec> <out.ts>');
const ast = await openapiTS(pathToFileURL(resolve(spec)), { alphabetize: false, exportType: false, silent: true });
writeFileSync(out, astToString(ast));
