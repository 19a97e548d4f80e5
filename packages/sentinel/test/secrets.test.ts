/**
 * Secrets policy: a canary token and password never appear in errors (message, String, JSON, util.inspect,
 * cause chain) or in logger output — even when the server echoes them back in its fault text.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConnectionError,
  HttpError,
  InvalidInputError,
  type SentinelClient,
  createSentinelClient,
} from '../src/index.js';
import { basicAuthorization } from '../src/auth.js';
import { CANARY_PASSWORD, CANARY_TOKEN, type TestServer, expectNoSecrets, recordingLogger, rejection, renderings, sendJson, startServer } from '@session-apis/test-kit';

const BASIC = basicAuthorization('admin', CANARY_PASSWORD);
const CANARIES = [CANARY_TOKEN, CANARY_PASSWORD, BASIC.slice('Basic '.length), `issued-${CANARY_TOKEN}`];

let server: TestServer;
let closedUrl: string;

beforeAll(async () => {
  // Every answer is an error whose fault text echoes the Authorization header it got (as careless servers do).
  server = await startServer((req, res) => {
    if (req.url === '/SentinelAuthServices/auth/tokens' && req.url && req.authorization === BASIC && !req.headers['x-fail-token']) {
      return sendJson(res, 200, { Token: `issued-${CANARY_TOKEN}`, TokenDigest: 'dig' });
    }
    // A Basic header is echoed decoded too ("admin:<password>"): the client must scrub the password itself.
    const basic = req.authorization?.startsWith('Basic ') ? Buffer.from(req.authorization.slice(6), 'base64').toString('utf8') : '';
    const echo = `rejected Authorization: ${req.authorization ?? 'none'} ${basic}`;
    sendJson(res, req.url?.includes('status503') ? 503 : 401, { Code: { Value: 'Sender', Subcode: { Value: echo } }, Reason: { Text: echo } });
  });
  const closed = await startServer(() => undefined);
  closedUrl = closed.url;
  await closed.close();
});

afterAll(() => server.close());

let logger: ReturnType<typeof recordingLogger>;
beforeEach(() => {
  logger = recordingLogger();
});

function check(err: unknown): void {
  expect(err).toBeInstanceOf(Error);
  expectNoSecrets(renderings(err), CANARIES);
  expectNoSecrets(logger.text(), CANARIES);
}

const tokenClient = (baseUrl = server.url): SentinelClient =>
  createSentinelClient({ baseUrl, token: CANARY_TOKEN, logger, retry: { retries: 1, minDelayMs: 1, maxDelayMs: 1 } });
const credentialClient = (baseUrl = server.url): SentinelClient =>
  createSentinelClient({ baseUrl, credentials: { username: 'admin', password: CANARY_PASSWORD }, logger, retry: { retries: 1, minDelayMs: 1, maxDelayMs: 1 } });

describe('no secret in errors or logs', () => {
  it('401 with a static token (the fault echoes the token)', async () => {
    const err = await rejection(tokenClient().getUserSession('K1'));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as Error).message).toContain('[redacted]'); // the echo was there, and was scrubbed
    check(err);
    expect(logger.text()).not.toBe(''); // the logger did receive events
  });

  it('401 after re-acquiring the token (credentials; the fault echoes the X-SAML token)', async () => {
    const err = await rejection(credentialClient().listUserSessions({ pagesize: 5 }));
    expect(err).toBeInstanceOf(AuthenticationError);
    check(err);
  });

  it('503 after retries, through the iterator', async () => {
    const err = await rejection(async () => {
      for await (const _ of tokenClient().userSessions({ query: 'status503' })) break;
    });
    expect(err).toBeInstanceOf(HttpError);
    check(err);
  });

  it('a failed token request (the fault echoes the Basic credentials and the password)', async () => {
    const client = createSentinelClient({
      baseUrl: server.url,
      credentials: { username: 'admin', password: CANARY_PASSWORD },
      logger,
      fetch: (req, init) => {
        const r = new Request(req);
        r.headers.set('x-fail-token', '1');
        return fetch(r, init);
      },
    });
    const err = await rejection(client.logon());
    expect(err).toBeInstanceOf(AuthenticationError);
    check(err);
  });

  it('connection error (token and credentials clients)', async () => {
    const first = await rejection(tokenClient(closedUrl).getUserSession('K1'));
    expect(first).toBeInstanceOf(ConnectionError);
    check(first);
    const second = await rejection(credentialClient(closedUrl).getUserSession('K1'));
    expect(second).toBeInstanceOf(ConnectionError);
    check(second);
  });

  it('invalid input (options and arguments)', async () => {
    check(await rejection(tokenClient().getUserSession('')));
    check(await rejection(tokenClient().updateUserSession('K1', { start: CANARY_PASSWORD })));
    let err: unknown;
    try {
      createSentinelClient({ baseUrl: `https://admin:${CANARY_PASSWORD}@host:8443`, token: CANARY_TOKEN });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidInputError);
    check(err);
    try {
      createSentinelClient({ baseUrl: 'https://host:8443', token: `${CANARY_TOKEN}\n` });
    } catch (e) {
      err = e;
    }
    expect((err as InvalidInputError).field).toBe('token');
    check(err);
  });
});
