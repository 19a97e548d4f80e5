// @ts-check
// Longest first, suite by suite: with one pool for every suite, a long file started last (the release tests'
// git and CLI runs, codegen's, the consumer smoke test's npm install) would leave a core idle at the end. A file's
// expected length is its duration in vitest's cache from the last run here. Without one (a fresh clone), files
// that start processes (a CLI, Prism, Chromium, npm: seconds each) go first, then by their suite's testTimeout,
// which each package sets from how long its tests take, then the larger file first.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer } from 'vitest/node';

const STARTS_PROCESSES = /node:child_process|\bstartMocks?\(|\bstartPrism\w*\(|\.launch\(/;

/** @param {string} file */
function startsProcesses(file) {
  try {
    return STARTS_PROCESSES.test(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}

export default class LongestFirst extends BaseSequencer {
  /**
   * @override
   * @param {import('vitest/node').TestSpecification[]} files
   */
  async sort(files) {
    const { cache, config } = this.ctx;
    /** @param {import('vitest/node').TestSpecification} spec */
    const key = (spec) => `${spec.project.name}:${relative(config.root, spec.moduleId)}`;
    const known = files.every((spec) => cache.getFileTestResults(key(spec))?.duration !== undefined);
    /** @param {import('vitest/node').TestSpecification} spec @returns {number[]} */
    const weight = (spec) =>
      known
        ? [/** @type {number} */ (cache.getFileTestResults(key(spec))?.duration)]
        : [startsProcesses(spec.moduleId) ? 1 : 0, spec.project.config.testTimeout, cache.getFileStats(key(spec))?.size ?? 0];
    const weights = new Map(files.map((spec) => [spec, weight(spec)]));
    /** @param {import('vitest/node').TestSpecification} a @param {import('vitest/node').TestSpecification} b */
    const heavierFirst = (a, b) => {
      const wa = /** @type {number[]} */ (weights.get(a));
      const wb = /** @type {number[]} */ (weights.get(b));
      for (let i = 0; i < wa.length; i += 1) if (wa[i] !== wb[i]) return (wb[i] ?? 0) - (wa[i] ?? 0);
      return 0;
    };
    // Each project's files (a suite's, or those of the suites configured alike) stay together, its heaviest first, and
    // projects go in the order of their heaviest file. vitest hands a finished worker the next file only when that
    // file belongs to the same project (the worker was set up with its config): interleaved projects cost a new
    // worker process per file, ~0.6 s of CPU each.
    /** @type {Map<string, import('vitest/node').TestSpecification[]>} */
    const byProject = new Map();
    for (const spec of [...files].sort(heavierFirst)) {
      const list = byProject.get(spec.project.name) ?? [];
      list.push(spec);
      byProject.set(spec.project.name, list);
    }
    // Map keeps insertion order: the project of the heaviest file first, and so on.
    return [...byProject.values()].flat();
  }
}
