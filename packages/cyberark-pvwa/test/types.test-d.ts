/** Compile-time contract: run by `vitest --typecheck` (and `tsc`); nothing here executes. */
import { describe, expectTypeOf, it } from 'vitest';
import {
  type HttpError,
  type LiveSession,
  type LiveSessionActivities,
  type LiveSessionList,
  type LiveSessionProperties,
  type LogonSecondStep,
  type MonitorResult,
  type PvwaError,
  type PvwaHttpError,
  type SessionToken,
  type components,
  createPvwaClient,
  renderGatewayForm,
} from '../src/index.js';

const client = createPvwaClient({ baseUrl: 'https://pvwa.example.com/PasswordVault', token: 't' });

describe('low-level calls', () => {
  it('require the path parameters', () => {
    // @ts-expect-error liveSessionId is missing
    void client.GET('/API/LiveSessions/{liveSessionId}', { params: { path: {} } });
    // @ts-expect-error params are missing altogether
    void client.GET('/API/LiveSessions/{liveSessionId}/monitor');
    // @ts-expect-error the logon type is an enum
    void client.POST('/API/auth/{type}/Logon/', { params: { path: { type: 'CyberArk' } }, body: { username: 'u', password: 'p' } });
  });

  it('reject wrongly typed bodies and query values', () => {
    void client.POST('/API/auth/{type}/Logon/', {
      params: { path: { type: 'Cyberark' } },
      // @ts-expect-error username must be a string
      body: { username: 5, password: 'p' },
    });
    // @ts-expect-error password is required
    void client.POST('/API/auth/{type}/Logon/', { params: { path: { type: 'LDAP' } }, body: { username: 'u' } });
    // @ts-expect-error Limit is a number
    void client.GET('/API/LiveSessions', { params: { query: { Limit: '50' } } });
    // @ts-expect-error no such path
    void client.GET('/API/LiveSessions/{liveSessionId}/recordings', { params: { path: { liveSessionId: 'x' } } });
  });

  it('type data and error from the spec', async () => {
    const list = await client.GET('/API/LiveSessions');
    expectTypeOf(list.data).toEqualTypeOf<LiveSessionList | undefined>();
    // Errors may be the PVWA's JSON body, ASP.NET's own (405), or an HTML page (text/html) [recorded][clients].
    expectTypeOf(list.error).toEqualTypeOf<PvwaError | components['schemas']['AspNetError'] | string | undefined>();
    const token = await client.POST('/API/auth/{type}/Logon/', { params: { path: { type: 'RADIUS' } }, body: { username: 'u', password: 'p' } });
    // The token, or the Windows/PKI second-step object.
    expectTypeOf(token.data).toEqualTypeOf<SessionToken | LogonSecondStep | undefined>();
    const bytes = await client.GET('/API/LiveSessions/{liveSessionId}/monitor', {
      params: { path: { liveSessionId: '31_24' } },
      parseAs: 'arrayBuffer',
    });
    expectTypeOf(bytes.data).toEqualTypeOf<ArrayBuffer | undefined>();
  });
});

describe('high-level methods', () => {
  it('return precise types', () => {
    expectTypeOf(client.listLiveSessions()).resolves.toEqualTypeOf<LiveSessionList>();
    expectTypeOf(client.getLiveSession('31_24')).resolves.toEqualTypeOf<LiveSession>();
    expectTypeOf(client.monitorLiveSession('31_24')).resolves.toEqualTypeOf<MonitorResult>();
    expectTypeOf(client.terminateLiveSession('31_24')).resolves.toEqualTypeOf<void>();
    expectTypeOf(client.suspendLiveSession('31_24', { idempotent: true })).resolves.toEqualTypeOf<void>();
    expectTypeOf(client.resumeLiveSession('31_24', { timeoutMs: 5_000 })).resolves.toEqualTypeOf<void>();
    expectTypeOf(client.logon()).resolves.toEqualTypeOf<void>();
    expectTypeOf(client.logoff()).resolves.toEqualTypeOf<void>();
    expectTypeOf(client.getLiveSessionActivities('31_24')).resolves.toEqualTypeOf<LiveSessionActivities>();
    expectTypeOf(client.getLiveSessionProperties('31_24')).resolves.toEqualTypeOf<LiveSessionProperties>();
    expectTypeOf(client.serverVersion()).resolves.toEqualTypeOf<string>();
    expectTypeOf(client.liveSessions({ Search: 'admin server01' })).toEqualTypeOf<AsyncIterableIterator<LiveSession>>();
    // @ts-expect-error the iterator pages itself: no Offset
    void client.liveSessions({ Offset: 25 });
    // @ts-expect-error Sort is one of the vendor's fields, optionally with "-"
    void client.listLiveSessions({ Sort: '-Nonsense' });
    expectTypeOf<LiveSession['SessionID']>().toEqualTypeOf<string>();
    expectTypeOf<PvwaHttpError>().toEqualTypeOf<HttpError<PvwaError>>();
  });

  it('narrow the monitor result on `method`', async () => {
    const result = await client.monitorLiveSession('31_24', { accept: 'application/octet-stream' });
    if (result.method === 'PSMGW') {
      expectTypeOf(result.gatewayUrl).toEqualTypeOf<string>();
      // @ts-expect-error no rdp on a gateway result
      void result.rdp;
      expectTypeOf(renderGatewayForm(result)).toEqualTypeOf<string>();
    } else {
      expectTypeOf(result).toEqualTypeOf<{ method: 'RDPFile'; rdp: string }>();
    }
    // @ts-expect-error not an Accept value the PVWA understands
    void client.monitorLiveSession('31_24', { accept: 'text/html' });
  });

  it('check arguments', () => {
    // @ts-expect-error the session id is a string
    void client.getLiveSession(31);
    // @ts-expect-error query names are the PVWA's (PascalCase)
    void client.listLiveSessions({ limit: 5 });
    // @ts-expect-error RDP form results cannot be rendered as a gateway form
    void renderGatewayForm({ method: 'RDPFile', rdp: 'x' });
  });
});

describe('options', () => {
  it('need exactly one of token and credentials', () => {
    // @ts-expect-error neither
    createPvwaClient({ baseUrl: 'https://pvwa.example.com/PasswordVault' });
    createPvwaClient({
      baseUrl: 'https://pvwa.example.com/PasswordVault',
      token: 't',
      // @ts-expect-error both
      credentials: { type: 'Cyberark', username: 'u', password: 'p' },
    });
    createPvwaClient({
      baseUrl: 'https://pvwa.example.com/PasswordVault',
      // @ts-expect-error the logon type is spelled the vendor's way
      credentials: { type: 'CyberArk', username: 'u', password: 'p' },
    });
    createPvwaClient({
      baseUrl: 'https://pvwa.example.com/PasswordVault',
      credentials: { type: 'LDAP', username: 'u', password: 'p', concurrentSession: true, newPassword: 'n', onChallenge: async () => '123456' },
      versionCheck: '12.6',
      retry: { retries: 1 },
      timeoutMs: 10_000,
    });
  });
});
