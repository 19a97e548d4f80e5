/**
 * PVWA authentication on a local server: raw token in Authorization, lazy logon, one re-logon after a
 * 401, logon never retried, logoff. (Retries, timeouts and the typed errors themselves are the runtime's,
 * tested there.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  HttpError,
  InvalidInputError,
  InvalidResponseError,
  type PvwaError,
  createPvwaClient,
  isVendorError,
} from '../src/index.js';
import { type Reply, type TestServer, rejection, startServer } from '@session-apis/test-kit';

const TOKEN_INVALID = { ErrorCode: 'PASWS006E', ErrorMessage: 'The session token is missing, invalid or expired.' };
const credentials = { type: 'LDAP', username: 'svc_psm_monitor', password: 'Example-Passw0rd!', concurrentSession: true } as const;
const isLogon = (url: string) => url === '/PasswordVault/API/auth/LDAP/Logon/';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A PVWA stand-in: logon hands out token-1, token-2, …; `onCall` answers everything else. */
async function pvwa(onCall: (req: { url: string; authorization: string | undefined; n: number }) => Reply, onLogon?: (n: number) => Reply) {
  let logons = 0;
  let calls = 0;
  server = await startServer((req) => {
    if (isLogon(req.url)) {
      logons++;
      return onLogon?.(logons) ?? { body: JSON.stringify(`token-${logons}`), headers: { 'Content-Type': 'application/json' } };
    }
    calls++;
    return onCall({ url: req.url, authorization: req.headers.authorization, n: calls });
  });
  return { baseUrl: `${server.url}/PasswordVault`, server };
}

describe('errors', () => {
  it('a PVWA 401 with PASWS006E is an AuthenticationError carrying the vendor error', async () => {
    const { baseUrl } = await pvwa(() => ({ status: 401, body: TOKEN_INVALID }));
    const client = createPvwaClient({ baseUrl, token: 'expired-token' });
    const err = await rejection(client.getLiveSession('31_24'));
    expect(err).toBeInstanceOf(AuthenticationError);
    const authError = err as AuthenticationError<PvwaError>;
    expect(authError.status).toBe(401);
    expect(authError.vendorError?.ErrorCode).toBe('PASWS006E');
    expect(authError.message).toContain('PASWS006E');
    expect(isVendorError(err, 'PASWS006E')).toBe(true);
  });
});

describe('credentials', () => {
  it('log on lazily, re-log on once after a 401, then succeed (exactly 2 logons)', async () => {
    const seen: (string | undefined)[] = [];
    const { baseUrl, server } = await pvwa(({ authorization, n }) => {
      seen.push(authorization);
      return n === 1 ? { status: 401, body: TOKEN_INVALID } : { body: { SessionID: '31_24', SessionGuid: 'g' } };
    });
    const client = createPvwaClient({ baseUrl, credentials });
    expect(server.requests).toHaveLength(0); // lazy: nothing until the first call
    expect(await client.getLiveSession('31_24')).toEqual({ SessionID: '31_24', SessionGuid: 'g' });
    expect(server.requests.filter((r) => isLogon(r.url))).toHaveLength(2);
    // The raw token, no "Bearer": the first one rejected, the fresh one accepted.
    expect(seen).toEqual(['token-1', 'token-2']);
  });

  it('send the logon as the vendor documents it, without Authorization', async () => {
    const { baseUrl, server } = await pvwa(() => ({ body: { LiveSessions: [] } }));
    await createPvwaClient({ baseUrl, credentials }).listLiveSessions();
    const logon = server.requests[0];
    expect(logon?.method).toBe('POST');
    expect(logon?.url).toBe('/PasswordVault/API/auth/LDAP/Logon/');
    expect(logon?.headers.authorization).toBeUndefined();
    expect(logon?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(logon?.body ?? '')).toEqual({ username: 'svc_psm_monitor', password: 'Example-Passw0rd!', concurrentSession: true });
  });

  it('never retry the logon, even on a retryable status', async () => {
    const { baseUrl, server } = await pvwa(
      () => ({ body: {} }),
      () => ({ status: 503, body: { ErrorCode: 'PASWS000E', ErrorMessage: 'busy' } }),
    );
    const client = createPvwaClient({ baseUrl, credentials, retry: { retries: 3, minDelayMs: 1, maxDelayMs: 1 } });
    const err = await rejection(client.listLiveSessions());
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it('never re-log on after a failed logon', async () => {
    const { baseUrl, server } = await pvwa(
      () => ({ body: {} }),
      () => ({ status: 401, body: { ErrorCode: 'ITATS004E', ErrorMessage: 'Authentication failure for User [svc_psm_monitor].' } }),
    );
    const err = await rejection(createPvwaClient({ baseUrl, credentials }).logon());
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as AuthenticationError<PvwaError>).vendorError?.ErrorCode).toBe('ITATS004E');
    expect(server.requests).toHaveLength(1);
  });

  it('refuse a logon answer that is not a token string', async () => {
    const { baseUrl } = await pvwa(
      () => ({ body: {} }),
      () => ({ body: { CyberArkLogonResult: 'x' } }),
    );
    expect(await rejection(createPvwaClient({ baseUrl, credentials }).logon())).toBeInstanceOf(InvalidResponseError);
  });

  it('logon() logs on once; logoff() ends the session and forgets the token', async () => {
    const { baseUrl, server } = await pvwa(() => ({ status: 200 }));
    const client = createPvwaClient({ baseUrl, credentials });
    await client.logon();
    await client.logon(); // already logged on: nothing sent
    await client.logoff();
    await client.logoff(); // not logged on: nothing sent
    await client.terminateLiveSession('31_24'); // logs on again
    expect(server.requests.map((r) => `${r.method} ${r.url} ${r.headers.authorization ?? '-'}`)).toEqual([
      'POST /PasswordVault/API/auth/LDAP/Logon/ -',
      'POST /PasswordVault/API/Auth/Logoff token-1',
      'POST /PasswordVault/API/auth/LDAP/Logon/ -',
      'POST /PasswordVault/API/LiveSessions/31_24/Terminate token-2',
    ]);
  });

  it('logon() needs credentials', async () => {
    const err = await rejection(createPvwaClient({ baseUrl: 'https://pvwa.example.com/PasswordVault', token: 't' }).logon());
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).field).toBe('credentials');
  });
});

describe('static token', () => {
  it('is sent as is, and no longer after logoff', async () => {
    const { baseUrl, server } = await pvwa(({ authorization }) => (authorization ? { status: 200 } : { status: 401, body: TOKEN_INVALID }));
    const client = createPvwaClient({ baseUrl, token: 'Yjg0OGI4NTgt' });
    await client.suspendLiveSession('31_24');
    await client.logoff();
    const err = await rejection(client.resumeLiveSession('31_24'));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Yjg0OGI4NTgt', 'Yjg0OGI4NTgt', undefined]);
  });
});

describe('POST actions', () => {
  it('are not retried unless the call says idempotent: true', async () => {
    const { baseUrl, server } = await pvwa(() => ({ status: 503, body: { ErrorCode: 'PASWS000E', ErrorMessage: 'busy' } }));
    const client = createPvwaClient({ baseUrl, token: 't', retry: { retries: 2, minDelayMs: 1, maxDelayMs: 1 } });
    await rejection(client.terminateLiveSession('31_24'));
    expect(server.requests).toHaveLength(1);
    await rejection(client.terminateLiveSession('31_24', { idempotent: true }));
    expect(server.requests).toHaveLength(1 + 3);
    await rejection(client.getLiveSession('31_24'));
    expect(server.requests).toHaveLength(4 + 3);
  });
});
