/**
 * Contract tests: the real client against Prism serving specs/sentinel. Expectations come from the spec
 * (examples, status codes, security), so the spec is the oracle. Every operation in the spec must be exercised:
 * a new operation fails the coverage test until it has cases here.
 */
import { listOperations, loadSpec, responseExample } from '@session-apis/mock/spec';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  AuthenticationError,
  type AuthToken,
  type Fault,
  EndpointNotFoundError,
  HttpError,
  type Preauthorization,
  type SentinelClient,
  type UserSession,
  type UserSessionPage,
  createSentinelClient,
  isVendorError,
} from '../src/index.js';
import { basicAuthorization } from '../src/auth.js';
import { mockUrl, preferring, rejection, withoutAuthorization } from '@session-apis/test-kit';

const API = 'sentinel';
const baseUrl = mockUrl();
const KEY = '79600390-9B73-102E-A3E2-001676E4A757';
const TOKENS = '/SentinelAuthServices/auth/tokens';
/** A base64 token with `/`, `+` and `=` (sent percent-encoded as one path segment). */
const TOKEN = 'PHNhbWwy/OkFz+c2VydGlvbj4=';
const basic = basicAuthorization('contract-user', 'contract-pw');

/** Client options shared by every client here: no retries (Prism answers at once; a retry would hide a bug). */
const base = { baseUrl, retry: false as const };
const client = createSentinelClient({ ...base, token: 'contract-token' });
const anonymous = createSentinelClient({ ...base, token: 'contract-token', fetch: withoutAuthorization });
const preferClient = (prefer: string): SentinelClient => createSentinelClient({ ...base, token: 'contract-token', fetch: preferring(prefer) });

/** A low-level call's result, as far as these tests look at it. */
interface Outcome {
  data?: unknown;
  error?: unknown;
  response: Response;
}

interface OperationCase {
  /** Success with the low-level client; its `data` must equal the spec's first 200 example. */
  success(c: SentinelClient): Promise<Outcome>;
  /** The same call without credentials (Prism enforces the operation's security). */
  unauthenticated(c: SentinelClient): Promise<Outcome>;
  /** The same call with `Prefer: code=<status>` sent as a per-request header. */
  withPrefer(c: SentinelClient, prefer: string): Promise<Outcome>;
  /** A request the spec rejects, made with the low-level client (bypassing the client's own checks). */
  invalid(c: SentinelClient): Promise<Outcome>;
}

