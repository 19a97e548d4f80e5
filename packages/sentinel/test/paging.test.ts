/**
 * `client.userSessions()` against a local node:http server: Prism's example `next` points to another origin,
 * so following pages needs a server that serves several pages with absolute `next` URLs on its own origin.
 */
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AuthenticationError,
  type Fault,
  HttpError,
  InvalidInputError,
  InvalidResponseError,
  PagingError,
  type UserSession,
  type UserSessionIterateQuery,
  createSentinelClient,
} from '../src/index.js';
import { type TestServer, rejection, sendJson, startServer } from '@session-apis/test-kit';

const LIST = '/SentinelRESTServices/objects/user-session';
const TOKENS = '/SentinelAuthServices/auth/tokens';

/** How each test wants page `n` (1-based) to link onward; `undefined` = no `next`. */
type NextOf = (n: number, server: TestServer) => unknown;
/** What the server does for a request of page `n` (`true` = handled, `false` = serve the page normally). */
type Override = (n: number, res: ServerResponse, attempt: number) => boolean | Promise<boolean>;

const SIZES = [2, 2, 1]; // three pages, five sessions

let server: TestServer;
let other: TestServer; // a second origin, which must never be contacted
let nextOf: NextOf;
let override: Override;
let tokenCount = 0;

function session(origin: string, n: number, i: number): UserSession {
  const key = `K${n}${i}`;
  return { meta: { type: 'user-session', '@href': `${origin}${LIST}/${key}` }, name: `user${n}${i}`, 'session-type': 'HTTP' };
}

/** The absolute URL the server gives as `next` of page n (its own origin). */
const pageUrl = (origin: string, n: number) => `${origin}${LIST}?page=${n}&pagesize=2`;

beforeAll(async () => {
  server = await startServer(async (req, res, self) => {
    const url = new URL(req.url ?? '/', self.url);
    if (url.pathname === TOKENS) {
      tokenCount++;
      return sendJson(res, 200, { Token: `tok-${tokenCount}`, TokenDigest: 'digest' });
    }
    if (url.pathname !== LIST) return sendJson(res, 404, { Code: { Value: 'Sender' }, Reason: { Text: 'no such path' } });
    if (!req.authorization?.startsWith('X-SAML ')) return sendJson(res, 401, { Code: { Value: 'Sender' }, Reason: { Text: 'X-SAML required' } });
    const n = Number(url.searchParams.get('page') ?? '1');
    const attempt = self.requests.filter((r) => r.url === req.url).length;
    if (await override(n, res, attempt)) return;
    const size = SIZES[n - 1] ?? 0;
    const next = nextOf(n, self);
    sendJson(res, 200, {
      objects: Array.from({ length: size }, (_, i) => session(self.url, n, i + 1)),
      ...(next !== undefined ? { next } : {}),
      ...(n > 1 ? { prev: pageUrl(self.url, n - 1) } : {}),
    });
  });
  other = await startServer((_req, res) => sendJson(res, 200, { objects: [session('http://evil', 9, 9)] }));
});

afterAll(async () => {
  await Promise.all([server.close(), other.close()]);
});

beforeEach(() => {
  server.requests.length = 0;
  other.requests.length = 0;
  tokenCount = 0;
  nextOf = (n, s) => (n < SIZES.length ? pageUrl(s.url, n + 1) : undefined);
  override = () => false;
});

const client = (opts: { credentials?: boolean } = {}) =>
  opts.credentials
    ? createSentinelClient({ baseUrl: server.url, credentials: { username: 'admin', password: 'pw' }, retry: false })
    : createSentinelClient({ baseUrl: server.url, token: 'static-token', retry: false });

async function collect(iterable: AsyncIterable<UserSession>): Promise<string[]> {
  const names: string[] = [];
  for await (const s of iterable) names.push(s.name ?? '?');
  return names;
}

const listRequests = () => server.requests.filter((r) => r.url.startsWith(LIST));

