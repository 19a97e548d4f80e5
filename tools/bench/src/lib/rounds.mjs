// @ts-check
// Side-by-side measurement on a noisy shared machine: the tasks run in several short rounds, in a rotated
// order, each round a tinybench run with its own warm-up. Drift (another process taking a core, a GC storm)
// then hits every task of a round alike, and the per-round ratios stay meaningful; the median over rounds
// is reported.
import { Bench } from 'tinybench';
import { median } from './results.mjs';

/**
 * @typedef {object} RoundOptions
 * @property {number} rounds
 * @property {number} [timeMs]            time budget per task per round (sequential: at least `iterations` too)
 * @property {number} [iterations]        minimum (or, with timeMs 0, exact) iterations per task per round
 * @property {number} [warmupMs]
 * @property {number} [warmupIterations]
 * @property {number} [opsPerIteration]   operations one task call performs (a batch), for ops/s
 */

/**
 * Runs `tasks` side by side; returns, per task, its ops/s in each round (median sample of the round).
 * @param {Record<string, () => Promise<unknown>>} tasks
 * @param {RoundOptions} options
 * @returns {Promise<Record<string, number[]>>}
 */
export async function runRounds(tasks, options) {
  const names = Object.keys(tasks);
  /** @type {Record<string, number[]>} */
  const opsPerSec = Object.fromEntries(names.map((n) => [n, []]));
  const perCall = options.opsPerIteration ?? 1;
  for (let round = 0; round < options.rounds; round++) {
    const bench = new Bench({
      time: options.timeMs ?? 300,
      iterations: options.iterations ?? 64,
      warmupTime: options.warmupMs ?? 100,
      warmupIterations: options.warmupIterations ?? 16,
      throws: true,
    });
    // Rotate the order so no task always runs first (fresh JIT state) or last (after the others' garbage).
    for (let i = 0; i < names.length; i++) {
      const name = /** @type {string} */ (names[(i + round) % names.length]);
      bench.add(name, /** @type {() => Promise<unknown>} */ (tasks[name]), { async: true });
    }
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state === 'errored' ? result.error.message : result.state}`);
      // Median latency of the round → ops/s; the median resists the odd stalled sample.
      opsPerSec[task.name]?.push((1000 / result.latency.p50) * perCall);
    }
  }
  return opsPerSec;
}

/**
 * Median over rounds of the per-round ratio a/b (both measured in the same round).
 * @param {number[]} a
 * @param {number[]} b
 */
export function medianRatio(a, b) {
  return median(a.map((x, i) => x / /** @type {number} */ (b[i])));
}