const cases: Record<string, OperationCase> = {
  createAuthToken: {
    success: (c) => c.POST(TOKENS, { headers: { Authorization: basic } }),
    unauthenticated: (c) => c.POST(TOKENS),
    withPrefer: (c, prefer) => c.POST(TOKENS, { headers: { Authorization: basic, Prefer: prefer } }),
    // No request body is defined: a JSON body is a violation (Prism reports it as 415 inside a 400).
    invalid: (c) => c.POST(TOKENS, { headers: { Authorization: basic }, body: { username: 'x' } as never }),
  },
  deleteAuthToken: {
    success: (c) => c.DELETE('/SentinelAuthServices/auth/tokens/{token}', { params: { path: { token: TOKEN } } }),
    unauthenticated: (c) => c.DELETE('/SentinelAuthServices/auth/tokens/{token}', { params: { path: { token: TOKEN } } }),
    withPrefer: (c, prefer) =>
      c.DELETE('/SentinelAuthServices/auth/tokens/{token}', { params: { path: { token: TOKEN } }, headers: { Prefer: prefer } }),
    // An empty token: Prism reports the path parameter as missing.
    invalid: (c) => c.DELETE('/SentinelAuthServices/auth/tokens/{token}', { params: { path: { token: '' } } }),
  },
  preauthorize: {
    success: (c) => c.GET('/SentinelRESTServices/preauthorize', { params: { query: { path: '/objects/user-session', httpMethod: 'GET' } } }),
    unauthenticated: (c) => c.GET('/SentinelRESTServices/preauthorize', { params: { query: { path: '/objects/user-session', httpMethod: 'GET' } } }),
    withPrefer: (c, prefer) =>
      c.GET('/SentinelRESTServices/preauthorize', {
        params: { query: { path: '/objects/user-session', httpMethod: 'GET' } },
        headers: { Prefer: prefer },
      }),
    // httpMethod is required.
    invalid: (c) => c.GET('/SentinelRESTServices/preauthorize', { params: { query: { path: '/objects/user-session' } as never } }),
  },
  listUserSessions: {
    success: (c) => c.GET('/SentinelRESTServices/objects/user-session', { params: { query: { pagesize: 2 } } }),
    unauthenticated: (c) => c.GET('/SentinelRESTServices/objects/user-session'),
    withPrefer: (c, prefer) => c.GET('/SentinelRESTServices/objects/user-session', { headers: { Prefer: prefer } }),
    // page has minimum 1.
    invalid: (c) => c.GET('/SentinelRESTServices/objects/user-session', { params: { query: { page: 0 } } }),
  },
  getUserSession: {
    success: (c) => c.GET('/SentinelRESTServices/objects/user-session/{SessionKey}', { params: { path: { SessionKey: KEY } } }),
    unauthenticated: (c) => c.GET('/SentinelRESTServices/objects/user-session/{SessionKey}', { params: { path: { SessionKey: KEY } } }),
    withPrefer: (c, prefer) =>
      c.GET('/SentinelRESTServices/objects/user-session/{SessionKey}', { params: { path: { SessionKey: KEY } }, headers: { Prefer: prefer } }),
    // An empty SessionKey (minLength 1): Prism reports the path parameter as missing.
    invalid: (c) => c.GET('/SentinelRESTServices/objects/user-session/{SessionKey}', { params: { path: { SessionKey: '' } } }),
  },
  updateUserSession: {
    success: (c) =>
      c.PUT('/SentinelRESTServices/objects/user-session/{SessionKey}', {
        params: { path: { SessionKey: KEY } },
        body: { 'session-type': 'HTTP', start: '2024-05-16T09:12:44.727Z', 'os-name': 'jsmith' },
      }),
    unauthenticated: (c) => c.PUT('/SentinelRESTServices/objects/user-session/{SessionKey}', { params: { path: { SessionKey: KEY } }, body: {} }),
    withPrefer: (c, prefer) =>
      c.PUT('/SentinelRESTServices/objects/user-session/{SessionKey}', { params: { path: { SessionKey: KEY } }, body: {}, headers: { Prefer: prefer } }),
    // session-type outside its enum.
    invalid: (c) =>
      c.PUT('/SentinelRESTServices/objects/user-session/{SessionKey}', {
        params: { path: { SessionKey: KEY } },
        body: { 'session-type': 'WEB' as never },
      }),
  },
  deleteUserSession: {
    success: (c) => c.DELETE('/SentinelRESTServices/objects/user-session/{SessionKey}', { params: { path: { SessionKey: KEY } } }),
    unauthenticated: (c) => c.DELETE('/SentinelRESTServices/objects/user-session/{SessionKey}', { params: { path: { SessionKey: KEY } } }),
    withPrefer: (c, prefer) =>
      c.DELETE('/SentinelRESTServices/objects/user-session/{SessionKey}', { params: { path: { SessionKey: KEY } }, headers: { Prefer: prefer } }),
    invalid: (c) => c.DELETE('/SentinelRESTServices/objects/user-session/{SessionKey}', { params: { path: { SessionKey: '' } } }),
  },
};

const operations = await listOperations(API);
const spec = await loadSpec(API);
const exercised = new Set<string>();

/** The documented error status to ask Prism for: 404 where the spec has one, else another documented 4xx. */
function errorStatusFor(responses: Record<string, unknown>): string {
  const status = ['404', '403', '400'].find((s) => s in responses);
  if (!status) throw new Error('operation documents no 4xx to test');
  return status;
}

