/**
 * Decompression bombs (issue 10): peak RSS of the whole call, measured in a child process, through Node's
 * global fetch and through `createTlsFetch` — both inflate only as the reader reads (Node's zlib streams
 * stop while their 16 KiB output is unread; undici's fetch stops pulling when the body's queue is full), so a
 * bomb costs what the transport keeps before it stops at its cap, plus a few MiB.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type TestServer, startServer } from '@session-apis/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_BODY_LIMIT } from '../src/internal.js';

const MiB = 1024 * 1024;
const BOMB = gzipSync(Buffer.alloc(128 * MiB, 0x20), { level: 9 }); // 127 KiB → 128 MiB
/**
 * "A few MiB": the runtime's own allocations around what it keeps, plus what the process's RSS does on its own
 * (malloc arenas, zlib's native buffers, JIT code): measured 0.3–10 MiB on a busy 2-core machine. Far below what a
 * bomb that is inflated costs (128 MiB), so a transport that inflates past its cap still fails.
 */
const FEW_MIB = 16;
/** Runs per case at most: the lowest peak counts, as RSS noise only ever adds (a real leak shows in every run). */
const RUNS = 3;

let server: TestServer;
let base: string;

beforeAll(async () => {
  server = await startServer((req) => {
    if (req.path === '/landing') return { headers: { 'content-type': 'application/json' }, body: '{"ok":true}' };
    // /bomb?status=400&type=text/plain
    const query = new URL(req.url, 'http://x').searchParams;
    return {
      status: Number(query.get('status') ?? 200),
      headers: { 'content-type': query.get('type') ?? 'application/json', 'content-encoding': 'gzip', 'content-length': BOMB.length },
      body: BOMB,
    };
  });
  base = server.url;
});

afterAll(() => server.close());

/**
 * Peak RSS in the child. Not `process.resourceUsage().maxRSS`: on Linux a spawned child inherits the high-water
 * mark of the process it was forked from (the kernel keeps it across exec), so in a child of a vitest worker it
 * starts at the worker's RSS — a floor of 50–75 MiB whatever the child does, which is what earlier measurements
 * of "+42 to +118 MiB whatever the cap" were. The child's own mark (`VmHWM` in /proc/self/status) is reset with
 * `5 > /proc/self/clear_refs` after the warm-up. Without /proc (not Linux) it falls back to maxRSS: looser.
 */
const PEAK = `
  const hwm = () => { try { return Number(/VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) * 1024; } catch { return undefined; } };
  const peak = () => hwm() ?? process.resourceUsage().maxRSS * 1024;
  const resetPeak = () => { try { writeFileSync('/proc/self/clear_refs', '5'); } catch {} return process.memoryUsage().rss; };
`;

type FetchKind = 'global' | 'tls';

/** One call to /bomb through the built runtime (`dist/`) in a child process: the error's name and the peak RSS growth. */
async function peakRss(opts: { fetch: FetchKind; status: number; parseAs: 'json' | 'text'; maxBodyBytes?: number }): Promise<{ error: string; growthMiB: number }> {
  const dist = new URL('../dist/', import.meta.url).href;
  const code = `
    import createClient from 'openapi-fetch';
    import { readFileSync, writeFileSync } from 'node:fs';
    ${PEAK}
    const [base, fetchKind, path, parseAs, max, dist] = process.argv.slice(1);
    const { call, createTransport } = await import(dist + 'index.js');
    // node.js loads undici (a few hundred ms of start-up): only for the createTlsFetch cases.
    const tls = fetchKind === 'tls' ? { fetch: (await import(dist + 'node.js')).createTlsFetch() } : {};
    const t = createTransport({ retry: false, ...(max ? { maxBodyBytes: Number(max) } : {}), ...tls });
    const client = createClient({ baseUrl: base, fetch: t.fetch });
    const adapter = { parse: () => undefined, describe: () => '' };
    await call(client.GET('/landing', { parseAs: 'json' }), adapter); // warm up: undici, the JIT
    globalThis.gc();
    const before = resetPeak();
    let error = 'none';
    try { await call(client.GET(path, { parseAs }), adapter); } catch (err) { error = err.name; }
    console.log(JSON.stringify({ error, growthMiB: (peak() - before) / ${MiB} }));
  `;
  const type = opts.parseAs === 'text' ? 'text/plain' : 'application/json';
  const path = `/bomb?status=${opts.status}&type=${encodeURIComponent(type)}`;
  const args = [base, opts.fetch, path, opts.parseAs, opts.maxBodyBytes === undefined ? '' : String(opts.maxBodyBytes), dist];
  // A 1 MiB young generation: garbage chunks waiting for a scavenge would otherwise count in the peak (up to the
  // default semi-space of 16 MiB and more), which is V8's slack, not what the transport keeps.
  const child = spawn(process.execPath, ['--expose-gc', '--max-semi-space-size=1', '--input-type=module', '-e', code, ...args], { cwd: fileURLToPath(new URL('..', import.meta.url)) });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  await new Promise((resolve) => child.on('exit', resolve));
  let result: { error: string; growthMiB: number };
  try {
    result = JSON.parse(out.trim().split('\n').pop() ?? '') as { error: string; growthMiB: number };
  } catch {
    throw new Error(`the child failed: ${out.slice(-2000)}`);
  }
  const cap = opts.maxBodyBytes === undefined ? 'default cap' : `cap ${opts.maxBodyBytes / MiB} MiB`;
  console.info(`bomb ${opts.status} ${opts.parseAs}, ${opts.fetch} fetch, ${cap}: peak RSS +${result.growthMiB.toFixed(1)} MiB`);
  return result;
}

/** The lowest peak of up to RUNS runs, stopping at the first within `limitMiB`. */
async function lowestPeak(opts: Parameters<typeof peakRss>[0], limitMiB: number): Promise<{ error: string; growthMiB: number }> {
  let best = await peakRss(opts);
  for (let run = 1; run < RUNS && best.growthMiB >= limitMiB; run++) {
    const next = await peakRss(opts);
    if (next.growthMiB < best.growthMiB) best = next;
  }
  return best;
}

for (const fetch of ['global', 'tls'] as const) {
  describe(`a gzip bomb (127 KiB → 128 MiB) through the ${fetch === 'tls' ? 'createTlsFetch' : 'global'} fetch: peak RSS within the cap + ${FEW_MIB} MiB`, () => {
    it('2xx JSON, maxBodyBytes 1 MiB: InvalidResponseError', async () => {
      const { error, growthMiB } = await lowestPeak({ fetch, status: 200, parseAs: 'json', maxBodyBytes: MiB }, 1 + FEW_MIB);
      expect(error).toBe('InvalidResponseError');
      expect(growthMiB).toBeLessThan(1 + FEW_MIB);
    }, 30_000);

    it('2xx text read by openapi-fetch (parseAs text), maxBodyBytes 1 MiB: InvalidResponseError', async () => {
      const { error, growthMiB } = await lowestPeak({ fetch, status: 200, parseAs: 'text', maxBodyBytes: MiB }, 1 + FEW_MIB);
      expect(error).toBe('InvalidResponseError');
      expect(growthMiB).toBeLessThan(1 + FEW_MIB);
    }, 30_000);

    it('4xx: HttpError, the 64 KiB error-body cap', async () => {
      const { error, growthMiB } = await lowestPeak({ fetch, status: 400, parseAs: 'json' }, ERROR_BODY_LIMIT / MiB + FEW_MIB);
      expect(error).toBe('HttpError');
      expect(growthMiB).toBeLessThan(ERROR_BODY_LIMIT / MiB + FEW_MIB);
    }, 30_000);
  });
}
