import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConnectionError,
  HttpError,
  TimeoutError,
  createTransport,
  sessionAuth,
  staticToken,
  unwrap,
  type FetchLike,
} from '../src/index.js';
import { CANARY_PASSWORD, CANARY_TOKEN, type TestServer, expectNoSecrets, fakeClock, recordingLogger, rejection, sendJson, startServer } from '@session-apis/test-kit';
import { pvwaErrors } from './fixtures.js';

/** A stub fetch answering from a list of statuses (or thrown errors), recording what it was sent. */
function scripted(steps: Array<number | Error | (() => Response)>) {
  const seen: { method: string; url: string; auth: string | null; body: string; signal: AbortSignal }[] = [];
  const fetch: FetchLike = async (req) => {
    seen.push({ method: req.method, url: req.url, auth: req.headers.get('authorization'), body: await req.text(), signal: req.signal });
    const step = steps[Math.min(seen.length - 1, steps.length - 1)];
    if (step instanceof Error) throw step;
    if (typeof step === 'function') return step();
    return new Response(step === 204 ? null : JSON.stringify({ n: seen.length }), { status: step as number });
  };
  return { fetch, seen };
}

const URL_ = 'https://pvwa.example/PasswordVault/API/LiveSessions';
const reset = () => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('other side closed'), { code: 'ECONNRESET' }) });

describe('retries', () => {
  it('retries idempotent calls on 503 then succeeds, with backoff sleeps within the policy', async () => {
    const clock = fakeClock();
    const s = scripted([503, 502, 200]);
    const t = createTransport({ fetch: s.fetch, clock, random: () => 0.5 });
    const res = await t.fetch(new Request(URL_));
    expect(res.status).toBe(200);
    expect(s.seen).toHaveLength(3);
    expect(clock.sleeps).toEqual([100, 200]); // full jitter at 0.5 of 200·2^n
  });

  it('gives up after `retries` and returns the last response', async () => {
    const s = scripted([503]);
    const t = createTransport({ fetch: s.fetch, clock: fakeClock(), retry: { retries: 3 } });
    expect((await t.fetch(new Request(URL_))).status).toBe(503);
    expect(s.seen).toHaveLength(4);
  });

  it('does not retry statuses outside the list, nor POST unless marked idempotent', async () => {
    const a = scripted([500]);
    await createTransport({ fetch: a.fetch, clock: fakeClock() }).fetch(new Request(URL_));
    expect(a.seen).toHaveLength(1);

    const b = scripted([503, 200]);
    const tb = createTransport({ fetch: b.fetch, clock: fakeClock() });
    expect((await tb.fetch(new Request(URL_, { method: 'POST', body: '{}' }))).status).toBe(503);
    expect(b.seen).toHaveLength(1);

    const c = scripted([503, 200]);
    const tc = createTransport({ fetch: c.fetch, clock: fakeClock() });
    expect((await tc.with({ idempotent: true })(new Request(URL_, { method: 'POST', body: '{"a":1}' }))).status).toBe(200);
    expect(c.seen.map((x) => x.body)).toEqual(['{"a":1}', '{"a":1}']); // body re-sent on the retry
  });

  it('retries connection errors for GET, not for POST, never TLS failures', async () => {
    const a = scripted([reset(), reset(), reset()]);
    const err = await rejection(createTransport({ fetch: a.fetch, clock: fakeClock() }).fetch(new Request(URL_)));
    expect(err).toBeInstanceOf(ConnectionError);
    expect((err as ConnectionError).attempts).toBe(3);
    expect(a.seen).toHaveLength(3);

    const b = scripted([reset()]);
    await expect(createTransport({ fetch: b.fetch, clock: fakeClock() }).fetch(new Request(URL_, { method: 'POST' }))).rejects.toBeInstanceOf(ConnectionError);
    expect(b.seen).toHaveLength(1);

    const tls = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }) });
    const c = scripted([tls]);
    await expect(createTransport({ fetch: c.fetch, clock: fakeClock() }).fetch(new Request(URL_))).rejects.toBeInstanceOf(ConnectionError);
    expect(c.seen).toHaveLength(1);
  });

  it('per-call options override client defaults; retry:false disables', async () => {
    const a = scripted([503]);
    const t = createTransport({ fetch: a.fetch, clock: fakeClock(), retry: { retries: 5 } });
    await t.with({ retry: { retries: 1 } })(new Request(URL_));
    expect(a.seen).toHaveLength(2);
    await t.with({ retry: false })(new Request(URL_));
    expect(a.seen).toHaveLength(3);
    const b = scripted([503]);
    await createTransport({ fetch: b.fetch, clock: fakeClock(), retry: false }).with({ retry: { retries: 2 } })(new Request(URL_));
    expect(b.seen).toHaveLength(3);
  });

  it('honours Retry-After (seconds and date) and stops when it exceeds the budget', async () => {
    const clock = fakeClock();
    const withHeader = (v: string) => () => new Response(null, { status: 503, headers: { 'retry-after': v } });
    const a = scripted([withHeader('3'), withHeader(new Date(clock.now() + 3000 + 10_000).toUTCString()), 200]);
    const t = createTransport({ fetch: a.fetch, clock });
    expect((await t.fetch(new Request(URL_))).status).toBe(200);
    expect(clock.sleeps).toEqual([3000, 10_000]);

    const clock2 = fakeClock();
    const b = scripted([withHeader('31'), 200]);
    const res = await createTransport({ fetch: b.fetch, clock: clock2, retry: { maxElapsedMs: 30_000 } }).fetch(new Request(URL_));
    expect(res.status).toBe(503);
    expect(b.seen).toHaveLength(1);
    expect(clock2.sleeps).toEqual([]);
    const err = (() => {
      try {
        unwrap({ error: undefined, response: res }, pvwaErrors);
      } catch (e) {
        return e as HttpError;
      }
    })();
    expect(err?.retryAfterMs).toBe(31_000);
  });

  it('never sleeps past maxElapsedMs even when the server is slow', async () => {
    const clock = fakeClock();
    const slow: FetchLike = async () => {
      clock.advance(4_000); // each attempt "takes" 4 s
      return new Response(null, { status: 503 });
    };
    const t = createTransport({ fetch: slow, clock, random: () => 0.999, retry: { retries: 10, minDelayMs: 1000, maxDelayMs: 8000, maxElapsedMs: 20_000 } });
    const started = clock.now();
    await t.fetch(new Request(URL_));
    expect(clock.now() - started).toBeLessThanOrEqual(20_000 + 4_000); // budget + the last attempt itself
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(20_000);
  });
});

