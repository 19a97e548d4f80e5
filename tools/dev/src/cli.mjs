#!/usr/bin/env node
// @ts-check
// pnpm dev [api…] [--once]: watches specs/; on each save of an API's spec file, lints that spec, regenerates that
// API's types, type-checks its client package, restarts its Prism mock and re-runs the package's tests that use
// the mock — one status line per step, then the time from the save to the result. Starts with one such pass per
// API (which also loads everything the later passes reuse). --once: that first pass only, then exit (non-zero if
// any step failed).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findRepoRoot, listApis } from '@session-apis/registry';
import { runPipeline } from './pipeline.mjs';
import { createMock, createTestRunner, createTypechecker, generate, lint } from './steps.mjs';
import { watchSpecs } from './watch.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { once: { type: 'boolean', default: false } } });
const repoRoot = findRepoRoot(process.cwd());
const registered = listApis(repoRoot);
const unknown = positionals.filter((name) => !registered.some((a) => a.name === name));
if (unknown.length) {
  console.error(`Unknown API ${unknown.join(', ')}. Registered in redocly.yaml: ${registered.map((a) => a.name).join(', ')}`);
  process.exit(2);
}
const selected = positionals.length ? registered.filter((a) => positionals.includes(a.name)) : registered;
const print = (/** @type {string} */ line) => console.log(line);

/** @typedef {import('./steps.mjs').Api} Api */
/** @type {Map<string, { mock: ReturnType<typeof createMock>, typechecker: ReturnType<typeof createTypechecker>, tests?: Awaited<ReturnType<typeof createTestRunner>> }>} */
const contexts = new Map();
for (const api of selected) contexts.set(api.name, { mock: createMock(api, repoRoot), typechecker: createTypechecker(api, repoRoot) });

/** @param {Api} api @param {number} [savedAt] */
async function pass(api, savedAt) {
  const context = contexts.get(api.name);
  if (!context) throw new Error(`${api.name}: not watched`);
  context.tests ??= await createTestRunner(api);
  const tests = context.tests;
  return runPipeline(api.name, {
    lint: () => lint(api, repoRoot),
    generate: () => generate(api, repoRoot),
    typecheck: () => context.typechecker.check(),
    prepareMock: () => context.mock.prepare(),
    test: (changed, mockUrl) => tests.run(changed, mockUrl),
  }, { print, ...(savedAt ? { startedAt: savedAt } : {}) });
}

/** @type {ReturnType<typeof watchSpecs> | undefined} */
let watcher;
async function shutdown(/** @type {number} */ code) {
  await Promise.all([...contexts.values()].map(async (c) => Promise.all([c.mock.stop(), c.tests?.close()])));
  await watcher?.close();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

let allOk = true;
for (const api of selected) {
  print(`\n${api.name}: first pass`);
  allOk = (await pass(api)).ok && allOk;
}
if (values.once) await shutdown(allOk ? 0 : 1);

// One pass at a time (they share two cores); saves that arrive meanwhile are run after it, once per API.
/** @type {Map<string, { api: Api, savedAt: number }>} */
const queued = new Map();
let running = false;
async function drain() {
  if (running) return;
  running = true;
  for (let next = queued.values().next(); !next.done; next = queued.values().next()) {
    const { api, savedAt } = next.value;
    queued.delete(api.name);
    await pass(api, savedAt);
  }
  running = false;
}

const specsDir = join(repoRoot, 'specs');
watcher = watchSpecs({
  specsDir,
  apis: () => selected,
  onChange: (api, file, savedAt) => {
    print(`\n${file.slice(repoRoot.length + 1)} saved → ${api.name}`);
    if (!queued.has(api.name)) queued.set(api.name, { api, savedAt });
    void drain();
  },
});
await watcher.ready;
print(`\nWatching specs/ for ${selected.map((a) => a.name).join(', ')} (Ctrl-C stops; mocks: ${selected.map((a) => `${a.name} ${contexts.get(a.name)?.mock.url}`).join(', ')})`);
