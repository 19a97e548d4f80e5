/**
 * Tokens, against a local node:http server: HTTP Basic (UTF-8) only on the token request, `X-SAML <Token>` on
 * every other call, lazy single-flight token requests, one re-acquisition after a 401, no retries of the token
 * request; plus retries of the idempotent methods.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConnectionError,
  type Fault,
  HttpError,
  InvalidInputError,
  InvalidResponseError,
  createSentinelClient,
} from '../src/index.js';
import { basicAuthorization } from '../src/auth.js';
import { type Received, type TestServer, rejection, sendJson, startServer } from '@session-apis/test-kit';

const TOKENS = '/SentinelAuthServices/auth/tokens';
const SESSION = '/SentinelRESTServices/objects/user-session/K1';
const FAULT_401: Fault = { Code: { Value: 'Sender' }, Reason: { Text: 'Authentication is required.' } };

let server: TestServer;
let issued = 0;
/** Per test: how the server treats the token request and a session request with a given token. */
let onToken: (req: Received) => { status: number; body: unknown } | undefined;
let onSession: (req: Received, attempt: number) => { status: number; body?: unknown } | undefined;
let valid: Set<string>;

beforeAll(async () => {
  server = await startServer(async (req, res, self) => {
    if (req.url === TOKENS && req.method === 'POST') {
      const custom = onToken(req);
      if (custom) return sendJson(res, custom.status, custom.body);
      issued++;
      const token = `token-${issued}`;
      valid.add(`X-SAML ${token}`);
      return sendJson(res, 200, { Token: token, TokenDigest: `digest-${issued}` });
    }
    const attempt = self.requests.filter((r) => r.url === req.url && r.method === req.method).length;
    const custom = onSession(req, attempt);
    if (custom) {
      res.writeHead(custom.status, { 'content-type': 'application/json' });
      return res.end(custom.body === undefined ? '' : JSON.stringify(custom.body));
    }
    if (!req.authorization || !valid.has(req.authorization)) return sendJson(res, 401, FAULT_401);
    if (req.method === 'GET') return sendJson(res, 200, { meta: { type: 'user-session', '@href': `${self.url}${SESSION}` }, name: 'jsmith' });
    res.writeHead(200).end();
  });
});

afterAll(() => server.close());

beforeEach(() => {
  server.requests.length = 0;
  issued = 0;
  valid = new Set(['X-SAML static-good']);
  onToken = () => undefined;
  onSession = () => undefined;
});

const withCredentials = (password = 'pw', extra: { retry?: false } = { retry: false }) =>
  createSentinelClient({ baseUrl: server.url, credentials: { username: 'admin', password }, ...extra });

describe('token request', () => {
  it('is lazy: creating the client sends nothing', async () => {
    withCredentials();
    await new Promise((r) => setTimeout(r, 20));
    expect(server.requests).toHaveLength(0);
  });

  it('uses HTTP Basic of the UTF-8 bytes (no X-SAML); later calls send X-SAML <Token>', async () => {
    const client = withCredentials('pässwörd✓');
    await client.getUserSession('K1');
    await client.updateUserSession('K1', { name: 'jsmith' });
    await client.deleteUserSession('K1');
    const [token, ...rest] = server.requests;
    expect(token?.method).toBe('POST');
    expect(token?.url).toBe(TOKENS);
    const expected = `Basic ${Buffer.from('admin:pässwörd✓', 'utf8').toString('base64')}`;
    expect(token?.authorization).toBe(expected);
    expect(basicAuthorization('admin', 'pässwörd✓')).toBe(expected);
    expect(rest.map((r) => `${r.method} ${r.authorization}`)).toEqual(['GET X-SAML token-1', 'PUT X-SAML token-1', 'DELETE X-SAML token-1']);
  });

  it('concurrent first calls share one token request', async () => {
    const client = withCredentials();
    await Promise.all([client.getUserSession('K1'), client.getUserSession('K1'), client.getToken(), client.deleteUserSession('K1')]);
    expect(server.requests.filter((r) => r.url === TOKENS)).toHaveLength(1);
  });

  it('getToken() returns the current token; logon() keeps it; logoff() then logon() gets a new one', async () => {
    const client = withCredentials();
    await expect(client.getToken()).resolves.toBe('token-1');
    await expect(client.getToken()).resolves.toBe('token-1');
    await client.logon();
    await expect(client.getToken()).resolves.toBe('token-1');
    await client.logoff();
    await client.logon();
    await expect(client.getToken()).resolves.toBe('token-2');
    await client.getUserSession('K1');
    expect(server.requests.at(-1)?.authorization).toBe('X-SAML token-2');
  });

  it('with a static token: getToken() returns it, logon() is an InvalidInputError, no token request', async () => {
    const client = createSentinelClient({ baseUrl: server.url, token: 'static-good' });
    await expect(client.getToken()).resolves.toBe('static-good');
    const err = await rejection(client.logon());
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).field).toBe('credentials');
    await client.getUserSession('K1');
    expect(server.requests.map((r) => r.authorization)).toEqual(['X-SAML static-good']);
  });

  it('is never retried: 503 and 429 are answered once', async () => {
    for (const status of [503, 429]) {
      server.requests.length = 0;
      onToken = () => ({ status, body: { Code: { Value: 'Receiver' }, Reason: { Text: 'busy' } } });
      // Retries enabled at client level (fast): the token request must still go out once.
      const client = createSentinelClient({
        baseUrl: server.url,
        credentials: { username: 'admin', password: 'pw' },
        retry: { retries: 3, minDelayMs: 1, maxDelayMs: 2 },
      });
      const err = await rejection(client.getUserSession('K1'));
      expect(err).toBeInstanceOf(HttpError);
      expect((err as HttpError).status).toBe(status);
      expect(server.requests).toHaveLength(1);
    }
  });

  it('bad credentials → AuthenticationError with the fault (from the token request)', async () => {
    // No subcode: none is documented for it (RestEndpointNotFound is the only one our sources name).
    onToken = () => ({ status: 401, body: { Code: { Value: 'Sender' }, Reason: { Text: 'Authentication failed for user admin.' } } });
    const err = await rejection(withCredentials().listUserSessions());
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as AuthenticationError<Fault>).vendorError?.Reason.Text).toBe('Authentication failed for user admin.');
    expect((err as Error).message).toContain(TOKENS);
    expect((err as Error).message).toContain('Sender: Authentication failed for user admin.');
    expect(server.requests).toHaveLength(1);
  });

  it('a 2xx without a usable Token → InvalidResponseError', async () => {
    for (const body of [{ TokenDigest: 'x' }, { Token: '' }, { Token: 'bad\nvalue' }, 'just-a-string']) {
      onToken = () => ({ status: 200, body });
      expect(await rejection(withCredentials().getToken())).toBeInstanceOf(InvalidResponseError);
    }
  });

  it('a failed token request leaves no token: the next call asks again', async () => {
    onToken = () => ({ status: 500, body: { Code: { Value: 'Receiver' }, Reason: { Text: 'down' } } });
    const client = withCredentials();
    expect(await rejection(client.getUserSession('K1'))).toBeInstanceOf(HttpError);
    onToken = () => undefined;
    await expect(client.getUserSession('K1')).resolves.toMatchObject({ name: 'jsmith' });
    expect(server.requests.map((r) => r.url)).toEqual([TOKENS, TOKENS, SESSION]);
  });
});