describe('caller abort', () => {
  it('is not retried and rejects with the caller’s reason (during an attempt)', async () => {
    const ac = new AbortController();
    const reason = new Error('user cancelled');
    let calls = 0;
    const hanging: FetchLike = (req) =>
      new Promise((_, reject) => {
        calls++;
        req.signal.addEventListener('abort', () => reject(req.signal.reason));
        setTimeout(() => ac.abort(reason), 5);
      });
    const t = createTransport({ fetch: hanging, clock: fakeClock() });
    await expect(t.with({ signal: ac.signal })(new Request(URL_))).rejects.toBe(reason);
    expect(calls).toBe(1);
  });

  it('rejects with the reason while waiting to retry, without another attempt', async () => {
    const ac = new AbortController();
    const s = scripted([503]);
    const t = createTransport({ fetch: s.fetch, retry: { minDelayMs: 60_000, maxDelayMs: 60_000 }, random: () => 0.9 });
    setTimeout(() => ac.abort(), 20);
    const err = await rejection(t.fetch(new Request(URL_, { signal: ac.signal })));
    expect((err as DOMException).name).toBe('AbortError');
    expect(s.seen).toHaveLength(1);
  });

  it('an already-aborted signal sends nothing', async () => {
    const s = scripted([200]);
    await expect(createTransport({ fetch: s.fetch }).with({ signal: AbortSignal.abort() })(new Request(URL_))).rejects.toMatchObject({ name: 'AbortError' });
    expect(s.seen).toHaveLength(0);
  });
});

