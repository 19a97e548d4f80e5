// @ts-check
// Child process of the client-overhead benchmarks: makes N calls with each client and reports the objects
// created per call (counters.mjs). Separate from the timed runs, so counting costs them nothing.
//   node count-objects.mjs stub [calls]          every fetch-based client against a stubbed fetch
//   node count-objects.mjs loopback <port> [calls]  every client against the loopback server (server.mjs)
// Sends { method, scenarios: [{ api, operationId, perCall: { client: Counts } }] } over IPC (or prints it).
import { installCounters, KINDS } from './counters.mjs';

// Before any client is imported: some capture AbortController when their module loads.
const counter = installCounters();
const { loadScenarios } = await import('./scenario.mjs');

const [mode, ...rest] = process.argv.slice(2);
const port = mode === 'loopback' ? Number(rest.shift()) : undefined;
const calls = Number(rest[0] ?? 200);
if ((mode !== 'stub' && mode !== 'loopback') || (mode === 'loopback' && !port) || !(calls > 0)) {
  console.error('usage: count-objects.mjs stub [calls] | loopback <port> [calls]');
  process.exit(2);
}

const scenarios = [];
for (const s of await loadScenarios()) {
  const init = { status: 200, headers: { 'content-type': 'application/json' } };
  const stub = () => Promise.resolve(new Response(s.body, init));
  const baseUrl = mode === 'stub' ? `https://api.bench.invalid${s.basePath}` : `http://127.0.0.1:${port}${s.basePath}`;
  /** @type {Record<string, Record<string, number>>} */
  const perCall = {};
  for (const [client, call] of Object.entries(s.clients(mode === 'stub' ? stub : undefined, baseUrl))) {
    // Warm-up: connections opened, lazy set-up done; then only what every further call creates is counted.
    for (let i = 0; i < 20; i++) await call();
    counter.reset();
    for (let i = 0; i < calls; i++) await call();
    perCall[client] = Object.fromEntries(KINDS.map((kind) => [kind, counter.counts[kind] / calls]));
  }
  scenarios.push({ api: s.api, operationId: s.operationId, perCall });
}
const result = { method: counter.method, calls, scenarios };
if (process.send) process.send(result, () => process.exit(0));
else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`, () => process.exit(0)); // keep-alive sockets would hold the process
