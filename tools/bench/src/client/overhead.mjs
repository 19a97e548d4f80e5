// @ts-check
// Benchmarks 1 and 2, client overhead: one GET made (a) with fetch directly, (b) with bare openapi-fetch,
// (c) with our client (auth, timeout and retries on) — first against a stubbed fetch in-process (pure client
// cost), then over loopback HTTP to a child-process server (what the overhead means next to real I/O).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { checked, failed, fmt, info, median } from '../lib/results.mjs';
import { medianRatio, runRounds } from '../lib/rounds.mjs';
import { loadScenarios } from './scenario.mjs';

const IN_PROCESS = '1 Client overhead, in-process';
const LOOPBACK = '2 Client overhead, loopback HTTP';
const IN_FLIGHT = 16;
const BATCH = 128; // requests per measured iteration with 16 in flight

/**
 * @typedef {import('../lib/results.mjs').Row} Row
 * @typedef {import('./scenario.mjs').Scenario} Scenario
 * @typedef {{ quick?: boolean, log: (line: string) => void }} Options
 */

/** @param {Options} options @returns {Promise<Row[]>} */
export async function inProcess({ quick, log }) {
  /** @type {Row[]} */
  const rows = [];
  let scenarios;
  try {
    scenarios = await loadScenarios();
  } catch (error) {
    return [failed(IN_PROCESS, 'scenarios', error)];
  }
  for (const s of scenarios) {
    const label = `${s.api} ${s.operationId}`;
    try {
      // A fresh Response per call with the same body: the spec example.
      const init = { status: 200, headers: { 'content-type': 'application/json' } };
      const stub = () => Promise.resolve(new Response(s.body, init));
      const baseUrl = `https://api.bench.invalid${s.basePath}`;
      const tasks = { a: s.direct(stub, baseUrl), b: s.bare(stub, baseUrl), c: s.ours(stub, baseUrl) };
      await verify(tasks, s.example);
      const ops = await runRounds(tasks, { rounds: quick ? 5 : 9, timeMs: quick ? 150 : 300, warmupMs: 100 });
      rows.push(...overheadRows(IN_PROCESS, label, s, ops, { metric: 'c/b', limit: 0.9 }));
      log(`  ${label}: ${summary(ops)}`);
    } catch (error) {
      rows.push(failed(IN_PROCESS, label, error, '(c) ≥ 0.90× (b)'));
    }
  }
  return rows;
}

/** @param {Options} options @returns {Promise<Row[]>} */
export async function loopback({ quick, log }) {
  /** @type {Row[]} */
  const rows = [];
  let scenarios;
  try {
    scenarios = await loadScenarios();
  } catch (error) {
    return [failed(LOOPBACK, 'scenarios', error)];
  }
  const server = await startServer(Object.fromEntries(scenarios.map((s) => [s.requestPath, s.body])));
  try {
    for (const s of scenarios) {
      const label = `${s.api} ${s.operationId}`;
      try {
        const baseUrl = `http://127.0.0.1:${server.port}${s.basePath}`;
        // Default fetch everywhere: Node's global fetch (undici) with its shared keep-alive pool.
        const calls = { a: s.direct(globalThis.fetch, baseUrl), b: s.bare(undefined, baseUrl), c: s.ours(undefined, baseUrl) };
        await verify(calls, s.example);
        const rounds = quick ? 3 : 5;
        // Bounded request counts: exact iterations (time budget 0), fixed warm-up.
        const sequential = await runRounds(calls, { rounds, timeMs: 0, iterations: quick ? 200 : 400, warmupMs: 0, warmupIterations: 50 });
        rows.push(...overheadRows(LOOPBACK, `${label}, sequential`, s, sequential, { metric: 'c/a', limit: 0.95 }));
        log(`  ${label}, sequential: ${summary(sequential)}`);
        const concurrent = Object.fromEntries(Object.entries(calls).map(([k, call]) => [k, () => pool(call, BATCH, IN_FLIGHT)]));
        const parallel = await runRounds(concurrent, {
          rounds,
          timeMs: 0,
          iterations: quick ? 6 : 12,
          warmupMs: 0,
          warmupIterations: 2,
          opsPerIteration: BATCH,
        });
        rows.push(...overheadRows(LOOPBACK, `${label}, ${IN_FLIGHT} in flight`, s, parallel, { metric: 'c/a', limit: 0.95 }));
        log(`  ${label}, ${IN_FLIGHT} in flight: ${summary(parallel)}`);
      } catch (error) {
        rows.push(failed(LOOPBACK, label, error, '(c) ≥ 0.95× (a)'));
      }
    }
  } finally {
    server.stop();
  }
  return rows;
}

