/**
 * Fault injection: the real openapi-fetch client over the transport, against a loopback node:http
 * server that misbehaves on purpose. Every case checks the error class and the exact number of
 * requests the server saw; the last cases check that nothing leaked and nothing was left unhandled.
 */
import type { ServerResponse } from 'node:http';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConnectionError,
  HttpError,
  InvalidResponseError,
  TimeoutError,
  call,
  createTransport,
  staticToken,
  type CallOptions,
} from '../src/index.js';
import {
  CANARY_PASSWORD,
  CANARY_TOKEN,
  type TestServer,
  expectNoSecrets,
  fakeClock,
  recordingLogger,
  rejection,
  renderings,
  sendJson,
  startServer,
} from '@session-apis/test-kit';
import { type PvwaError, pvwaErrors } from './fixtures.js';

// A tiny hand-written `paths`, in openapi-typescript's shape.
interface paths {
  '/f/{name}': {
    parameters: { query?: never; header?: never; path: { name: string }; cookie?: never };
    get: {
      parameters: { query?: { token?: string }; header?: never; path: { name: string }; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { 'application/json': { ok: boolean; n?: number } } };
        default: { headers: { [name: string]: unknown }; content: { 'application/json': PvwaError } };
      };
    };
    post: {
      parameters: { query?: never; header?: never; path: { name: string }; cookie?: never };
      requestBody: { content: { 'application/json': { value: string } } };
      responses: {
        200: { headers: { [name: string]: unknown }; content: { 'application/json': { ok: boolean; echo?: string } } };
        default: { headers: { [name: string]: unknown }; content: { 'application/json': PvwaError } };
      };
    };
  };
}

const MB = 1024 * 1024;
const BIG = 50 * MB;
const big = { written: 0, closed: false };

/** Streams `BIG` bytes with backpressure; stops as soon as the client goes away. */
function streamBig(res: ServerResponse, status: number, contentType: string): void {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  big.written = 0;
  big.closed = false;
  res.on('close', () => {
    big.closed = true;
  });
  res.writeHead(status, { 'content-type': contentType, 'content-length': BIG });
  const pump = () => {
    while (big.written < BIG) {
      if (res.destroyed) return;
      big.written += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  pump();
}

let server: TestServer;
const thrown: unknown[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const logger = recordingLogger();

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  server = await startServer((req, res) => {
    const { hit } = req;
    const name = req.path.split('/')[2];
    switch (name) {
      case 'ok':
        return sendJson(res, 200, { ok: true, n: hit });
      case 'echo':
        return hit === 1 ? sendJson(res, 503, {}) : sendJson(res, 200, { ok: true, echo: req.body });
      case 'reset':
        return { fault: 'reset' };
      case 'slow':
        return { delayMs: 1_000, body: { ok: true } };
      case 'retry-after':
        return hit === 1 ? sendJson(res, 503, {}, { 'retry-after': '1' }) : sendJson(res, 200, { ok: true, n: hit });
      case 'retry-after-long':
        return sendJson(res, 503, {}, { 'retry-after': '120' });
      case 'busy':
        return sendJson(res, 429, { ErrorCode: 'PASWS429E', ErrorMessage: 'Too many requests.' });
      case 'expired':
        return sendJson(res, 401, { ErrorCode: 'PASWS006E', ErrorMessage: 'The session token is missing, invalid or expired.' });
      case 'text500':
        // A careless server that echoes the credential back in its error text.
        return { status: 500, headers: { 'content-type': 'text/plain' }, body: `internal failure handling token ${req.authorization}` };
      case 'html':
        return {
          status: 500,
          headers: { 'content-type': 'text/html' },
          body: `<html><head><title>500 - Internal server error.</title></head><body>${'<p>IIS detail</p>'.repeat(400)}</body></html>`,
        };
      case 'truncated': {
        const body = '{"ok": true, "n": 4'; // correct length, broken JSON
        return { headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }, body };
      }
      case 'cut':
        // Promises 100 bytes, sends 12, then drops the connection.
        return { headers: { 'content-type': 'application/json', 'content-length': 100 }, body: '{"ok": true,', fault: { cutAfter: 12 } };
      case 'cutstream':
        // A streamed download (binary, no Content-Length) that drops half-way.
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.write(Buffer.alloc(1024));
        return void setTimeout(() => res.socket?.destroy(), 10);
      case 'big500':
        return streamBig(res, 500, 'text/plain');
      case 'big200':
        return streamBig(res, 200, 'application/octet-stream');
      default:
        return sendJson(res, 404, { ErrorCode: 'X404', ErrorMessage: 'no such fault' });
    }
  });
});

// Request counts and hit numbers are per test: no test depends on which ran before it.
beforeEach(() => {
  server.requests.length = 0;
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await server.close();
});