describe('userSessions(): following next', () => {
  it('follows 3 pages, each exactly once, with the same auth, in order', async () => {
    const query: UserSessionIterateQuery = { query: 'name:user*', pagesize: 2 };
    expect(await collect(client().userSessions(query))).toEqual(['user11', 'user12', 'user21', 'user22', 'user31']);
    const urls = listRequests().map((r) => r.url);
    expect(urls).toEqual([`${LIST}?query=name%3Auser*&pagesize=2`, `${LIST}?page=2&pagesize=2`, `${LIST}?page=3&pagesize=2`]);
    expect(listRequests().every((r) => r.authorization === 'X-SAML static-token')).toBe(true);
  });

  it('stops when a page has no next (also for null or an empty string)', async () => {
    nextOf = (n, s) => (n === 1 ? pageUrl(s.url, 2) : n === 2 ? null : undefined);
    expect(await collect(client().userSessions())).toHaveLength(4);
    expect(listRequests()).toHaveLength(2);
    server.requests.length = 0;
    nextOf = () => '';
    expect(await collect(client().userSessions())).toHaveLength(2);
    expect(listRequests()).toHaveLength(1);
  });

  it('resolves a relative next against the page URL', async () => {
    nextOf = (n) => (n < 3 ? `${LIST}?page=${n + 1}` : undefined);
    expect(await collect(client().userSessions())).toHaveLength(5);
    expect(listRequests().map((r) => r.url)).toEqual([LIST, `${LIST}?page=2`, `${LIST}?page=3`]);
  });

  it('early break: no further requests', async () => {
    for await (const s of client().userSessions({ pagesize: 2 })) {
      expect(s.name).toBe('user11');
      break;
    }
    expect(listRequests()).toHaveLength(1);

    server.requests.length = 0;
    const seen: string[] = [];
    for await (const s of client().userSessions({ pagesize: 2 })) {
      seen.push(s.name ?? '');
      if (seen.length === 3) break; // the first session of page 2
    }
    expect(listRequests()).toHaveLength(2);
    // Give a stray prefetch the chance to show up before counting again.
    await new Promise((r) => setTimeout(r, 50));
    expect(listRequests()).toHaveLength(2);
  });

  it('refuses a next URL on another origin, without contacting it', async () => {
    for (const foreign of [
      (s: TestServer) => `${other.url}${LIST}?page=2`, // another port
      (s: TestServer) => pageUrl(s.url.replace('127.0.0.1', 'localhost'), 2), // another host name, same server
      (s: TestServer) => pageUrl(s.url.replace('http:', 'https:'), 2), // another scheme
    ]) {
      server.requests.length = 0;
      nextOf = (n, s) => (n === 1 ? foreign(s) : undefined);
      const names: string[] = [];
      const err = await rejection(async () => {
        for await (const s of client().userSessions()) names.push(s.name ?? '');
      });
      expect(err).toBeInstanceOf(InvalidResponseError);
      expect((err as Error).message).toMatch(/another origin/);
      expect(names).toEqual(['user11', 'user12']); // page 1 was delivered before the bad link was reached
      expect(listRequests()).toHaveLength(1);
    }
    expect(other.requests).toHaveLength(0);
  });

  it('a looping next ends with PagingError(repeated-page) once the repeated page arrives', async () => {
    // Page 2 links back to page 1 exactly as it was first requested.
    nextOf = (n, s) => (n === 1 ? pageUrl(s.url, 2) : `${s.url}${LIST}?pagesize=2`);
    const names: string[] = [];
    const err = await rejection(async () => {
      for await (const s of client().userSessions({ pagesize: 2 })) names.push(s.name ?? '');
    });
    expect(err).toBeInstanceOf(PagingError);
    expect((err as PagingError).reason).toBe('repeated-page');
    expect(names).toEqual(['user11', 'user12', 'user21', 'user22']); // page 1's items are not yielded twice
    expect(listRequests().map((r) => r.url)).toEqual([`${LIST}?pagesize=2`, `${LIST}?page=2&pagesize=2`, `${LIST}?pagesize=2`]);

    // A page that links to itself.
    server.requests.length = 0;
    nextOf = (n, s) => pageUrl(s.url, n === 1 ? 2 : n);
    expect(await rejection(collect(client().userSessions()))).toBeInstanceOf(PagingError);
    expect(listRequests().map((r) => r.url)).toEqual([LIST, `${LIST}?page=2&pagesize=2`, `${LIST}?page=2&pagesize=2`]);
  });

  it('endless empty pages with fresh next links end with PagingError(empty-page), nothing yielded', async () => {
    override = (n, res) => {
      // Every page is empty and links to a page never seen before.
      sendJson(res, 200, { objects: [], next: pageUrl(server.url, n + 1) });
      return true;
    };
    const err = await rejection(collect(client().userSessions()));
    expect(err).toBeInstanceOf(PagingError);
    expect((err as PagingError).reason).toBe('empty-page');
    expect(listRequests()).toHaveLength(1);
  });

  it('maxPages bounds one iteration: past it, PagingError(page-limit); a last page within it is fine', async () => {
    // Non-empty pages forever, each with a fresh next.
    override = (n, res) => {
      sendJson(res, 200, { objects: [session(server.url, n, 1)], next: pageUrl(server.url, n + 1) });
      return true;
    };
    const names: string[] = [];
    const err = await rejection(async () => {
      for await (const s of client().userSessions({}, { maxPages: 4 })) names.push(s.name ?? '');
    });
    expect(err).toBeInstanceOf(PagingError);
    expect((err as PagingError).reason).toBe('page-limit');
    expect(listRequests()).toHaveLength(4);
    expect(names).toEqual(['user11', 'user21', 'user31']); // the 4th page is refused before its items are yielded

    server.requests.length = 0;
    override = () => false; // three pages, then no next
    expect(await collect(client().userSessions({}, { maxPages: 3 }))).toHaveLength(5);
  });

  it('a next that is not a string is an InvalidResponseError', async () => {
    nextOf = () => 42;
    expect(await rejection(collect(client().userSessions()))).toBeInstanceOf(InvalidResponseError);
  });

  it('a page without an objects array is an InvalidResponseError', async () => {
    override = (n, res) => {
      if (n !== 2) return false;
      sendJson(res, 200, { items: [] });
      return true;
    };
    expect(await rejection(collect(client().userSessions()))).toBeInstanceOf(InvalidResponseError);
  });

  it('a fault on page 2 → HttpError with the typed fault', async () => {
    override = (n, res) => {
      if (n !== 2) return false;
      sendJson(res, 403, { Code: { Value: 'Sender' }, Reason: { Text: 'The user is not permitted to perform this operation.' } });
      return true;
    };
    const err = await rejection(collect(client().userSessions()));
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError<Fault>).status).toBe(403);
    expect((err as HttpError<Fault>).vendorError?.Reason.Text).toBe('The user is not permitted to perform this operation.');
  });

  it('a 401 mid-way (credentials): one new token, the page is sent again, iteration goes on', async () => {
    override = (n, res, attempt) => {
      if (n !== 2 || attempt > 1) return false;
      sendJson(res, 401, { Code: { Value: 'Sender' }, Reason: { Text: 'token expired' } });
      return true;
    };
    expect(await collect(client({ credentials: true }).userSessions())).toHaveLength(5);
    expect(server.requests.map((r) => `${r.url.split('?')[0]} ${r.url.includes('page=') ? r.url.split('page=')[1]?.[0] : ''} ${r.authorization?.split(' ')[0]}`)).toEqual([
      `${TOKENS}  Basic`,
      `${LIST}  X-SAML`,
      `${LIST} 2 X-SAML`,
      `${TOKENS}  Basic`,
      `${LIST} 2 X-SAML`,
      `${LIST} 3 X-SAML`,
    ]);
    expect(server.requests[4]?.authorization).toBe('X-SAML tok-2');
  });

  it('a 401 with a static token → AuthenticationError (nothing to re-acquire)', async () => {
    override = (n, res) => {
      if (n !== 2) return false;
      sendJson(res, 401, { Code: { Value: 'Sender' }, Reason: { Text: 'token expired' } });
      return true;
    };
    expect(await rejection(collect(client().userSessions()))).toBeInstanceOf(AuthenticationError);
    expect(listRequests()).toHaveLength(2);
  });
});