describe('re-logon after 401', () => {
  let server: TestServer;
  let valid = 'tok-2';
  beforeAll(async () => {
    server = await startServer((req, res) => {
      if (req.headers.authorization === valid) sendJson(res, 200, { ok: true });
      else sendJson(res, 401, { ErrorCode: 'PASWS006E', ErrorMessage: 'The session token is missing, invalid or expired.' });
    });
  });
  afterAll(() => server.close());

  it('concurrent 401s trigger one logon, and each request is sent once more', async () => {
    valid = 'tok-2';
    let logons = 0;
    const auth = sessionAuth({ logon: async () => `tok-${++logons}`, format: (t) => t });
    const t = createTransport({ auth });
    const results = await Promise.all(Array.from({ length: 5 }, () => t.fetch(new Request(`${server.url}/a`))));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(logons).toBe(2); // the lazy first logon, then one for all five 401s
    expect(server.count('/a')).toBe(10);
  });

  it('a second 401 is returned and unwraps to AuthenticationError', async () => {
    valid = 'never';
    let logons = 0;
    const t = createTransport({ auth: sessionAuth({ logon: async () => `tok-${++logons}`, format: (x) => x }) });
    const response = await t.fetch(new Request(`${server.url}/b`));
    expect(response.status).toBe(401);
    expect(server.count('/b')).toBe(2);
    expect(logons).toBe(2);
    const err = (() => {
      try {
        unwrap({ error: { ErrorCode: 'PASWS006E', ErrorMessage: 'x' }, response }, pvwaErrors);
      } catch (e) {
        return e as HttpError;
      }
    })();
    expect(err?.name).toBe('AuthenticationError');
    expect(err?.attempts).toBe(2);
  });

  it('POST does not re-logon unless reauth is set; a static token cannot refresh', async () => {
    valid = 'tok-2';
    let logons = 0;
    const t = createTransport({ auth: sessionAuth({ logon: async () => `tok-${++logons}`, format: (x) => x }) });
    expect((await t.fetch(new Request(`${server.url}/c`, { method: 'POST' }))).status).toBe(401);
    expect(server.count('/c')).toBe(1);
    expect((await t.with({ reauth: true })(new Request(`${server.url}/d`, { method: 'POST' }))).status).toBe(200);
    expect(server.count('/d')).toBe(2);

    const st = createTransport({ auth: staticToken('tok-1', (x) => x) });
    expect((await st.fetch(new Request(`${server.url}/e`))).status).toBe(401);
    expect(server.count('/e')).toBe(1);
  });
});

describe('timeouts', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/slow') {
        const timer = setTimeout(() => sendJson(res, 200, { late: true }), 400);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      if (path === '/slow-body') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"partial":');
        const timer = setTimeout(() => res.end('1}'), 400);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      sendJson(res, 200, { fast: true });
    });
  });
  afterAll(() => server.close());

  type Paths = {
    '/fast': { get: { responses: { 200: { content: { 'application/json': { fast: boolean } } } } } };
    '/slow-body': { get: { responses: { 200: { content: { 'application/json': { partial: number } } } } } };
  };

  it('openapi-fetch #2567: a second call still works after the first call’s timer would have fired', async () => {
    const transport = createTransport({ timeoutMs: 100 });
    const client = createClient<Paths>({ baseUrl: server.url, fetch: transport.fetch });
    expect((await client.GET('/fast')).data).toEqual({ fast: true });
    await new Promise((r) => setTimeout(r, 150));
    expect((await client.GET('/fast')).data).toEqual({ fast: true });
  });

  it('(the trap itself) a signal created once at client creation fails every later call', async () => {
    const client = createClient<Paths>({ baseUrl: server.url, signal: AbortSignal.timeout(100) });
    expect((await client.GET('/fast')).data).toEqual({ fast: true });
    await new Promise((r) => setTimeout(r, 150));
    await expect(client.GET('/fast')).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('slow headers: TimeoutError after the retries, one request per attempt', async () => {
    const t = createTransport({ timeoutMs: 50, retry: { retries: 1, minDelayMs: 1, maxDelayMs: 2 } });
    const started = Date.now();
    const err = await rejection(t.fetch(new Request(`${server.url}/slow`)));
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err).toMatchObject({ timeoutMs: 50, attempts: 2 });
    expect((err as Error).message).toMatch(/→ timed out after 50 ms \(2 attempts\)$/);
    expect(server.count('/slow')).toBe(2);
    expect(Date.now() - started).toBeLessThan(350);
  });

  it('the timeout also covers a body that stalls, surfacing TimeoutError from openapi-fetch', async () => {
    const client = createClient<Paths>({ baseUrl: server.url, fetch: createTransport({ timeoutMs: 80 }).fetch });
    const err = await rejection(client.GET('/slow-body'));
    expect(err).toBeInstanceOf(TimeoutError);
  });
});

