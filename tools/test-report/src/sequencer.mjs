// @ts-check
// Longest first, across all suites: with one pool for every suite, a long file started last (the consumer smoke
// test's npm install and two tsc runs, codegen's CLI runs) would leave one core idle at the end. A file's expected
// length is its duration in vitest's cache from the last run here, else its suite's testTimeout, which each package
// sets from how long its tests take (process-spawning tool tests: 60–300 s; unit tests: 10–20 s).
import { relative } from 'node:path';
import { BaseSequencer } from 'vitest/node';

export default class LongestFirst extends BaseSequencer {
  /**
   * @override
   * @param {import('vitest/node').TestSpecification[]} files
   */
  async sort(files) {
    const { cache, config } = this.ctx;
    /** @param {import('vitest/node').TestSpecification} spec */
    const expected = (spec) =>
      cache.getFileTestResults(`${spec.project.name}:${relative(config.root, spec.moduleId)}`)?.duration ?? spec.project.config.testTimeout;
    /** @param {import('vitest/node').TestSpecification} spec */
    const size = (spec) => cache.getFileStats(`${spec.project.name}:${relative(config.root, spec.moduleId)}`)?.size ?? 0;
    return [...files].sort((a, b) => expected(b) - expected(a) || size(b) - size(a));
  }
}
