#!/usr/bin/env node
// @ts-check
// `pnpm bench`: runs every benchmark, prints each one's rows as it finishes and a final table, and writes
// bench-results.json at the repository root. Not part of `pnpm test`: the numbers are ratios measured side by
// side, meaningful on a busy machine, but not pass/fail material for CI.
//   --quick           fewer rounds, codegen sizes 10/100/1000 only
//   --skip-pipeline   leave out benchmark 5 (it runs a cold build and the whole test suite)
//   --only <names>    comma-separated subset: in-process, loopback, size, codegen, pipeline
//   --out <file>      where to write the JSON (default <repo>/bench-results.json)
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findRepoRoot } from '@session-apis/registry';
import { bundleSizes } from './bundle-size.mjs';
import { inProcess, loopback } from './client/overhead.mjs';
import { codegenAtScale } from './codegen/scale.mjs';
import { failed, renderTable } from './lib/results.mjs';
import { pipeline } from './pipeline.mjs';

const ALL = ['in-process', 'loopback', 'size', 'codegen', 'pipeline'];
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'skip-pipeline': { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string' },
  },
});
const selected = values.only ? values.only.split(',').map((s) => s.trim()) : ALL.filter((b) => !(b === 'pipeline' && values['skip-pipeline']));
const unknown = selected.filter((b) => !ALL.includes(b));
if (unknown.length) {
  console.error(`--only: unknown benchmark(s) ${unknown.join(', ')}; known: ${ALL.join(', ')}`);
  process.exit(2);
}
const quick = values.quick;
const repoRoot = findRepoRoot();
const log = (/** @type {string} */ line) => console.log(line);

/** @type {Record<string, { title: string, targets: string, run: () => Promise<import('./lib/results.mjs').Row[]> }>} */
const benchmarks = {
  'in-process': {
    title: '1 Client overhead, in-process (stubbed fetch, one GET, fresh Response with the spec example; peers ofetch, ky)',
    targets: 'targets: ours ≥ 0.90× bare openapi-fetch in throughput; ours ≤ 1 Request, Response, AbortController, timer per attempt',
    run: () => inProcess({ quick, log }),
  },
  loopback: {
    title: '2 Client overhead, loopback HTTP (node:http child process, sequential and 16 in flight; peers ofetch, ky, got)',
    targets: 'targets: ours ≥ 0.95× bare openapi-fetch in throughput, and ahead of every peer',
    run: () => loopback({ quick, log }),
  },
  size: {
    title: '3 Bundle size (esbuild, browser, min+gzip, via tools/size)',
    targets: 'target: ≤ 8 kB per client',
    run: () => bundleSizes({ log }),
  },
  codegen: {
    title: `4 Codegen at scale (${quick ? '10/100/1000' : '10/100/1000/5000'} operations, each step a child process)`,
    targets: 'targets: codegen of 1,000 operations < 3 s; growth between the two largest sizes ≤ n^1.2',
    run: async () => {
      const sizes = quick ? [10, 100, 1000] : [10, 100, 1000, 5000];
      const { rows } = await codegenAtScale({ sizes, repeats: () => (quick ? 1 : 3), log });
      return rows;
    },
  },
  pipeline: {
    title: '5 Pipeline (cold and cached build, test suites, Prism start-up)',
    targets: 'targets: cached build < 2 s; both client test suites incl. Prism start-up < 15 s',
    run: () => pipeline({ log }),
  },
};

const startedAt = new Date();
const load = [loadavg()];
/** @type {import('./lib/results.mjs').Row[]} */
const rows = [];
for (const name of selected) {
  const bench = /** @type {(typeof benchmarks)[string]} */ (benchmarks[name]);
  console.log(`\n## ${bench.title}\n   ${bench.targets}`);
  const started = performance.now();
  let benchRows;
  try {
    benchRows = await bench.run();
  } catch (error) {
    benchRows = [failed(bench.title.split(' (')[0] ?? name, 'benchmark', error)];
  }
  rows.push(...benchRows);
  console.log(`${renderTable(benchRows)}\n   (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
load.push(loadavg());

const misses = rows.filter((r) => r.status === 'MISS');
const errors = rows.filter((r) => r.status === 'ERROR');
console.log(`\n## Results (${startedAt.toISOString()}, Node ${process.version}, ${cpus().length} CPUs, load ${load.map((l) => l[0]?.toFixed(1)).join(' → ')})\n`);
console.log(renderTable(rows));
const checked = rows.filter((r) => r.status === 'PASS' || r.status === 'MISS');
console.log(`\n### Targets only\n\n${renderTable(rows.filter((r) => r.status !== 'INFO'))}`);
console.log(`\n${checked.length - misses.length}/${checked.length} targets met${errors.length ? `, ${errors.length} measurement(s) failed` : ''}.`);
for (const r of misses) console.log(`  MISS ${r.benchmark} — ${r.metric}: ${r.shown} vs ${r.target} (${r.note})`);
for (const r of errors) console.log(`  ERROR ${r.benchmark} — ${r.metric}: ${r.note}`);

const out = values.out ? resolve(values.out) : join(repoRoot, 'bench-results.json');
const machine = { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), loadavgStart: load[0], loadavgEnd: load[1] };
writeFileSync(out, `${JSON.stringify({ startedAt: startedAt.toISOString(), options: { quick, benchmarks: selected }, machine, rows }, null, 2)}\n`);
console.log(`\nWrote ${out}`);
