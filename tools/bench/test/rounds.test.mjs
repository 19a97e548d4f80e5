// @ts-check
// Throughput is calls ÷ elapsed wall time over the window; the clock is driven by the tasks here.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callFor, runRounds } from '../src/lib/rounds.mjs';

let now = 0;
afterEach(() => vi.restoreAllMocks());
/** A task that takes `ms` of the (fake) clock per call and records its name. */
function task(/** @type {string} */ name, /** @type {number} */ ms, /** @type {string[]} */ log) {
  return async () => {
    log.push(name);
    now += ms;
  };
}

describe('runRounds', () => {
  it('reports calls × opsPerCall ÷ elapsed time of each window, after the warm-up', async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    /** @type {string[]} */
    const log = [];
    const ops = await runRounds({ fast: task('fast', 2, log), slow: task('slow', 8, log) }, { rounds: 2, calls: 10, warmupMs: 0, warmupCalls: 3, opsPerCall: 4 });
    expect(ops).toEqual({ fast: [2000, 2000], slow: [500, 500] });
    expect(log.length).toBe(2 * 2 * (3 + 10));
  });

  it('rotates the order of the tasks from round to round', async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    /** @type {string[]} */
    const log = [];
    await runRounds({ a: task('a', 1, log), b: task('b', 1, log), c: task('c', 1, log) }, { rounds: 3, calls: 1, warmupMs: 0, warmupCalls: 1 });
    const firstOfRound = [0, 6, 12].map((i) => log[i]);
    expect(firstOfRound).toEqual(['a', 'b', 'c']);
  });

  it('a time window includes every call that ends in it, however slow (a GC pause counts)', async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    let call = 0;
    const { calls, ms } = await callFor(async () => {
      now += ++call === 3 ? 50 : 1; // one stalled call
    }, 10, 1);
    expect({ calls, ms }).toEqual({ calls: 3, ms: 52 });
  });
});
