// @ts-check
// Build: dist/specs/<api>.json — every registered spec bundled and dereferenced, shipped inside the package so
// `npx @session-apis/conformance` needs neither this repository nor Redocly — and dist/types (declarations
// generated from the JSDoc of src/). The code itself runs from src/ as written.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { listApis } from '@session-apis/registry';
import { bundleSpec } from '../src/spec.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = `${root}dist/`;
rmSync(dist, { recursive: true, force: true });
mkdirSync(`${dist}specs`, { recursive: true });
for (const api of listApis()) {
  const spec = await bundleSpec(api.root);
  writeFileSync(`${dist}specs/${api.name}.json`, `${JSON.stringify(spec)}\n`);
}
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
