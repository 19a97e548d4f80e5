// @ts-check
// `pnpm test` runs every vitest suite of the workspace in ONE vitest process: one start-up instead of one per
// package, and one pool of workers that keeps both cores busy across suites. Each package keeps its own
// vitest.config (include, timeouts, global setup such as its Prism mock), so `pnpm test` inside a package still works
// alone. The projects are listed from the workspace, so a new package with a `vitest run` test script joins by itself.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { availableParallelism } from 'node:os';
import LongestFirst from './src/sequencer.mjs';
import { listSuites } from './src/suites.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CONFIG_NAMES = ['vitest.config.ts', 'vitest.config.mts', 'vitest.config.mjs', 'vitest.config.js'];
/** The options a suite's config may set and still share a project with the suites that set them alike. */
const SHAREABLE = new Set(['include', 'testTimeout', 'hookTimeout']);
const DEFAULT_INCLUDE = ['**/*.{test,spec}.?(c|m)[jt]s?(x)'];

// `--project <name>` picks suites by name, so each suite stays a project of its own then.
const pickedByName = process.argv.some((arg) => arg === '--project' || arg.startsWith('--project='));
// A full `pnpm test` runs the type tests in a vitest process of their own, beside the other tests (src/run.mjs says
// why): TEST_REPORT_PART=runtime leaves them out, =types runs only them; unset, one process runs everything.
const part = process.env.TEST_REPORT_PART;

/**
 * A suite's `test` options when its config is plain JavaScript that sets only shareable ones (the config files in
 * TypeScript, with global setups, execArgv or type tests, keep a project of their own).
 * @param {import('./src/suites.mjs').Suite} suite @param {string | undefined} config
 * @returns {Promise<Record<string, unknown> | undefined>}
 */
async function shareableOptions(suite, config) {
  if (pickedByName || typeTestsOf(suite)) return undefined;
  if (config && !/\.m?js$/.test(config)) return undefined;
  const loaded = config ? (await import(pathToFileURL(config).href)).default : {};
  const keys = Object.keys(loaded ?? {});
  if (keys.some((key) => key !== 'test')) return undefined;
  const test = loaded?.test ?? {};
  return Object.keys(test).every((key) => SHAREABLE.has(key)) ? test : undefined;
}

/** `vitest run --typecheck` in the package's script: it has type tests. @param {import('./src/suites.mjs').Suite} suite */
const typeTestsOf = (suite) => suite.script.includes('--typecheck');

/** @type {import('vitest/config').TestProjectInlineConfiguration[]} */
const projects = [];
/** Suites whose configs differ only in `include`, by their other options: one project each. */
const shared = new Map();
for (const suite of listSuites(root).filter((s) => s.vitest)) {
  const config = CONFIG_NAMES.map((name) => join(suite.dir, name)).find((path) => existsSync(path));
  const options = await shareableOptions(suite, config);
  if (options && part !== 'types') {
    const { include = DEFAULT_INCLUDE, ...rest } = options;
    const key = JSON.stringify(rest);
    const group = shared.get(key) ?? { options: rest, names: [], include: [] };
    group.names.push(suite.name);
    group.include.push(...(/** @type {string[]} */ (include)).map((glob) => `${relative(root, suite.dir)}/${glob}`));
    shared.set(key, group);
    continue;
  }
  const typeTests = typeTestsOf(suite);
  if (part === 'types' && !typeTests) continue;
  projects.push({
    ...(config ? { extends: config } : {}),
    root: suite.dir,
    // `vitest run --typecheck` in the package's script: the type tests run here too (or only they, or all but they).
    test: {
      name: suite.name,
      ...(typeTests ? { typecheck: part === 'runtime' ? { enabled: false } : { enabled: true, ...(part === 'types' ? { only: true } : {}) } } : {}),
      // One module graph per worker across files (a package's own `vitest run` keeps its config's choice): a fresh
      // worker per file cost ~0.5 s of CPU each, ~15 s of this run. Every file passes either way; the files set
      // up and tear down what they change (servers, temp dirs, env) rather than relying on a new process.
      isolate: false,
    },
  });
}
// Suites configured alike run as one project: vitest gives a worker to one project only, so each project costs at
// least one worker process (~0.5 s of CPU to start, and its imports again); most tools' suites are one or two files.
for (const group of shared.values()) {
  projects.push({
    root,
    test: {
      name: group.names.length === 1 ? group.names[0] : group.names.map((/** @type {string} */ name) => name.replace('@session-apis/', '')).join('+'),
      include: group.include,
      ...group.options,
      isolate: false,
    },
  });
}

// vitest's default in a run is one worker less than there are cores: one worker on this 2-core machine. Many files
// here mostly wait (on Prism, npm, Chromium, a spawned CLI), so one worker more than cores keeps both busy.
const maxWorkers = Number(process.env.TEST_REPORT_WORKERS) || availableParallelism() + 1;

export default { test: { projects, maxWorkers, sequence: { sequencer: LongestFirst } } };
