// @ts-check
// Benchmark 4, codegen at scale: synthetic specs of growing size go through the three steps a spec change
// triggers — `redocly lint`, codegen (openapi-typescript), `tsc --noEmit` (strict) of the generated types
// plus a small openapi-fetch consumer — each step as its own child process so time and peak memory are
// per step.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { findRepoRoot } from '@session-apis/registry';
import { runNodeStep } from '../lib/child.mjs';
import { checked, failed, fmt, info, median } from '../lib/results.mjs';
import { syntheticSpec } from './synthetic-spec.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const redoclyBin = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
const tscBin = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
const openapiFetchTypes = join(dirname(require.resolve('openapi-fetch/package.json')), 'dist', 'index.d.mts');

const BENCH = '4 Codegen at scale';
/** In the order a spec change runs them; `openapi-typescript` is the library alone, `codegen` is ours around it. */
const STEPS = ['lint', 'openapi-typescript', 'codegen', 'tsc'];
/** Target: 1,000 operations through openapi-typescript in < 3 s (checked alone and inside our codegen step). */
const CODEGEN_1000_MS = 3000;
/** "Close to linear": time grows at most like n^1.2 between the two largest sizes. */
const LINEAR_EXPONENT = 1.2;

/**
 * @typedef {{ name: string, ms: number, maxRssMb: number, cpuMs: number }} StepTiming
 * @typedef {{ operations: number, specKb: number, schemaKb: number, steps: StepTiming[] }} SizeResult
 */

/**
 * @param {{ sizes: number[], repeats: (operations: number) => number, log: (line: string) => void }} options
 * @returns {Promise<{ rows: import('../lib/results.mjs').Row[], sizes: SizeResult[] }>}
 */