describe('userSessions(): AbortSignal', () => {
  it('aborting between items ends the iteration with the abort reason; no further requests', async () => {
    const controller = new AbortController();
    const iterator = client().userSessions({}, { signal: controller.signal });
    expect((await iterator.next()).value?.name).toBe('user11');
    controller.abort();
    const err = await rejection(iterator.next());
    expect((err as Error).name).toBe('AbortError');
    expect(listRequests()).toHaveLength(1);
  });

  it('aborting while a page request hangs rejects at once', async () => {
    let release!: () => void;
    override = (n, res) => {
      if (n !== 2) return false;
      release = () => sendJson(res, 200, { objects: [] });
      return true; // answer page 2 only when released
    };
    const controller = new AbortController();
    const names: string[] = [];
    const run = (async () => {
      for await (const s of client().userSessions({}, { signal: controller.signal })) names.push(s.name ?? '');
    })();
    await vi.waitFor(() => expect(listRequests()).toHaveLength(2));
    const started = Date.now();
    controller.abort(new Error('stop now'));
    const err = await rejection(run);
    expect((err as Error).message).toBe('stop now');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(names).toEqual(['user11', 'user12']);
    release();
  });

  it('an already aborted signal sends nothing', async () => {
    const err = await rejection(collect(client().userSessions({}, { signal: AbortSignal.abort() })));
    expect((err as Error).name).toBe('AbortError');
    expect(server.requests).toHaveLength(0);
  });
});

describe('userSessions(): arguments', () => {
  it('bad arguments throw InvalidInputError when called, before any request', () => {
    const c = client();
    for (const [query, field] of [
      [{ pagesize: 0 }, 'pagesize'],
      [{ pagesize: 1.5 }, 'pagesize'],
      [{ pagesize: '2' }, 'pagesize'],
      [{ query: '' }, 'query'],
      [{ field: [] }, 'field'],
      [{ page: 2 }, 'page'], // the iterator starts at page 1 and follows next
    ] as const) {
      let err: unknown;
      try {
        c.userSessions(query as never);
      } catch (e) {
        err = e;
      }
      expect(err, JSON.stringify(query)).toBeInstanceOf(InvalidInputError);
      expect((err as InvalidInputError).field).toBe(field);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('maxPages must be an integer ≥ 1 (InvalidInputError, no request)', () => {
    for (const maxPages of [0, 1.5, '3']) {
      let err: unknown;
      try {
        client().userSessions({}, { maxPages: maxPages as never });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InvalidInputError);
      expect((err as InvalidInputError).field).toBe('maxPages');
    }
    expect(server.requests).toHaveLength(0);
  });
});
