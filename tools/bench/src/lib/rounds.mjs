// @ts-check
// Side-by-side throughput on a noisy shared machine. Throughput is calls ÷ elapsed wall time over a window of
// back-to-back calls, so garbage collection, timers and promise scheduling are paid inside the window — a median
// of per-call latencies would leave the GC pauses out, and GC is a large part of what a client costs.
// The tasks run in several short rounds in a rotated order (drift — another process taking a core — then hits
// every task of a round alike); ratios are taken per round and the median over rounds is reported.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { median } from './results.mjs';

/**
 * @typedef {object} RoundOptions
 * @property {number} rounds
 * @property {number} [windowMs]      measure for this long per task per round (used when `calls` is not given)
 * @property {number} [calls]         or: exactly this many calls per task per round (bounded request counts)
 * @property {number} [warmupMs]      warm-up per task per round, at least `warmupCalls` calls
 * @property {number} [warmupCalls]
 * @property {number} [opsPerCall]    operations one task call performs (a batch), for ops/s
 */

/**
 * Runs `tasks` side by side; returns, per task, its ops/s in each round.
 * @param {Record<string, () => Promise<unknown>>} tasks
 * @param {RoundOptions} options
 * @returns {Promise<Record<string, number[]>>}
 */
export async function runRounds(tasks, options) {
  const names = Object.keys(tasks);
  /** @type {Record<string, number[]>} */
  const opsPerSec = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < options.rounds; round++) {
    // Rotate the order so no task always runs first (fresh JIT state) or last.
    for (let i = 0; i < names.length; i++) {
      const name = /** @type {string} */ (names[(i + round) % names.length]);
      const task = /** @type {() => Promise<unknown>} */ (tasks[name]);
      await callFor(task, options.warmupMs ?? 100, options.warmupCalls ?? 16);
      // Each window starts on a clean heap, so a task pays for its own garbage and not for the previous one's.
      fullGc();
      const { calls, ms } = await callFor(task, options.calls === undefined ? (options.windowMs ?? 300) : 0, options.calls ?? 1);
      opsPerSec[name]?.push((calls * (options.opsPerCall ?? 1) * 1000) / ms);
    }
  }
  return opsPerSec;
}

/**
 * Calls `task` back to back until `ms` have passed and at least `minCalls` calls were made.
 * @param {() => Promise<unknown>} task
 * @param {number} ms
 * @param {number} minCalls
 * @returns {Promise<{ calls: number, ms: number }>}
 */
export async function callFor(task, ms, minCalls) {
  const started = performance.now();
  let calls = 0;
  let elapsed = 0;
  do {
    await task();
    calls++;
    elapsed = performance.now() - started;
  } while (calls < minCalls || elapsed < ms);
  return { calls, ms: elapsed };
}

/** @type {(() => void) | undefined} */
let gc;
/** A full, synchronous garbage collection (V8's `gc`, reached without restarting Node with --expose-gc). */
export function fullGc() {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = /** @type {() => void} */ (runInNewContext('gc'));
  }
  gc();
}

/**
 * Median over rounds of the per-round ratio a/b (both measured in the same round).
 * @param {number[]} a
 * @param {number[]} b
 */
export function medianRatio(a, b) {
  return median(a.map((x, i) => x / /** @type {number} */ (b[i])));
}
