/**
 * The PVWA URL rules, property-tested against a local node:http server (Prism's routes are case- and
 * slash-sensitive, so it cannot answer `…/monitor/`). The oracle below is written independently of the
 * implementation: a query value is sendable iff it is non-empty, well-formed Unicode and free of + & %
 * (spaces are allowed and sent as %20, as psPAS does); a path value must also be free of spaces and be one
 * path segment (not only dots, no / \ or control characters).
 */
import fc from 'fast-check';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  InvalidInputError,
  type PvwaClient,
  RULE_NO_RESERVED,
  RULE_NO_SPACE,
  createPvwaClient,
  type paths,
  pvwaUrlRules,
  withTrailingSlash,
} from '../src/index.js';
import { type TestServer, forbiddenFetch, recordingFetch, rejection, startServer } from '@session-apis/test-kit';

const FORBIDDEN = ['+', '&', '%'];
const sendableQueryValue = (v: string) => v !== '' && !/\p{Cs}/u.test(v) && !FORBIDDEN.some((c) => v.includes(c));
// eslint-disable-next-line no-control-regex
const sendablePathValue = (v: string) => sendableQueryValue(v) && !v.includes(' ') && !/^\.*$/.test(v) && !/[/\\\x00-\x1f\x7f]/.test(v);

/** Arbitrary strings, with the interesting characters over-represented: unicode, UTF-16 halves, URL syntax. */
const values = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  // raw UTF-16 code units, so lone surrogates appear too
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 8 }).map((units) => String.fromCharCode(...units)),
  fc.string({ unit: fc.constantFrom(' ', '+', '&', '%', '.', '/', '?', '#', '\\', '=', ';', 'a', 'Z', '9', '_', '-', 'é', '😀', '\uD800') }),
  fc.constantFrom('.', '..', '31_24', 'a.b', 'user@cyber.com', '5437b04c-6914-4fa1-9679-4363d3fb7ce2'),
);

let server: TestServer;
let client: PvwaClient;
const sent = recordingFetch();

beforeAll(async () => {
  server = await startServer((req) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/PasswordVault/API/LiveSessions' || url.pathname === '/PasswordVault/API/LiveSessions/') {
      return { body: { LiveSessions: [], Echo: url.searchParams.get('Search') } };
    }
    const rest = req.url.slice('/PasswordVault/API/LiveSessions/'.length).split('/');
    return { body: { SessionID: decodeURIComponent(rest[0] ?? ''), SessionGuid: 'g', Rest: rest.slice(1) } };
  });
  client = createPvwaClient({ baseUrl: `${server.url}/PasswordVault`, token: 't', fetch: sent, retry: false });
});
afterAll(() => server.close());