/**
 * Every way of making the call must return the spec example, or the benchmark would measure a failure path.
 * @param {Record<string, () => Promise<unknown>>} tasks
 * @param {unknown} example
 */
async function verify(tasks, example) {
  for (const [name, task] of Object.entries(tasks)) {
    const got = await task();
    if (!isDeepStrictEqual(got, example)) throw new Error(`(${name}) did not return the spec example: ${JSON.stringify(got)?.slice(0, 200)}`);
  }
}

/**
 * Runs `call` `total` times with at most `width` in flight.
 * @param {() => Promise<unknown>} call
 * @param {number} total
 * @param {number} width
 */
async function pool(call, total, width) {
  let started = 0;
  const worker = async () => {
    while (started < total) {
      started++;
      await call();
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
}

/**
 * @param {string} bench
 * @param {string} label
 * @param {Scenario} s
 * @param {Record<string, number[]>} ops
 * @param {{ metric: 'c/a' | 'c/b', limit: number }} target
 * @returns {Row[]}
 */
function overheadRows(bench, label, s, ops, target) {
  const a = ops.a ?? [];
  const b = ops.b ?? [];
  const c = ops.c ?? [];
  const detail = { rounds: a.length, opsPerSec: { a, b, c }, c: s.oursLabel };
  const cb = medianRatio(c, b);
  const ca = medianRatio(c, a);
  const ba = medianRatio(b, a);
  const text = `(c) ≥ ${target.limit.toFixed(2)}× (${target.metric === 'c/a' ? 'a' : 'b'})`;
  const ratio = (/** @type {'c/a' | 'c/b'} */ metric, /** @type {number} */ value) =>
    target.metric === metric
      ? checked(bench, `${label}: (${metric[0]})/(${metric[2]})`, value, fmt.ratio(value), { op: '>=', limit: target.limit, text })
      : info(bench, `${label}: (${metric[0]})/(${metric[2]})`, value, fmt.ratio(value));
  return [
    info(bench, `${label}: ops/s (a) fetch / (b) openapi-fetch / (c) ours`, median(c), `${fmt.ops(median(a))} / ${fmt.ops(median(b))} / ${fmt.ops(median(c))}`, {
      ...detail,
      bOverA: ba,
    }),
    ratio('c/b', cb),
    ratio('c/a', ca),
  ];
}

/** @param {Record<string, number[]>} ops */
function summary(ops) {
  return Object.entries(ops)
    .map(([k, v]) => `(${k}) ${fmt.ops(median(v))}`)
    .join(', ');
}

/**
 * @param {Record<string, string>} routes
 * @returns {Promise<{ port: number, stop: () => void }>}
 */
function startServer(routes) {
  const child = fork(fileURLToPath(new URL('./server.mjs', import.meta.url)), [JSON.stringify(routes)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`loopback server exited early (${code})`)));
    child.once('message', (/** @type {any} */ msg) => {
      resolve({
        port: msg.port,
        stop: () => {
          child.removeAllListeners('exit');
          child.disconnect();
          child.kill();
        },
      });
    });
  });
}
