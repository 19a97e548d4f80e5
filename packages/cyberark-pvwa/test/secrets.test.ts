/**
 * Secrets policy: a token or password never appears in an error (message, String, JSON, inspect, cause
 * chain) or in logger output — even when the server echoes them back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConnectionError,
  HttpError,
  InvalidInputError,
  type PvwaClientOptions,
  createPvwaClient,
} from '../src/index.js';
import { CANARY_PASSWORD, CANARY_TOKEN, type TestServer, recordingLogger, rejection, renderings, startServer } from '@session-apis/test-kit';

const SESSION_CANARY = 'CANARY-session-9b2d';
const CANARIES = [CANARY_TOKEN, CANARY_PASSWORD, SESSION_CANARY];

function expectClean(text: string): void {
  for (const canary of CANARIES) {
    expect(text).not.toContain(canary);
    expect(text).not.toContain(encodeURIComponent(canary));
  }
}

let server: TestServer;
let closedUrl: string;
beforeAll(async () => {
  // A careless PVWA stand-in: every error echoes what it received (headers and body).
  server = await startServer((req) => {
    const echo = `auth=${req.headers.authorization ?? ''} body=${req.body}`;
    if (req.url.includes('/Logon/')) {
      return req.url.includes('/LDAP/') ? { body: JSON.stringify(SESSION_CANARY), headers: { 'Content-Type': 'application/json' } } : { status: 401, body: { ErrorCode: 'ITATS004E', ErrorMessage: echo } };
    }
    if (req.url.includes('/html/')) return { status: 500, headers: { 'Content-Type': 'text/html' }, body: `<html><title>${echo}</title></html>` };
    return { status: 401, body: { ErrorCode: 'PASWS006E', ErrorMessage: echo } };
  });
  const closed = await startServer(() => ({}));
  closedUrl = closed.url;
  await closed.close();
});
afterAll(() => server.close());

describe('no canary in errors or logs', () => {
  it('on a 401 that echoes the token', async () => {
    const logger = recordingLogger();
    const client = createPvwaClient({ baseUrl: `${server.url}/PasswordVault`, token: CANARY_TOKEN, logger });
    const err = await rejection(client.getLiveSession('31_24'));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as Error).message).toContain('PASWS006E'); // the error is still informative
    expectClean(renderings(err));
    expectClean(logger.text());
    expect(logger.text()).not.toBe('');
  });

  it('on a failed logon that echoes the password', async () => {
    const logger = recordingLogger();
    const client = createPvwaClient({
      baseUrl: `${server.url}/PasswordVault`,
      credentials: { type: 'Cyberark', username: 'svc', password: CANARY_PASSWORD },
      logger,
    });
    const err = await rejection(client.listLiveSessions());
    expect(err).toBeInstanceOf(AuthenticationError);
    expectClean(renderings(err));
    expectClean(logger.text());
  });

  it('on an HTML error page that echoes the session token from logon', async () => {
    const logger = recordingLogger();
    const client = createPvwaClient({
      baseUrl: `${server.url}/PasswordVault`,
      credentials: { type: 'LDAP', username: 'svc', password: CANARY_PASSWORD },
      logger,
    });
    const err = await rejection(client.monitorLiveSession('html'));
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).status).toBe(500);
    expectClean(renderings(err));
    expectClean(logger.text());
  });

  it('on a connection error', async () => {
    const logger = recordingLogger();
    const client = createPvwaClient({ baseUrl: `${closedUrl}/PasswordVault`, token: CANARY_TOKEN, logger, retry: false });
    const err = await rejection(client.listLiveSessions());
    expect(err).toBeInstanceOf(ConnectionError);
    expectClean(renderings(err));
    expectClean(logger.text());
  });

  it('on invalid input', async () => {
    const client = createPvwaClient({ baseUrl: `${server.url}/PasswordVault`, token: CANARY_TOKEN });
    const errors = [
      await rejection(client.getLiveSession(`${CANARY_TOKEN}+x`)),
      await rejection(client.listLiveSessions({ Search: `${CANARY_PASSWORD}&x` })),
      await rejection(Promise.resolve().then(() => createPvwaClient({ baseUrl: `https://u:${CANARY_PASSWORD}@pvwa.example.com/`, token: 't' }))),
      await rejection(Promise.resolve().then(() => createPvwaClient({ baseUrl: 'https://pvwa.example.com/', token: `${CANARY_TOKEN}\n` }))),
      await rejection(
        Promise.resolve().then(() =>
          createPvwaClient({ baseUrl: 'https://pvwa.example.com/', credentials: { type: 'Bad', username: 'u', password: CANARY_PASSWORD } } as unknown as PvwaClientOptions),
        ),
      ),
    ];
    for (const err of errors) {
      expect(err).toBeInstanceOf(InvalidInputError);
      expectClean(renderings(err));
    }
  });
});