describe('path values (liveSessionId)', () => {
  it('round-trip exactly when allowed, and fail before the network when not', async () => {
    await fc.assert(
      fc.asyncProperty(values, async (value) => {
        sent.sent.length = 0;
        server.requests.length = 0;
        const outcome = await client.getLiveSession(value).then(
          (session) => ({ session }),
          (error: unknown) => ({ error }),
        );
        if (sendablePathValue(value)) {
          expect(outcome).not.toHaveProperty('error');
          expect(server.requests).toHaveLength(1);
          const raw = server.requests[0]?.url ?? '';
          const [segment, ...after] = raw.slice('/PasswordVault/API/LiveSessions/'.length).split('/');
          expect(decodeURIComponent(segment ?? '')).toBe(value);
          // The dot rule: a trailing slash exactly when the URL has a dot.
          expect(after).toEqual(value.includes('.') ? [''] : []);
          expect(raw).not.toMatch(/[ +&]/);
          expect('session' in outcome && outcome.session.SessionID).toBe(value);
        } else {
          expect('error' in outcome && outcome.error).toBeInstanceOf(InvalidInputError);
          expect((outcome as { error: InvalidInputError }).error.field).toBe('liveSessionId');
          expect(sent.sent).toHaveLength(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('are enforced on low-level calls too, before the network', async () => {
    const stub = forbiddenFetch();
    const low = createPvwaClient({ baseUrl: 'https://pvwa.example.com/PasswordVault', token: 't', fetch: stub });
    await fc.assert(
      fc.asyncProperty(
        values.filter((v) => !sendablePathValue(v)),
        async (value) => {
          const err = await rejection(low.GET('/API/LiveSessions/{liveSessionId}/monitor', { params: { path: { liveSessionId: value } } }));
          expect(err).toBeInstanceOf(InvalidInputError);
          expect((err as InvalidInputError).field).toBe('liveSessionId');
        },
      ),
      { numRuns: 200 },
    );
    expect(stub.calls).toBe(0);
  });
});

describe('query values (listLiveSessions)', () => {
  it('round-trip exactly when allowed, and fail before the network when not', async () => {
    await fc.assert(
      fc.asyncProperty(values, async (value) => {
        sent.sent.length = 0;
        server.requests.length = 0;
        const outcome = await client.listLiveSessions({ Search: value }).then(
          (list) => ({ list }),
          (error: unknown) => ({ error }),
        );
        if (sendableQueryValue(value)) {
          expect(outcome).not.toHaveProperty('error');
          const sentUrl = server.requests[0]?.url ?? '';
          const raw = new URL(sentUrl, 'http://x');
          expect(raw.searchParams.get('Search')).toBe(value);
          // A space goes out as %20, never as a raw space or a "+" (which the PVWA would not read as a space).
          expect(sentUrl).not.toMatch(/[ +]/);
          expect(raw.pathname).toBe(value.includes('.') ? '/PasswordVault/API/LiveSessions/' : '/PasswordVault/API/LiveSessions');
        } else {
          expect('error' in outcome && outcome.error).toBeInstanceOf(InvalidInputError);
          expect((outcome as { error: InvalidInputError }).error.field).toBe('Search');
          expect(sent.sent).toHaveLength(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('errors', () => {
  const stub = forbiddenFetch();
  const low = createPvwaClient({ baseUrl: 'https://pvwa.example.com/PasswordVault', token: 't', fetch: stub });

  it.each([
    ['a+b', '+'],
    ['a&b', '&'],
    ['100%', '%'],
  ])('name the parameter and the rule for %j', async (value, char) => {
    const err = await rejection(low.terminateLiveSession(value));
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).message).toBe(
      `liveSessionId must not contain "${char}" (PVWA URL rule: + & % are not supported in URL values)`,
    );
    expect((err as InvalidInputError).rule).toBe(RULE_NO_RESERVED);
  });

  it('explain spaces in path values, and send them in query values as %20', async () => {
    const err = await rejection(low.getLiveSession('31 24'));
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).field).toBe('liveSessionId');
    expect((err as InvalidInputError).rule).toBe(RULE_NO_SPACE);
    expect((err as Error).message).toBe('liveSessionId must not contain a space (PVWA URL rule: no spaces anywhere in the URL)');
    expect(stub.calls).toBe(0);
    server.requests.length = 0;
    await client.listLiveSessions({ Search: 'admin server01', Safe: 'Windows Servers' });
    expect(server.requests[0]?.url).toBe('/PasswordVault/API/LiveSessions?Search=admin%20server01&Safe=Windows%20Servers');
  });

  it('still catch values when a call brings its own path serializer (the middleware re-checks params)', async () => {
    const err = await rejection(
      low.GET('/API/LiveSessions/{liveSessionId}', {
        params: { path: { liveSessionId: 'a&b' } },
        pathSerializer: (pathname, params) => pathname.replace('{liveSessionId}', String(params.liveSessionId)),
      }),
    );
    expect(err).toBeInstanceOf(InvalidInputError);
    expect(stub.calls).toBe(0);
  });
});

describe('trailing slash for URLs with a dot', () => {
  it.each([
    ['https://pvwa.example.com/PasswordVault/API/LiveSessions/31_24/monitor', 'https://pvwa.example.com/PasswordVault/API/LiveSessions/31_24/monitor'],
    ['https://pvwa.example.com/PasswordVault/API/LiveSessions/a.b/monitor', 'https://pvwa.example.com/PasswordVault/API/LiveSessions/a.b/monitor/'],
    ['https://pvwa.example.com/PasswordVault/API/LiveSessions?Search=srv.corp', 'https://pvwa.example.com/PasswordVault/API/LiveSessions/?Search=srv.corp'],
    ['https://pvwa.example.com/PasswordVault/API/auth/LDAP/Logon/', 'https://pvwa.example.com/PasswordVault/API/auth/LDAP/Logon/'],
  ])('%s → %s (the host’s dots do not count)', (input, expected) => {
    expect(withTrailingSlash(input)).toBe(expected);
  });

  it('is added by the high-level monitor call (…/monitor/)', async () => {
    server.requests.length = 0;
    await rejection(client.monitorLiveSession('user@cyber.com')); // the stub server answers no ConnectionMethod
    expect(server.requests[0]?.url).toBe('/PasswordVault/API/LiveSessions/user%40cyber.com/monitor/');
  });

  it('is added for low-level calls, and by the middleware on any openapi-fetch client', async () => {
    server.requests.length = 0;
    await client.GET('/API/LiveSessions/{liveSessionId}', { params: { path: { liveSessionId: 'srv01.corp' } } });
    const plain = createClient<paths>({ baseUrl: `${server.url}/PasswordVault` });
    plain.use(pvwaUrlRules);
    await plain.GET('/API/LiveSessions/{liveSessionId}/monitor', { params: { path: { liveSessionId: 'a.b' } } });
    const bad = await rejection(plain.GET('/API/LiveSessions/{liveSessionId}', { params: { path: { liveSessionId: 'a b' } } }));
    expect(server.requests.map((r) => r.url)).toEqual([
      '/PasswordVault/API/LiveSessions/srv01.corp/',
      '/PasswordVault/API/LiveSessions/a.b/monitor/',
    ]);
    expect(bad).toBeInstanceOf(InvalidInputError);
  });
});
