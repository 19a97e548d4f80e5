/**
 * What a real Sentinel does that Prism cannot show, against a local node:http server: `Accept: application/json`
 * on every request, 400 `RestEndpointNotFound`, a fault that is not valid JSON, token deletion (logoff), an
 * unknown `session-type` and a missing `user` on reading.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  EndpointNotFoundError,
  HttpError,
  InvalidInputError,
  createSentinelClient,
  isVendorError,
} from '../src/index.js';
import { type TestServer, expectNoSecrets, recordingLogger, rejection, renderings, sendJson, startServer } from '@session-apis/test-kit';

const TOKENS = '/SentinelAuthServices/auth/tokens';
const LIST = '/SentinelRESTServices/objects/user-session';
const KEY = '79600390-9B73-102E-A3E2-001676E4A757';
// A token with every base64 character that needs percent-encoding in a path, and a canary to find leaks.
const TOKEN = 'CANARY+tok/en=abc/def==';
// The vendor's printed fault: unescaped quotes inside Reason.Text make it invalid JSON.
const INVALID_FAULT =
  '{"Code":{"Value":"Sender","Subcode":{"Value":"RestEndpointNotFound"}},"Reason":{"Text":"No endpoint for "DELETE /objects/user-session""}}';

interface Answer {
  status: number;
  body?: unknown;
  text?: string;
}
let server: TestServer;
let accepts: (string | undefined)[];
let answer: (method: string, path: string) => Answer | undefined;

beforeAll(async () => {
  server = await startServer((req, res, self) => {
    accepts.push(req.headers.accept);
    const path = new URL(req.url ?? '/', self.url).pathname;
    const custom = answer(req.method, path);
    if (custom?.text !== undefined) {
      res.writeHead(custom.status, { 'content-type': 'application/json' });
      return res.end(custom.text);
    }
    if (custom) {
      if (custom.body === undefined) return res.writeHead(custom.status).end();
      return sendJson(res, custom.status, custom.body);
    }
    if (path === TOKENS && req.method === 'POST') return sendJson(res, 200, { Token: TOKEN, TokenDigest: 'digest' });
    if (path === LIST) {
      return sendJson(res, 200, {
        objects: [{ meta: { type: 'user-session', '@href': `${self.url}${LIST}/${KEY}` }, 'session-type': 'HTTP' }],
        ...(req.url?.includes('page=2') ? {} : { next: `${self.url}${LIST}?page=2` }),
      });
    }
    if (path.startsWith(`${LIST}/`) && req.method === 'GET') {
      // Shaped like the vendor's sample: a session-type outside the enum, no user.
      return sendJson(res, 200, { meta: { type: 'user-session', '@href': `${self.url}${path}` }, 'session-type': 'Wildebeest', name: 'admin' });
    }
    if (path === '/SentinelRESTServices/preauthorize') return sendJson(res, 200, { Authorized: 'false' });
    res.writeHead(200).end();
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  accepts = [];
  answer = () => undefined;
});

const withCredentials = (extra: object = {}) =>
  createSentinelClient({ baseUrl: server.url, credentials: { username: 'admin', password: 'pw' }, retry: false, ...extra });

describe('Accept: application/json', () => {
  it('is sent on every request: the token request, each method, next pages, logoff and low-level calls', async () => {
    const client = withCredentials();
    await client.getUserSession(KEY);
    await client.updateUserSession(KEY, { name: 'x' });
    await client.deleteUserSession(KEY);
    for await (const _ of client.userSessions()) void _;
    await client.preauthorize('/objects/user-session', 'GET');
    await client.GET('/SentinelRESTServices/objects/user-session');
    await client.logoff();
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'GET', 'PUT', 'DELETE', 'GET', 'GET', 'GET', 'GET', 'DELETE']);
    expect(accepts).toEqual(Array(9).fill('application/json'));
  });
});

describe('reading what the server really sends', () => {
  it('an unknown session-type and a missing user are returned as sent', async () => {
    const session = await withCredentials().getUserSession(KEY);
    expect(session['session-type']).toBe('Wildebeest');
    expect(session).not.toHaveProperty('user');
  });
});

describe('faults', () => {
  it('400 RestEndpointNotFound (parsed) → EndpointNotFoundError, an HttpError with the fault', async () => {
    const fault = { Code: { Value: 'Sender', Subcode: { Value: 'RestEndpointNotFound' } }, Reason: { Text: 'No endpoint.' } };
    answer = (method) => (method === 'DELETE' ? { status: 400, body: fault } : undefined);
    const err = await rejection(withCredentials().deleteUserSession(KEY));
    expect(err).toBeInstanceOf(EndpointNotFoundError);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as EndpointNotFoundError).name).toBe('EndpointNotFoundError');
    expect(isVendorError(err, 'RestEndpointNotFound')).toBe(true);
    expect((err as EndpointNotFoundError).status).toBe(400);
    expect((err as EndpointNotFoundError).method).toBe('DELETE');
    expect((err as EndpointNotFoundError).vendorError).toEqual(fault);
    expect((err as Error).message).toContain('Sender/RestEndpointNotFound: No endpoint.');
  });

  it('the vendor’s invalid-JSON fault is kept as bodyText (never a crash) and still recognised as RestEndpointNotFound', async () => {
    answer = (method) => (method === 'DELETE' ? { status: 400, text: INVALID_FAULT } : undefined);
    const err = await rejection(withCredentials().deleteUserSession(KEY));
    expect(err).toBeInstanceOf(EndpointNotFoundError);
    expect((err as HttpError).vendorError).toBeUndefined();
    expect((err as HttpError).bodyText).toBe(INVALID_FAULT);
    expect(isVendorError(err)).toBe(false); // no parsed fault to narrow to
  });

  it('an invalid-JSON fault of another kind stays a plain HttpError with bodyText', async () => {
    const text = '{"Code":{"Value":"Receiver"},"Reason":{"Text":"Search "foo" failed"}}';
    answer = (method) => (method === 'GET' ? { status: 500, text } : undefined);
    const err = await rejection(withCredentials().getUserSession(KEY));
    expect(err).toBeInstanceOf(HttpError);
    expect(err).not.toBeInstanceOf(EndpointNotFoundError);
    expect((err as HttpError).bodyText).toBe(text);
    expect((err as Error).message).toContain('500');
  });

  it('a 400 without RestEndpointNotFound is a plain HttpError', async () => {
    answer = (method) => (method === 'PUT' ? { status: 400, body: { Code: { Value: 'Sender' }, Reason: { Text: 'bad body' } } } : undefined);
    const err = await rejection(withCredentials().updateUserSession(KEY, { name: 'x' }));
    expect(err).toBeInstanceOf(HttpError);
    expect(err).not.toBeInstanceOf(EndpointNotFoundError);
  });
});

describe('preauthorize', () => {
  it('"false" → false; contentType and acceptType are sent as query parameters', async () => {
    const client = withCredentials();
    await expect(client.preauthorize('/objects/user-session', 'PUT', { contentType: 'application/json', acceptType: 'application/json' })).resolves.toBe(false);
    expect(server.requests.at(-1)?.url).toBe(
      '/SentinelRESTServices/preauthorize?path=%2Fobjects%2Fuser-session&httpMethod=PUT&contentType=application%2Fjson&acceptType=application%2Fjson',
    );
  });

  it('an unknown path/method → 400 RestEndpointNotFound → EndpointNotFoundError (not false)', async () => {
    answer = (_m, path) =>
      path.endsWith('preauthorize') ? { status: 400, body: { Code: { Value: 'Sender', Subcode: { Value: 'RestEndpointNotFound' } }, Reason: { Text: 'none' } } } : undefined;
    expect(await rejection(withCredentials().preauthorize('/objects/no-such-thing', 'GET'))).toBeInstanceOf(EndpointNotFoundError);
  });
});

describe('logoff()', () => {
  const deletePath = `${TOKENS}/${encodeURIComponent(TOKEN)}`;

  it('DELETEs the token (percent-encoded, one path segment) with X-SAML, then forgets it: the next call logs on again', async () => {
    const client = withCredentials();
    await client.logon();
    await client.logoff();
    expect(server.requests.map((r) => `${r.method} ${r.url} ${r.authorization?.split(' ')[0]}`)).toEqual([
      `POST ${TOKENS} Basic`,
      `DELETE ${deletePath} X-SAML`,
    ]);
    expect(deletePath).toContain('%2F'); // the token's "/" does not split the path
    expect(server.requests[1]?.authorization).toBe(`X-SAML ${TOKEN}`);
    await client.getUserSession(KEY);
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'DELETE', 'POST', 'GET']);
  });

  it('does nothing without a token; with a fixed token it ends that one and later calls carry no Authorization', async () => {
    await withCredentials().logoff();
    expect(server.requests).toHaveLength(0);
    const fixed = createSentinelClient({ baseUrl: server.url, token: TOKEN, retry: false });
    await expect(fixed.getToken()).resolves.toBe(TOKEN);
    await fixed.logoff();
    await fixed.logoff(); // nothing left to end
    const ended = await rejection(fixed.getToken());
    expect(ended).toBeInstanceOf(InvalidInputError);
    expect((ended as InvalidInputError).rule).toBe('logged-off');
    await fixed.getUserSession(KEY);
    expect(server.requests.map((r) => `${r.method} ${r.authorization ?? '-'}`)).toEqual([`DELETE X-SAML ${TOKEN}`, 'GET -']);
  });

  it('a 401 (the token had expired) forgets it and throws AuthenticationError without logging on again', async () => {
    answer = (method) => (method === 'DELETE' ? { status: 401, body: { Code: { Value: 'Sender' }, Reason: { Text: 'expired' } } } : undefined);
    const client = withCredentials();
    await client.logon();
    expect(await rejection(client.logoff())).toBeInstanceOf(AuthenticationError);
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'DELETE']);
    await client.logoff(); // forgotten: nothing sent
    expect(server.requests).toHaveLength(2);
  });

  it('another failure keeps the token so logoff() can be tried again', async () => {
    answer = (method) => (method === 'DELETE' ? { status: 500, body: { Code: { Value: 'Receiver' }, Reason: { Text: 'busy' } } } : undefined);
    const client = withCredentials();
    await client.logon();
    expect(await rejection(client.logoff())).toBeInstanceOf(HttpError);
    answer = () => undefined;
    await client.logoff();
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'DELETE', 'DELETE']);
  });

  it('the token never appears in its error or the log, raw or percent-encoded', async () => {
    answer = (method) => (method === 'DELETE' ? { status: 500, body: { Code: { Value: 'Receiver' }, Reason: { Text: `cannot end ${TOKEN}` } } } : undefined);
    const logger = recordingLogger();
    const client = withCredentials({ logger });
    await client.logon();
    const err = await rejection(client.logoff());
    expectNoSecrets(renderings(err) + logger.text(), [TOKEN, encodeURIComponent(TOKEN), 'CANARY']);
  });

  it('refuses a token that would be a dot segment (a DELETE on the collection)', async () => {
    const fixed = createSentinelClient({ baseUrl: server.url, token: '..', retry: false });
    const err = await rejection(fixed.logoff());
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).field).toBe('token');
    expect(server.requests).toHaveLength(0);
  });
});