describe('401 → re-acquire once', () => {
  it('an expired token is replaced once and the call sent again (GET, PUT, DELETE)', async () => {
    for (const call of ['get', 'put', 'delete'] as const) {
      server.requests.length = 0;
      issued = 0;
      valid = new Set();
      const client = withCredentials();
      await client.getToken(); // token-1
      valid.delete('X-SAML token-1'); // …which then expires
      if (call === 'get') await client.getUserSession('K1');
      if (call === 'put') await client.updateUserSession('K1', { 'session-type': 'HTTP' });
      if (call === 'delete') await client.deleteUserSession('K1');
      expect(server.requests.map((r) => `${r.method} ${r.authorization}`)).toEqual([
        `POST ${basicAuthorization('admin', 'pw')}`,
        `${call.toUpperCase()} X-SAML token-1`,
        `POST ${basicAuthorization('admin', 'pw')}`,
        `${call.toUpperCase()} X-SAML token-2`,
      ]);
    }
  });

  it('a second 401 is an AuthenticationError (exactly one re-acquisition)', async () => {
    onSession = () => ({ status: 401, body: FAULT_401 });
    const err = await rejection(withCredentials().getUserSession('K1'));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as AuthenticationError<Fault>).vendorError).toEqual(FAULT_401);
    expect(server.requests.map((r) => r.url)).toEqual([TOKENS, SESSION, TOKENS, SESSION]);
  });
});

describe('retries of idempotent methods', () => {
  const retrying = () =>
    createSentinelClient({ baseUrl: server.url, token: 'static-good', retry: { retries: 2, minDelayMs: 1, maxDelayMs: 2 } });

  it('GET, PUT and DELETE are retried on 503 per the policy', async () => {
    onSession = (_seen, attempt) => (attempt === 1 ? { status: 503, body: { Code: { Value: 'Receiver' }, Reason: { Text: 'busy' } } } : undefined);
    const client = retrying();
    await client.getUserSession('K1');
    await client.updateUserSession('K1', { name: 'x' });
    await client.deleteUserSession('K1');
    expect(server.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'PUT', 'PUT', 'DELETE', 'DELETE']);
    // The PUT body is sent again, unchanged.
    expect(server.requests.filter((r) => r.method === 'PUT').map((r) => r.body)).toEqual(['{"name":"x"}', '{"name":"x"}']);
  });

  it('retry: false (client or call) sends once', async () => {
    onSession = () => ({ status: 503, body: { Code: { Value: 'Receiver' }, Reason: { Text: 'busy' } } });
    expect(await rejection(retrying().deleteUserSession('K1', { retry: false }))).toBeInstanceOf(HttpError);
    expect(server.requests).toHaveLength(1);
  });

  it('DELETE answering 204 is success', async () => {
    onSession = () => ({ status: 204 });
    await expect(retrying().deleteUserSession('K1')).resolves.toBeUndefined();
  });

  it('a refused connection → ConnectionError', async () => {
    const closed = await startServer(() => undefined);
    const url = closed.url;
    await closed.close();
    const client = createSentinelClient({ baseUrl: url, token: 't', retry: false });
    expect(await rejection(client.getUserSession('K1'))).toBeInstanceOf(ConnectionError);
  });
});
