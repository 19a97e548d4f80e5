// @ts-check
// Benchmarks 1 and 2, client overhead: one GET made with fetch directly, bare openapi-fetch, our client (auth,
// timeout and retries on) and the reference peers (peers.mjs) — first against a stubbed fetch in-process (pure
// client cost), then over loopback HTTP to a child-process server (what the overhead means next to real I/O).
// Besides throughput, a separate child process counts the objects each client creates per call.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { checked, failed, fmt, info, median } from '../lib/results.mjs';
import { medianRatio, runRounds } from '../lib/rounds.mjs';
import { KINDS } from './counters.mjs';
import { PEERS } from './peers.mjs';
import { CLIENTS, loadScenarios } from './scenario.mjs';

const IN_PROCESS = '1 Client overhead, in-process';
const LOOPBACK = '2 Client overhead, loopback HTTP';
const IN_FLIGHT = 16;
const BATCH = 128; // requests per measured call with 16 in flight

/**
 * @typedef {import('../lib/results.mjs').Row} Row
 * @typedef {import('./scenario.mjs').Scenario} Scenario
 * @typedef {{ quick?: boolean, log: (line: string) => void }} Options
 * @typedef {{ method: string, calls: number, scenarios: { api: string, perCall: Record<string, Record<string, number>> }[] }} ObjectCounts
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
  const counts = await countObjects(['stub', String(quick ? 100 : 500)]).catch((/** @type {unknown} */ error) => error);
  for (const s of scenarios) {
    const label = `${s.api} ${s.operationId}`;
    try {
      // A fresh Response per call with the same body: the spec example.
      const init = { status: 200, headers: { 'content-type': 'application/json' } };
      const stub = () => Promise.resolve(new Response(s.body, init));
      const tasks = s.clients(stub, `https://api.bench.invalid${s.basePath}`);
      await verify(tasks, s.example);
      const ops = await runRounds(tasks, { rounds: quick ? 3 : 9, windowMs: quick ? 100 : 300, warmupMs: quick ? 50 : 100 });
      rows.push(...throughputRows(IN_PROCESS, label, s, ops, 0.9, false));
      log(`  ${label}: ${summary(ops)}`);
    } catch (error) {
      rows.push(failed(IN_PROCESS, label, error, 'ours ≥ 0.90× openapi-fetch'));
    }
    rows.push(...objectRows(IN_PROCESS, label, s, counts, true));
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
    const counts = await countObjects(['loopback', String(server.port), String(quick ? 100 : 300)]).catch((/** @type {unknown} */ error) => error);
    for (const s of scenarios) {
      const label = `${s.api} ${s.operationId}`;
      try {
        // Node's own fetch (undici, its shared keep-alive pool) for the fetch-based clients; got uses node:http
        // with Node's global agent (keep-alive too).
        const calls = s.clients(undefined, `http://127.0.0.1:${server.port}${s.basePath}`);
        await verify(calls, s.example);
        // Bounded request counts: an exact number of calls per window, fixed warm-up; many short rounds, because
        // the load of a shared machine drifts over seconds.
        const rounds = quick ? 3 : 9;
        const sequential = await runRounds(calls, { rounds, calls: quick ? 100 : 250, warmupMs: 0, warmupCalls: quick ? 20 : 50 });
        rows.push(...throughputRows(LOOPBACK, `${label}, sequential`, s, sequential, 0.95, true));
        log(`  ${label}, sequential: ${summary(sequential)}`);
        const concurrent = Object.fromEntries(Object.entries(calls).map(([k, call]) => [k, () => pool(call, BATCH, IN_FLIGHT)]));
        const parallel = await runRounds(concurrent, { rounds, calls: quick ? 2 : 6, warmupMs: 0, warmupCalls: quick ? 1 : 2, opsPerCall: BATCH });
        rows.push(...throughputRows(LOOPBACK, `${label}, ${IN_FLIGHT} in flight`, s, parallel, 0.95, true));
        log(`  ${label}, ${IN_FLIGHT} in flight: ${summary(parallel)}`);
      } catch (error) {
        rows.push(failed(LOOPBACK, label, error, 'ours ≥ 0.95× openapi-fetch'));
      }
      rows.push(...objectRows(LOOPBACK, label, s, counts, false));
    }
  } finally {
    server.stop();
  }
  return rows;
}

/**
 * Every way of making the call must return the spec example, or the benchmark would measure a failure path.
 * A high-level method may unwrap a one-item envelope (PVWA answers one live session as
 * `{ LiveSessions: [session], Total: 1 }`, and getLiveSession returns the session): that item counts too.
 * @param {Record<string, () => Promise<unknown>>} tasks
 * @param {unknown} example
 */