describe.each(operations.map((op) => [op.operationId, op] as const))('%s', (operationId, op) => {
  const c = cases[operationId];
  if (!c) {
    it('has contract cases', () => expect.fail(`no contract cases for ${operationId}: add them to contract.test.ts`));
    return;
  }

  it('success: the response equals the spec example', async () => {
    exercised.add(operationId);
    const { data, response } = await c.success(client);
    expect(response.status).toBe(200);
    const content = op.definition.responses['200'].content;
    if (content) {
      expect(data).toEqual(await responseExample(API, operationId, 200));
    } else {
      expect(data).toBeUndefined(); // documented without a body
    }
  });

  it('without credentials: 401 with the spec’s 401 example (the spec requires security)', async () => {
    const security = op.definition.security ?? spec.security;
    expect(security.length, 'operations with security: [] would be exempt; this spec has none').toBeGreaterThan(0);
    expect(Object.keys(security[0])).not.toHaveLength(0);
    const { error, response } = await c.unauthenticated(anonymous);
    expect(response.status).toBe(401);
    expect(error).toEqual(await responseExample(API, operationId, 401));
  });

  it('Prefer: code=<documented 4xx> → the typed fault equals the spec example', async () => {
    const status = errorStatusFor(op.definition.responses);
    const { error, response } = await c.withPrefer(client, `code=${status}`);
    expect(response.status).toBe(Number(status));
    expect(error).toEqual(await responseExample(API, operationId, status));
  });

  it('an invalid request → 400/422 with sl-violations', async () => {
    const { response } = await c.invalid(client);
    expect([400, 422]).toContain(response.status);
    expect(response.headers.get('sl-violations')).toBeTruthy();
  });
});

describe('generated types of low-level results', () => {
  it('data and error are typed by the spec', async () => {
    const got = await client.GET('/SentinelRESTServices/objects/user-session/{SessionKey}', { params: { path: { SessionKey: KEY } } });
    expectTypeOf(got.data).toEqualTypeOf<UserSession | undefined>();
    // A fault, or its raw text when it is not valid JSON (as openapi-fetch gives it; the vendor's own printed fault is not).
    expectTypeOf(got.error).toEqualTypeOf<Fault | string | undefined>();
    const page = await client.GET('/SentinelRESTServices/objects/user-session');
    expectTypeOf(page.data).toEqualTypeOf<UserSessionPage | undefined>();
    const token = await client.POST(TOKENS, { headers: { Authorization: basic } });
    expectTypeOf(token.data).toEqualTypeOf<AuthToken | undefined>();
    const pre = await client.GET('/SentinelRESTServices/preauthorize', { params: { query: { path: '/x', httpMethod: 'GET' } } });
    expectTypeOf(pre.data).toEqualTypeOf<Preauthorization | undefined>();
    expect(pre.data?.Authorized).toBe('true');
  });
});