function setup(defaults: CallOptions & { maxBodyBytes?: number } = {}) {
  const clock = fakeClock();
  const transport = createTransport({
    auth: staticToken(CANARY_TOKEN, (t) => t),
    secrets: () => [CANARY_PASSWORD],
    clock,
    random: () => 0.5,
    logger,
    timeoutMs: 2_000,
    retry: { retries: 2, minDelayMs: 10, maxDelayMs: 50 },
    ...defaults,
  });
  const client = createClient<paths>({ baseUrl: server.url, fetch: transport.fetch });
  return { client, transport, clock };
}

/** What `fn` threw (the test fails when it does not throw), also kept for the leak check. */
async function failure(fn: () => Promise<unknown>): Promise<unknown> {
  const err = await rejection(fn);
  thrown.push(err);
  return err;
}

const path = (name: string) => ({ params: { path: { name } } });

describe('faults', () => {
  it('a healthy call works (baseline)', async () => {
    const { client } = setup();
    expect(await call(client.GET('/f/{name}', path('ok')), pvwaErrors)).toEqual({ ok: true, n: 1 });
  });

  it('connection reset: GET retried to the limit, then ConnectionError', async () => {
    const { client } = setup();
    const err = await failure(() => call(client.GET('/f/{name}', path('reset')), pvwaErrors));
    expect(err).toBeInstanceOf(ConnectionError);
    expect((err as ConnectionError).attempts).toBe(3);
    expect(server.count('/f/reset')).toBe(3);
  });

  it('connection reset on a POST: not retried', async () => {
    const { client } = setup();
    const before = server.count('/f/reset');
    const err = await failure(() => call(client.POST('/f/{name}', { ...path('reset'), body: { value: 'x' } }), pvwaErrors));
    expect(err).toBeInstanceOf(ConnectionError);
    expect(server.count('/f/reset') - before).toBe(1);
  });

  it('a POST marked idempotent is retried with the same body', async () => {
    const { client, transport } = setup();
    const data = await call(
      client.POST('/f/{name}', { ...path('echo'), body: { value: 'v1' }, fetch: transport.with({ idempotent: true }) }),
      pvwaErrors,
    );
    expect(data).toEqual({ ok: true, echo: '{"value":"v1"}' });
    expect(server.count('/f/echo')).toBe(2);
  });

  it('slow headers past the timeout: TimeoutError after retries', async () => {
    const { client, transport } = setup();
    const started = Date.now();
    const err = await failure(() => call(client.GET('/f/{name}', { ...path('slow'), fetch: transport.with({ timeoutMs: 60, retry: { retries: 1 } }) }), pvwaErrors));
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err).toMatchObject({ timeoutMs: 60, attempts: 2 });
    expect(server.count('/f/slow')).toBe(2);
    expect(Date.now() - started).toBeLessThan(900); // did not wait for the server's 1 s
  });

  it('503 with Retry-After: 1 waits 1 s (fake clock) and succeeds on the second request', async () => {
    const { client, clock } = setup();
    expect(await call(client.GET('/f/{name}', path('retry-after')), pvwaErrors)).toEqual({ ok: true, n: 2 });
    expect(clock.sleeps).toEqual([1_000]);
    expect(server.count('/f/retry-after')).toBe(2);
  });

  it('Retry-After beyond the budget: no retry, HttpError with retryAfterMs', async () => {
    const { client, clock } = setup({ retry: { maxElapsedMs: 60_000 } });
    const err = await failure(() => call(client.GET('/f/{name}', path('retry-after-long')), pvwaErrors));
    expect(err).toBeInstanceOf(HttpError);
    expect(err).toMatchObject({ status: 503, retryAfterMs: 120_000, attempts: 1 });
    expect(clock.sleeps).toEqual([]);
    expect(server.count('/f/retry-after-long')).toBe(1);
  });

  it('429: retried, then HttpError with the vendor error', async () => {
    const { client } = setup();
    const err = await failure(() => call(client.GET('/f/{name}', path('busy')), pvwaErrors));
    expect(err).toBeInstanceOf(HttpError);
    expect(err).toMatchObject({ status: 429, attempts: 3, vendorError: { ErrorCode: 'PASWS429E' } });
    expect((err as Error).message).toBe(`GET ${server.url}/f/busy → 429 Too Many Requests: PASWS429E Too many requests.`);
    expect(server.count('/f/busy')).toBe(3);
  });

  it('401 with a static token: AuthenticationError, one request', async () => {
    const { client } = setup();
    const err = await failure(() => call(client.GET('/f/{name}', { ...path('expired'), params: { path: { name: 'expired' }, query: { token: CANARY_TOKEN } } }), pvwaErrors));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as Error).message).toBe(`GET ${server.url}/f/expired → 401 Unauthorized: PASWS006E The session token is missing, invalid or expired.`);
    expect(server.count('/f/expired')).toBe(1);
  });

  it('non-JSON 500 body: HttpError with redacted bodyText, not retried', async () => {
    const { client } = setup();
    const err = await failure(() => call(client.GET('/f/{name}', path('text500')), pvwaErrors));
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).bodyText).toBe('internal failure handling token [redacted]');
    expect((err as HttpError).vendorError).toBeUndefined();
    expect(server.count('/f/text500')).toBe(1);
  });

  it('HTML error page: HttpError naming the page, bodyText cut to 1 kB', async () => {
    const { client } = setup();
    const err = (await failure(() => call(client.GET('/f/{name}', path('html')), pvwaErrors))) as HttpError;
    expect(err).toBeInstanceOf(HttpError);
    expect(err.message).toContain('→ 500 Internal Server Error: HTML error page "500 - Internal server error."');
    expect(err.bodyText?.startsWith('<html>')).toBe(true);
    expect(err.bodyText?.length).toBeLessThanOrEqual(1024);
  });

  it('truncated JSON on a 200: InvalidResponseError, not retried', async () => {
    const { client } = setup();
    const err = await failure(() => call(client.GET('/f/{name}', path('truncated')), pvwaErrors));
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect(server.count('/f/truncated')).toBe(1);
  });

  it('connection dropped mid-body on a JSON 200: read inside the attempt, so retried, then ConnectionError', async () => {
    const { client } = setup();
    const err = (await failure(() => call(client.GET('/f/{name}', path('cut')), pvwaErrors))) as ConnectionError;
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.attempts).toBe(3);
    expect(server.count('/f/cut')).toBe(3);
  });

  it('connection dropped mid-stream on a binary 200: ConnectionError from the stream, not retried', async () => {
    const { client } = setup();
    const err = await failure(() => call(client.GET('/f/{name}', { ...path('cutstream'), parseAs: 'arrayBuffer' }), pvwaErrors));
    expect(err).toBeInstanceOf(ConnectionError);
    expect(server.count('/f/cutstream')).toBe(1);
  });

  it('50 MB error body: only the first 64 kB is read, bodyText ≤ 1 kB, the download is cancelled', async () => {
    const { client } = setup();
    const err = (await failure(() => call(client.GET('/f/{name}', path('big500')), pvwaErrors))) as HttpError;
    expect(err).toBeInstanceOf(HttpError);
    expect(err.status).toBe(500);
    expect(err.bodyText?.length).toBe(1024);
    await until(() => big.closed);
    expect(big.written).toBeLessThan(BIG / 2);
  });

  it('50 MB 2xx body over maxBodyBytes: InvalidResponseError, the download is cancelled', async () => {
    const { client } = setup({ maxBodyBytes: MB });
    const err = await failure(() => call(client.GET('/f/{name}', { ...path('big200'), parseAs: 'arrayBuffer' }), pvwaErrors));
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect((err as Error).message).toContain('body exceeds 1048576 bytes');
    await until(() => big.closed);
    expect(big.written).toBeLessThan(BIG / 2);
  });

  it('50 MB 2xx body read as a stream: consumed in full with bounded memory', async () => {
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe('function'); // vitest.config.ts: --expose-gc
    const { client } = setup({ timeoutMs: 10_000 });
    const baseline = memory(); // before the call, so a transport that buffered the body would show
    const { data, response } = await client.GET('/f/{name}', { ...path('big200'), parseAs: 'stream' });
    expect(response.status).toBe(200);
    let peak = baseline;
    let total = 0;
    let chunks = 0;
    for await (const chunk of data as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      if (++chunks % 64 === 0) peak = Math.max(peak, memory());
    }
    expect(total).toBe(BIG);
    expect(peak - baseline).toBeLessThan(32 * MB); // a buffered 50 MB body would exceed this
  });

  it('no secret in any error, cause chain or log line', async () => {
    // Its own failures, one of each kind (whatever ran before it): the token travels in the query of one, the
    // password is the body of another.
    const { client, transport } = setup();
    for (const name of ['reset', 'busy', 'retry-after-long', 'text500', 'html', 'truncated', 'cut', 'big500']) {
      await failure(() => call(client.GET('/f/{name}', path(name)), pvwaErrors));
    }
    await failure(() => call(client.GET('/f/{name}', { params: { path: { name: 'expired' }, query: { token: CANARY_TOKEN } } }), pvwaErrors));
    await failure(() => call(client.POST('/f/{name}', { ...path('reset'), body: { value: CANARY_PASSWORD } }), pvwaErrors));
    await failure(() => call(client.GET('/f/{name}', { ...path('slow'), fetch: transport.with({ timeoutMs: 60, retry: { retries: 1 } }) }), pvwaErrors));
    await failure(() => call(client.GET('/f/{name}', { ...path('cutstream'), parseAs: 'arrayBuffer' }), pvwaErrors));
    expect(thrown.length).toBeGreaterThanOrEqual(12);
    for (const err of thrown) expectNoSecrets(renderings(err));
    expect(logger.lines.length).toBeGreaterThan(0);
    expectNoSecrets(JSON.stringify(logger.lines));
  });

  it('no unhandled rejection', async () => {
    await new Promise((r) => setTimeout(r, 50));
    expect(unhandled).toEqual([]);
  });
});

/** Live memory (after a collection, so garbage from earlier chunks does not count). */
function memory(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

async function until(cond: () => boolean, ms = 2_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 5));
  }
}
