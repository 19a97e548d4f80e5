// @ts-check
// `pnpm test` runs every vitest suite of the workspace in ONE vitest process: one start-up instead of one per
// package, and one pool of workers that keeps both cores busy across suites. Each package keeps its own
// vitest.config (include, timeouts, global setup such as its Prism mock), so `pnpm test` inside a package still works
// alone. The projects are listed from the workspace, so a new package with a `vitest run` test script joins by itself.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import LongestFirst from './src/sequencer.mjs';
import { listSuites } from './src/suites.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CONFIG_NAMES = ['vitest.config.ts', 'vitest.config.mts', 'vitest.config.mjs', 'vitest.config.js'];

/** @type {import('vitest/config').UserWorkspaceConfig[]} */
const projects = listSuites(root)
  .filter((suite) => suite.vitest)
  .map((suite) => {
    const config = CONFIG_NAMES.map((name) => join(suite.dir, name)).find((path) => existsSync(path));
    return {
      extends: config ?? false,
      root: suite.dir,
      // `vitest run --typecheck` in the package's script: the type tests run here too.
      test: {
        name: suite.name,
        ...(suite.script.includes('--typecheck') ? { typecheck: { enabled: true } } : {}),
        // One module graph per worker across files (a package's own `vitest run` keeps its config's choice): a fresh
        // worker per file cost ~0.5 s of CPU each, ~15 s of this run. Every file passes either way; the files set
        // up and tear down what they change (servers, temp dirs, env) rather than relying on a new process.
        isolate: false,
      },
    };
  });

// vitest's default in a run is one worker less than there are cores: one worker on this 2-core machine. Many files
// here mostly wait (on Prism, npm, Chromium, a spawned CLI), so one worker more than cores keeps both busy.
const maxWorkers = Number(process.env.TEST_REPORT_WORKERS) || availableParallelism() + 1;

export default { test: { projects, maxWorkers, sequence: { sequencer: LongestFirst } } };