describe('high-level methods against Prism', () => {
  it('getUserSession returns the example, typed', async () => {
    const session = await client.getUserSession(KEY);
    expectTypeOf(session).toEqualTypeOf<UserSession>();
    expect(session).toEqual(await responseExample(API, 'getUserSession', 200));
    expect(session['session-type']).toBe('HTTP'); // hyphenated names as on the wire
  });

  it('listUserSessions returns one page', async () => {
    const page = await client.listUserSessions({ pagesize: 2, field: ['name', 'start'], query: 'name:jsmith' });
    expectTypeOf(page).toEqualTypeOf<UserSessionPage>();
    expect(page).toEqual(await responseExample(API, 'listUserSessions', 200));
  });

  it('updateUserSession and deleteUserSession resolve to undefined', async () => {
    await expect(client.updateUserSession(KEY, { 'session-type': 'LEGACY', start: '2012-04-25T13:33:44.727Z' })).resolves.toBeUndefined();
    await expect(client.deleteUserSession(KEY)).resolves.toBeUndefined();
  });

  it('preauthorize turns "true" into true', async () => {
    const allowed = await client.preauthorize('/objects/user-session', 'GET');
    expectTypeOf(allowed).toEqualTypeOf<boolean>();
    expect(allowed).toBe(true);
    await expect(preferClient('example=notAuthorized').preauthorize('/objects/user-session', 'DELETE')).resolves.toBe(false);
  });

  it('credentials: getToken() returns the Token of the spec example', async () => {
    const withCredentials = createSentinelClient({ ...base, credentials: { username: 'admin', password: 'secret' } });
    const example = (await responseExample(API, 'createAuthToken', 200)) as AuthToken;
    await expect(withCredentials.getToken()).resolves.toBe(example.Token);
  });

  it('a 404 fault (unknown key) → HttpError whose vendorError is the typed Fault, not EndpointNotFoundError', async () => {
    const err = await rejection(preferClient('code=404').getUserSession(KEY));
    expect(err).toBeInstanceOf(HttpError);
    expect(err).not.toBeInstanceOf(EndpointNotFoundError);
    expect(isVendorError(err)).toBe(true);
    if (!isVendorError(err)) return;
    expectTypeOf(err.vendorError).toEqualTypeOf<Fault>();
    const example = (await responseExample(API, 'getUserSession', 404)) as Fault;
    expect(err.vendorError).toEqual(example);
    expect(err.status).toBe(404);
    expect(err.message).toContain(example.Reason.Text);
  });

  it('400 RestEndpointNotFound (the spec’s first 400 example) → EndpointNotFoundError, for every method', async () => {
    const example = (await responseExample(API, 'preauthorize', 400)) as Fault;
    expect(example.Code.Subcode?.Value).toBe('RestEndpointNotFound');
    const c = preferClient('code=400');
    for (const call of [
      () => c.preauthorize('/objects/user-sessions', 'PATCH'),
      () => c.getUserSession(KEY),
      () => c.listUserSessions(),
      () => c.updateUserSession(KEY, {}),
      () => c.deleteUserSession(KEY),
    ]) {
      const err = await rejection(call);
      expect(err).toBeInstanceOf(EndpointNotFoundError);
      expect(isVendorError(err, 'RestEndpointNotFound')).toBe(true);
      expect((err as EndpointNotFoundError).status).toBe(400);
      expect((err as EndpointNotFoundError).vendorError).toEqual(example);
    }
  });

  it('preauthorize sends contentType and acceptType when given (Prism validates them against the spec)', async () => {
    await expect(client.preauthorize('/objects/user-session/K', 'PUT', { contentType: 'application/json', acceptType: 'application/json' })).resolves.toBe(true);
  });

  it('the spec refuses control characters in PUT strings (its pattern), as the client does before sending', async () => {
    const { response } = await client.PUT('/SentinelRESTServices/objects/user-session/{SessionKey}', {
      params: { path: { SessionKey: KEY } },
      body: { name: 'j\u0001smith' },
    });
    expect([400, 422]).toContain(response.status);
    expect(response.headers.get('sl-violations')).toMatch(/pattern/);
  });

  it('getUserSession accepts the vendor-shaped answer: unknown session-type, no user', async () => {
    const session = await preferClient('example=vendorSample').getUserSession(KEY);
    expect(session).toEqual(await responseExample(API, 'getUserSession', 200, { example: 'vendorSample' }));
    expect(session['session-type']).toBe('Wildebeest');
    expect(session.user).toBeUndefined();
  });

  it('logoff ends the token with DELETE …/auth/tokens/{token} (a request Prism finds valid)', async () => {
    const c = createSentinelClient({ ...base, credentials: { username: 'admin', password: 'secret' } });
    await c.logon();
    await expect(c.logoff()).resolves.toBeUndefined();
  });

  it('errors of every method are HttpError subclasses: 401 → AuthenticationError with the fault', async () => {
    const example = await responseExample(API, 'listUserSessions', 401);
    const calls = [
      () => anonymous.getUserSession(KEY),
      () => anonymous.listUserSessions(),
      () => anonymous.updateUserSession(KEY, {}),
      () => anonymous.deleteUserSession(KEY),
      () => anonymous.preauthorize('/objects/user-session', 'GET'),
    ];
    for (const call of calls) {
      const err = await rejection(call);
      expect(err).toBeInstanceOf(AuthenticationError);
      expect((err as AuthenticationError<Fault>).vendorError).toEqual(example);
    }
    const noBasic = createSentinelClient({ ...base, credentials: { username: 'u', password: 'p' }, fetch: withoutAuthorization });
    expect(await rejection(noBasic.getToken())).toBeInstanceOf(AuthenticationError);
  });

  it('500 fault (Receiver) → HttpError naming Receiver', async () => {
    const err = await rejection(preferClient('code=500').listUserSessions());
    expect(err).toBeInstanceOf(HttpError);
    expect(err).not.toBeInstanceOf(AuthenticationError);
    expect((err as HttpError<Fault>).vendorError?.Code.Value).toBe('Receiver');
    expect((err as Error).message).toContain('Receiver');
  });
});

describe('coverage', () => {
  it('every operation of the spec was exercised', () => {
    expect([...exercised].sort()).toEqual(operations.map((o) => o.operationId).sort());
    expect(Object.keys(cases).sort()).toEqual(operations.map((o) => o.operationId).sort());
  });
});