export async function codegenAtScale({ sizes, repeats, log }) {
  const root = mkdtempSync(join(tmpdir(), 'bench-codegen-'));
  /** @type {SizeResult[]} */
  const results = [];
  /** @type {import('../lib/results.mjs').Row[]} */
  const rows = [];
  try {
    for (const operations of sizes) {
      const dir = join(root, `ops-${operations}`);
      try {
        const size = await measureSize(dir, operations, repeats(operations));
        results.push(size);
        log(
          `  ${String(operations).padStart(5)} ops (spec ${Math.round(size.specKb)} kB → schema.ts ${Math.round(size.schemaKb)} kB, median of ${repeats(operations)}): ` +
            size.steps.map((s) => `${s.name} ${fmt.ms(s.ms)} / ${fmt.mb(s.maxRssMb)}`).join(', '),
        );
      } catch (error) {
        // One size failing (e.g. out of memory) must not hide the sizes that worked.
        rows.push(failed(BENCH, `${operations} ops`, error));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }

  for (const [i, size] of results.entries()) {
    const prev = results[i - 1];
    for (const step of size.steps) {
      const before = prev?.steps.find((s) => s.name === step.name);
      const growth = before ? `; ×${(step.ms / before.ms).toFixed(2)} time, ×${(step.maxRssMb / before.maxRssMb).toFixed(2)} memory vs ${prev?.operations}` : '';
      const metric = `${stepLabel(step.name)}, ${size.operations} ops`;
      const shown = `${fmt.ms(step.ms)}, ${fmt.mb(step.maxRssMb)} peak${growth}`;
      if ((step.name === 'codegen' || step.name === 'openapi-typescript') && size.operations === 1000) {
        rows.push(checked(BENCH, metric, step.ms, shown, { op: '<', limit: CODEGEN_1000_MS, text: '< 3 s' }, { ...step }));
      } else {
        rows.push(info(BENCH, metric, step.ms, shown, { ...step }));
      }
    }
  }
  // Linearity is judged between the two largest sizes: below that, process start-up dominates every step.
  const [a, b] = results.slice(-2);
  if (a && b) {
    const sizeFactor = b.operations / a.operations;
    for (const step of b.steps) {
      const prev = /** @type {StepTiming} */ (a.steps.find((s) => s.name === step.name));
      const timeFactor = step.ms / prev.ms;
      const exponent = Math.log(timeFactor) / Math.log(sizeFactor);
      const memFactor = step.maxRssMb / prev.maxRssMb;
      const metric = `${stepLabel(step.name)} growth ${a.operations}→${b.operations} ops`;
      const shown = `time ×${timeFactor.toFixed(2)} for ×${sizeFactor} ops (n^${exponent.toFixed(2)}), memory ×${memFactor.toFixed(2)}`;
      const detail = { from: a.operations, to: b.operations, timeFactor, exponent, memFactor };
      rows.push(checked(BENCH, metric, exponent, shown, { op: '<=', limit: LINEAR_EXPONENT, text: `≤ n^${LINEAR_EXPONENT} (≈ linear)` }, detail));
    }
  }
  return { rows, sizes: results };
}

/**
 * Runs every step `runs` times on one synthetic spec; medians per step.
 * @param {string} dir
 * @param {number} operations
 * @param {number} runs
 * @returns {Promise<SizeResult>}
 */
async function measureSize(dir, operations, runs) {
  const specKb = prepare(dir, operations);
  /** @type {Record<string, () => Promise<import('../lib/child.mjs').StepResult>>} */
  const steps = {
    lint: () => runNodeStep([redoclyBin, 'lint', 'synthetic', '--config', 'redocly.yaml'], { cwd: dir }),
    'openapi-typescript': () => runNodeStep([join(here, 'step-openapi-ts.mjs'), 'openapi.yaml', 'schema-plain.ts'], { cwd: dir }),
    codegen: () => runNodeStep([join(here, 'step-codegen.mjs'), 'openapi.yaml', 'schema.ts'], { cwd: dir }),
    tsc: () => runNodeStep([tscBin, '-p', 'tsconfig.json'], { cwd: dir }),
  };
  /** @type {Record<string, import('../lib/child.mjs').StepResult[]>} */
  const samples = Object.fromEntries(STEPS.map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const name of STEPS) {
      const r = await /** @type {() => Promise<import('../lib/child.mjs').StepResult>} */ (steps[name])();
      if (r.code !== 0) throw new Error(`${name} failed on ${operations} operations (exit ${r.code}):\n${r.output.slice(-3000)}`);
      samples[name]?.push(r);
    }
  }
  const result = STEPS.map((name) => {
    const s = samples[name] ?? [];
    return { name, ms: median(s.map((r) => r.ms)), maxRssMb: median(s.map((r) => r.maxRssMb)), cpuMs: median(s.map((r) => r.cpuMs)) };
  });
  const schemaKb = readFileSync(join(dir, 'schema.ts')).byteLength / 1024;
  return { operations, specKb, schemaKb, steps: result };
}

/** @param {string} name */
function stepLabel(name) {
  return (
    { lint: 'redocly lint', 'openapi-typescript': 'openapi-typescript alone', codegen: 'codegen (check + openapi-typescript)', tsc: 'tsc --noEmit strict' }[name] ??
    name
  );
}

/**
 * Writes the spec, a Redocly config with the repository's own rules, a strict tsconfig and a consumer file.
 * @param {string} dir
 * @param {number} operations
 * @returns {number} spec size in kB
 */
function prepare(dir, operations) {
  mkdirSync(dir, { recursive: true });
  const spec = stringify(syntheticSpec(operations), { aliasDuplicateObjects: false });
  writeFileSync(join(dir, 'openapi.yaml'), spec);

  // The repository's lint rules: root rules plus the first API's per-API rules (example validation).
  const repoConfig = parse(readFileSync(join(findRepoRoot(), 'redocly.yaml'), 'utf8'));
  const apiRules = /** @type {{ rules?: unknown }[]} */ (Object.values(repoConfig.apis ?? {}))[0]?.rules ?? {};
  const config = { telemetry: 'off', extends: repoConfig.extends, rules: repoConfig.rules, apis: { synthetic: { root: 'openapi.yaml', rules: apiRules } } };
  writeFileSync(join(dir, 'redocly.yaml'), stringify(config));

  // The repository's strict compiler options; openapi-fetch mapped by path since the temp dir has no node_modules.
  const tsconfig = {
    extends: join(findRepoRoot(), 'tsconfig.base.json'),
    compilerOptions: { noEmit: true, declaration: false, declarationMap: false, sourceMap: false, types: [], paths: { 'openapi-fetch': [openapiFetchTypes] } },
    files: ['schema.ts', 'usage.ts'],
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  // What a client package does with the types: openapi-fetch typed by `paths`, checked against all of them.
  writeFileSync(
    join(dir, 'usage.ts'),
    `import createClient from 'openapi-fetch';
import type { paths } from './schema.js';

const client = createClient<paths>({ baseUrl: 'https://api.acme.test/v1' });

export async function demo(): Promise<unknown[]> {
  const page = await client.GET('/v1/accounts', { params: { query: { limit: 10, tag: ['prod'] } } });
  const one = await client.GET('/v1/accounts/{accountId}', { params: { path: { accountId: 'r-1' } } });
  const made = await client.POST('/v1/accounts', { body: { name: 'Primary', status: 'active' } });
  const gone = await client.DELETE('/v1/accounts/{accountId}', { params: { path: { accountId: 'r-1' } } });
  return [page.data?.items[0]?.name, one.data?.status, made.error?.code, gone.response.status];
}
`,
  );
  return Buffer.byteLength(spec) / 1024;
}