describe('logger', () => {
  it('gets attempt, status and delay events, and never a secret', async () => {
    const logger = recordingLogger();
    const s = scripted([503, 401, 200]);
    let n = 0;
    const t = createTransport({
      fetch: s.fetch,
      clock: fakeClock(),
      random: () => 0.5,
      logger,
      auth: sessionAuth({ logon: async () => `${CANARY_TOKEN}-${++n}`, format: (x) => `X-SAML ${x}` }),
      secrets: () => [CANARY_PASSWORD],
    });
    await t.fetch(new Request(`${URL_}?password=${CANARY_PASSWORD}`));
    expect(s.seen.map((x) => x.auth)).toEqual([`X-SAML ${CANARY_TOKEN}-1`, `X-SAML ${CANARY_TOKEN}-1`, `X-SAML ${CANARY_TOKEN}-2`]);
    const attempts = logger.lines.filter((l) => l.msg === 'http attempt').map((l) => l.meta?.attempt);
    expect(attempts).toEqual([1, 2, 3]);
    expect(logger.lines.find((l) => l.msg === 'http retry')?.meta).toMatchObject({ status: 503, delayMs: 100 });
    expect(logger.lines.some((l) => l.level === 'warn' && l.msg.includes('401'))).toBe(true);
    expect(logger.lines.filter((l) => l.msg === 'http response').map((l) => l.meta?.status)).toEqual([503, 401, 200]);
    expectNoSecrets(JSON.stringify(logger.lines));
  });
});

describe('requests', () => {
  it('each attempt gets a fresh signal; the caller’s Request stays unused', async () => {
    const s = scripted([503, 200]);
    const original = new Request(URL_, { method: 'PUT', body: 'payload' });
    await createTransport({ fetch: s.fetch, clock: fakeClock() }).fetch(original);
    expect(s.seen[0]?.signal).not.toBe(s.seen[1]?.signal);
    expect(original.bodyUsed).toBe(false);
    expect(s.seen.map((x) => x.body)).toEqual(['payload', 'payload']);
  });

  it('keeps an Authorization header the caller set and does not ask the provider', async () => {
    const s = scripted([200]);
    let asked = 0;
    const auth = { authorization: async () => (asked++, 'other'), refresh: async () => false };
    await createTransport({ fetch: s.fetch, auth }).fetch(new Request(URL_, { headers: { authorization: 'mine' } }));
    expect(s.seen[0]?.auth).toBe('mine');
    expect(asked).toBe(0);
  });

  it('forwards openapi-fetch’s requestInitExt to the underlying fetch, without a signal', async () => {
    const inits: (RequestInit | undefined)[] = [];
    const t = createTransport({ fetch: async (_req, init) => (inits.push(init), new Response('{}', { status: 200 })) });
    type P = { '/x': { get: { responses: { 200: { content: { 'application/json': object } } } } } };
    const client = createClient<P>({ baseUrl: 'https://h.example', fetch: t.fetch, requestInitExt: { marker: 42 } });
    await client.GET('/x', { signal: new AbortController().signal });
    expect(inits[0]).toEqual({ marker: 42 });
  });

  it('fails a 2xx body over maxBodyBytes', async () => {
    const t = createTransport({ fetch: async () => new Response('x'.repeat(2000)), maxBodyBytes: 1000 });
    const res = await t.fetch(new Request(URL_));
    await expect(res.text()).rejects.toMatchObject({ name: 'InvalidResponseError' });
  });
});
