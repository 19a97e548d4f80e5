/**
 * What one attempt creates, counted: the Request openapi-fetch builds is the one sent (no copy) when the transport's
 * Request class built it; per attempt at most one AbortController and one timer of ours, none without a timeout or a
 * caller's signal; the body buffered only when it may be sent again. Counts are taken against bare openapi-fetch
 * in the same process (undici's Request makes an AbortController of its own, for both).
 */
import createClient from 'openapi-fetch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FetchLike, type Transport, createTransport, staticToken } from '../src/index.js';
import { fakeClock } from '@session-apis/test-kit';

const BASE = 'https://pvwa.example/PasswordVault';

/** A fetch that answers `statuses` in turn and keeps every Request it was given. */
function recording(statuses: number[] = [200]) {
  const sent: Request[] = [];
  const fetch: FetchLike = async (request) => {
    sent.push(request);
    const status = statuses[Math.min(sent.length - 1, statuses.length - 1)]!;
    return new Response(JSON.stringify({ ok: true }), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, sent };
}

/** An openapi-fetch client on `transport`; `built` collects every Request openapi-fetch made (via middleware). */
function clientOn(transport: Transport, fetch: FetchLike) {
  const built: Request[] = [];
  const client = createClient({ baseUrl: BASE, fetch: transport.fetch, Request: transport.Request });
  client.use({ onRequest: ({ request }) => void built.push(request) });
  return { client: client as unknown as { GET: Bare['GET']; PUT: Bare['PUT']; POST: Bare['POST'] }, built, fetch };
}
type Bare = { [M in 'GET' | 'PUT' | 'POST']: (path: string, init?: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown }> };

/** Counts AbortControllers made through the global (as undici and the transport make them) while `run` runs. */
async function controllersDuring(run: () => Promise<unknown>): Promise<number> {
  const Original = globalThis.AbortController;
  let made = 0;
  globalThis.AbortController = class extends Original {
    constructor() {
      super();
      made++;
    }
  };
  try {
    await run();
  } finally {
    globalThis.AbortController = Original;
  }
  return made;
}

/** AbortControllers bare openapi-fetch makes for one call (undici's Request makes one of its own). */
async function bareControllers(): Promise<number> {
  const bare = createClient({ baseUrl: BASE, fetch: recording().fetch }) as unknown as Bare;
  return controllersDuring(() => bare.GET('/API/Server'));
}

afterEach(() => vi.restoreAllMocks());

describe('objects per attempt', () => {
  it('the Request openapi-fetch built is sent as is, with the token and the attempt signal already in', async () => {
    const r = recording();
    const transport = createTransport({ fetch: r.fetch, auth: staticToken('tok', (t) => `X-SAML ${t}`), timeoutMs: 5_000 });
    const { client, built } = clientOn(transport, r.fetch);
    await client.GET('/API/Server');
    expect(r.sent).toHaveLength(1);
    expect(r.sent[0]).toBe(built[0]);
    expect(r.sent[0]!.headers.get('authorization')).toBe('X-SAML tok');
    expect(r.sent[0]!.redirect).toBe('manual');
  });

  it('one AbortController and one timer of ours per attempt with a timeout; none without a timeout or a signal', async () => {
    const baseline = await bareControllers();
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    const clears = vi.spyOn(globalThis, 'clearTimeout');

    const timed = createTransport({ fetch: recording().fetch, timeoutMs: 5_000 });
    const withTimeout = clientOn(timed, recording().fetch).client;
    expect(await controllersDuring(() => withTimeout.GET('/API/Server'))).toBe(baseline + 1);
    expect(timeouts).toHaveBeenCalledTimes(1);
    expect(clears).toHaveBeenCalledTimes(1);

    timeouts.mockClear();
    const untimed = createTransport({ fetch: recording().fetch, timeoutMs: 0 });
    const withoutTimeout = clientOn(untimed, recording().fetch).client;
    expect(await controllersDuring(() => withoutTimeout.GET('/API/Server'))).toBe(baseline);
    expect(timeouts).not.toHaveBeenCalled();
  });

  it('a retry sends one copy with its own signal, and a new controller and timer for it', async () => {
    const r = recording([503, 200]);
    const transport = createTransport({ fetch: r.fetch, timeoutMs: 5_000, clock: fakeClock() });
    const { client, built } = clientOn(transport, r.fetch);
    const perRequest = await bareControllers();
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    const made = await controllersDuring(() => client.GET('/API/Server'));
    expect(r.sent).toHaveLength(2);
    expect(r.sent[0]).toBe(built[0]);
    expect(r.sent[1]).not.toBe(built[0]);
    expect(r.sent[1]!.signal).not.toBe(r.sent[0]!.signal);
    expect(timeouts).toHaveBeenCalledTimes(2);
    // Per attempt: ours, and undici's own inside each Request.
    expect(made).toBe(2 * perRequest + 2);
  });

  it('a caller’s signal without a timeout still aborts the call, through the one controller', async () => {
    const caller = new AbortController();
    let seen: AbortSignal | undefined;
    const fetch: FetchLike = (request) => {
      seen = request.signal;
      return new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
    };
    const transport = createTransport({ fetch, timeoutMs: 0 });
    const client = createClient({ baseUrl: BASE, fetch: transport.fetch, Request: transport.Request }) as unknown as Bare;
    const call = client.GET('/API/Server', { fetch: transport.with({ signal: caller.signal }) });
    await vi.waitFor(() => expect(seen).toBeDefined());
    caller.abort(new Error('stop'));
    await expect(call).rejects.toThrow('stop');
  });

  it('buffers a body only when the call may send it again', async () => {
    const clone = vi.spyOn(Request.prototype, 'clone');
    const r = recording();
    const transport = createTransport({ fetch: r.fetch });
    const { client } = clientOn(transport, r.fetch);
    // POST: not retried, no re-logon (no auth), redirects not followed: nothing can resend it.
    await client.POST('/API/Logon', { body: { a: 1 }, redirect: 'manual' });
    expect(clone).not.toHaveBeenCalled();
    clone.mockClear();
    // PUT is idempotent: retried on 503, so its body is kept.
    await client.PUT('/API/Thing', { body: { a: 1 } });
    expect(clone).toHaveBeenCalledTimes(1);
  });

  it('a middleware that replaces the Request with the transport’s class keeps it prepared', async () => {
    const r = recording([401, 200]);
    let tokens = 0;
    const auth = { authorization: async () => `T${tokens}`, refresh: async () => (tokens++, true), peek: () => `T${tokens}` };
    const transport = createTransport({ fetch: r.fetch, auth });
    const client = createClient({ baseUrl: BASE, fetch: transport.fetch, Request: transport.Request }) as unknown as Bare;
    const replace = { onRequest: ({ request }: { request: Request }) => new transport.Request(`${BASE}/API/Other`, request) };
    await client.GET('/API/Server', { middleware: [replace] });
    // The token was the transport's (not a caller's preset): the 401 led to one re-logon and a resend with the new one.
    expect(r.sent.map((q) => [q.url, q.headers.get('authorization')])).toEqual([
      [`${BASE}/API/Other`, 'T0'],
      [`${BASE}/API/Other`, 'T1'],
    ]);
  });
});