async function verify(tasks, example) {
  const items = example && typeof example === 'object' ? Object.values(example).filter((v) => Array.isArray(v) && v.length === 1).map((v) => v[0]) : [];
  for (const [name, task] of Object.entries(tasks)) {
    const got = await task();
    const ok = isDeepStrictEqual(got, example) || (name === 'ours' && items.some((item) => isDeepStrictEqual(got, item)));
    if (!ok) throw new Error(`(${name}) did not return the spec example: ${JSON.stringify(got)?.slice(0, 200)}`);
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
 * The throughput rows of one scenario: ops/s of every client, each client's ratio to bare fetch (the peers are
 * reference rows), and the targets: ours ≥ `limit` × openapi-fetch, and over loopback ours ahead of every peer.
 * @param {string} bench
 * @param {string} label
 * @param {Scenario} s
 * @param {Record<string, number[]>} ops   ops/s per client per round
 * @param {number} limit
 * @param {boolean} aheadOfPeers
 * @returns {Row[]}
 */
function throughputRows(bench, label, s, ops, limit, aheadOfPeers) {
  const names = CLIENTS.filter((c) => ops[c]);
  const of = (/** @type {string} */ c) => ops[c] ?? [];
  const toFetch = Object.fromEntries(names.map((c) => [c, medianRatio(of(c), of('fetch'))]));
  const oursToBare = medianRatio(of('ours'), of('openapi-fetch'));
  /** @type {Row[]} */
  const rows = [
    info(bench, `${label}: ops/s ${names.join(' / ')}`, median(of('ours')), names.map((c) => fmt.ops(median(of(c)))).join(' / '), {
      rounds: of('ours').length,
      opsPerSec: ops,
      ours: s.oursLabel,
    }),
    info(bench, `${label}: ratio to fetch`, toFetch.ours ?? null, names.filter((c) => c !== 'fetch').map((c) => `${c} ${fmt.ratio(toFetch[c] ?? NaN)}`).join(' · '), { toFetch }),
    checked(bench, `${label}: ours / openapi-fetch`, oursToBare, fmt.ratio(oursToBare), { op: '>=', limit, text: `≥ ${limit.toFixed(2)}×` }),
  ];
  if (ops['openapi-fetch+timeout']) {
    // What a per-attempt timeout alone costs openapi-fetch: the floor under the target for any client that has one.
    const floor = medianRatio(of('openapi-fetch+timeout'), of('openapi-fetch'));
    rows.push(info(bench, `${label}: floor, openapi-fetch+timeout / openapi-fetch`, floor, fmt.ratio(floor), {}));
  }
  const peers = PEERS.map((p) => p.name).filter((p) => ops[p]);
  if (aheadOfPeers && peers.length) {
    // Per round, ours against the fastest peer of that round.
    const best = of('ours').map((_, i) => Math.max(...peers.map((p) => of(p)[i] ?? 0)));
    const ahead = medianRatio(of('ours'), best);
    rows.push(checked(bench, `${label}: ours / fastest of ${peers.join(', ')}`, ahead, fmt.ratio(ahead), { op: '>=', limit: 1, text: '≥ 1.00× (ahead)' }));
  }
  return rows;
}

/**
 * The objects-per-call rows of one scenario (from the counting child process); in-process, also the target for
 * ours: at most one Request, Response, AbortController and timer per attempt (one attempt per call here).
 * @param {string} bench
 * @param {string} label
 * @param {Scenario} s
 * @param {ObjectCounts | unknown} counts   or the error the counting run failed with
 * @param {boolean} target
 * @returns {Row[]}
 */
function objectRows(bench, label, s, counts, target) {
  const metric = `${label}: objects per call (${KINDS.join(' / ')})`;
  const found = /** @type {ObjectCounts} */ (counts)?.scenarios?.find((x) => x.api === s.api);
  if (!found) return [failed(bench, metric, counts instanceof Error ? counts : new Error(`no counts for ${s.api}`))];
  const perCall = found.perCall;
  const shown = (/** @type {Record<string, number>} */ c) => KINDS.map((k) => formatCount(c[k] ?? NaN)).join('/');
  const { method, calls } = /** @type {ObjectCounts} */ (counts);
  const rows = [info(bench, metric, null, Object.entries(perCall).map(([client, c]) => `${client} ${shown(c)}`).join(' · '), { method, calls, perCall })];
  const ours = perCall.ours;
  const bare = perCall['openapi-fetch'];
  if (ours && bare) {
    // What ours creates beyond the Request openapi-fetch builds (undici's Request makes an AbortController of its
    // own inside, for both): the transport's own objects per call.
    const beyond = KINDS.map((k) => formatCount((ours[k] ?? NaN) - (bare[k] ?? NaN))).join('/');
    rows.push(info(bench, `${label}: ours beyond bare openapi-fetch (${KINDS.join(' / ')})`, null, beyond, {}));
  }
  if (target && ours) {
    const limited = /** @type {const} */ (['Request', 'Response', 'AbortController', 'timers']);
    const worst = Math.max(...limited.map((k) => ours[k] ?? Infinity));
    const text = limited.map((k) => formatCount(ours[k] ?? NaN)).join('/');
    rows.push(checked(bench, `${label}: ours, ${limited.join('/')} per attempt`, worst, text, { op: '<=', limit: 1, text: '≤ 1 of each' }));
  }
  return rows;
}

/** @param {number} n */
function formatCount(n) {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

/**
 * Runs count-objects.mjs with `args` (the loopback server must already listen) and returns what it reports.
 * @param {string[]} args
 * @returns {Promise<ObjectCounts>}
 */
function countObjects(args) {
  const child = fork(fileURLToPath(new URL('./count-objects.mjs', import.meta.url)), args, { stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr?.on('data', (/** @type {Buffer} */ chunk) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  // A client that never answers must not hang the whole benchmark.
  const timer = setTimeout(() => child.kill('SIGKILL'), 5 * 60_000);
  return new Promise((resolve, reject) => {
    /** @type {ObjectCounts | undefined} */
    let result;
    child.once('message', (/** @type {any} */ msg) => {
      result = msg;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (result) resolve(result);
      else reject(new Error(`counting objects failed (${signal ?? `exit ${code}`}): ${stderr.trim()}`));
    });
  });
}

/** @param {Record<string, number[]>} ops */
function summary(ops) {
  return Object.entries(ops)
    .map(([k, v]) => `${k} ${fmt.ops(median(v))}`)
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
