/** Compile-time contract: run by `vitest --typecheck` (and `tsc`); nothing here executes. */
import { describe, expectTypeOf, it } from 'vitest';
import {
  type HttpError,
  type LiveSession,
  type LiveSessionList,
  type MonitorResult,
  type PvwaError,
  type PvwaHttpError,
  type SessionToken,
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
    void client.GET('/API/LiveSessions/{liveSessionId}/activities', { params: { path: { liveSessionId: 'x' } } });
  });

  it('type data and error from the spec', async () => {
    const list = await client.GET('/API/LiveSessions');
    expectTypeOf(list.data).toEqualTypeOf<LiveSessionList | undefined>();
    expectTypeOf(list.error).toEqualTypeOf<PvwaError | undefined>();
    const token = await client.POST('/API/auth/{type}/Logon/', { params: { path: { type: 'RADIUS' } }, body: { username: 'u', password: 'p' } });
    expectTypeOf(token.data).toEqualTypeOf<SessionToken | undefined>();
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
      credentials: { type: 'LDAP', username: 'u', password: 'p', concurrentSession: true },
      retry: { retries: 1 },
      timeoutMs: 10_000,
    });
  });
});
