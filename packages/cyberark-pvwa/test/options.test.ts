/** Bad options and arguments fail before any request, with an InvalidInputError naming the field. */
import { describe, expect, it } from 'vitest';
import { InvalidInputError, type PvwaClientOptions, createPvwaClient } from '../src/index.js';
import { forbiddenFetch, rejection } from '@session-apis/test-kit';

const BASE = 'https://pvwa.example.com/PasswordVault';
const creds = { type: 'Cyberark', username: 'u', password: 'p' } as const;

async function fieldOf(fn: () => unknown): Promise<string | undefined> {
  const err = await rejection(fn);
  expect(err).toBeInstanceOf(InvalidInputError);
  return (err as InvalidInputError).field;
}

// The options every client shares (baseUrl, token or credentials, fetch, timeoutMs, retry…) are tested once, in
// client-runtime/test/client-options.test.ts; here: that the client runs that check, and its own credentials' shape.
describe('createPvwaClient options', () => {
  it.each([
    ['not a URL', 'pvwa.example.com/PasswordVault', 'baseUrl'],
  ])('refuses a baseUrl that is %s', async (_, baseUrl, field) => {
    expect(await fieldOf(() => createPvwaClient({ baseUrl, token: 't' }))).toBe(field);
  });

  it.each<[string, unknown, string]>([
    ['an unknown logon type', { baseUrl: BASE, credentials: { ...creds, type: 'Kerberos' } }, 'credentials.type'],
    ['no username', { baseUrl: BASE, credentials: { ...creds, username: '' } }, 'credentials.username'],
    ['no password', { baseUrl: BASE, credentials: { type: 'LDAP', username: 'u' } }, 'credentials.password'],
    ['a non-boolean concurrentSession', { baseUrl: BASE, credentials: { ...creds, concurrentSession: 'yes' } }, 'credentials.concurrentSession'],
  ])('refuses %s', async (_, options, field) => {
    expect(await fieldOf(() => createPvwaClient(options as PvwaClientOptions))).toBe(field);
  });

  it.each([
    ['CyberArk', 'Cyberark'],
    ['radius', 'RADIUS'],
    ['ldap', 'LDAP'],
  ])('takes the logon type %s in any case and sends the spec spelling %s', async (given, sent) => {
    const seen: string[] = [];
    const client = createPvwaClient({
      baseUrl: BASE,
      credentials: { ...creds, type: given as typeof creds.type },
      fetch: async (req) => {
        seen.push(new URL(req.url).pathname);
        return Response.json('tok');
      },
    });
    await client.logon();
    expect(seen).toEqual([`/PasswordVault/API/auth/${sent}/Logon/`]);
  });

  it('accepts a base URL with a trailing slash', async () => {
    const seen: string[] = [];
    const client = createPvwaClient({
      baseUrl: `${BASE}/`,
      token: 't',
      fetch: async (req) => {
        seen.push(req.url);
        return Response.json({ LiveSessions: [] });
      },
    });
    await client.listLiveSessions();
    expect(seen).toEqual([`${BASE}/API/LiveSessions`]);
  });
});

describe('high-level arguments', () => {
  const stub = forbiddenFetch();
  const client = createPvwaClient({ baseUrl: BASE, token: 't', fetch: stub });

  it.each<[string, () => Promise<unknown>, string]>([
    ['an empty session id', () => client.getLiveSession(''), 'liveSessionId'],
    ['a non-string session id', () => client.monitorLiveSession(31 as never), 'liveSessionId'],
    ['a dot-segment session id', () => client.suspendLiveSession('..'), 'liveSessionId'],
    ['Limit 0', () => client.listLiveSessions({ Limit: 0 }), 'Limit'],
    ['a fractional Offset', () => client.listLiveSessions({ Offset: 1.5 }), 'Offset'],
    ['a string FromTime', () => client.listLiveSessions({ FromTime: '1715846400' as never }), 'FromTime'],
    ['an unknown query name', () => client.listLiveSessions({ limit: 5 } as never), 'limit'],
    ['an empty Search', () => client.listLiveSessions({ Search: '' }), 'Search'],
    ['a negative per-call timeout', () => client.resumeLiveSession('31_24', { timeoutMs: -5 }), 'timeoutMs'],
    ['a non-signal', () => client.getLiveSession('31_24', { signal: 'stop' as never }), 'signal'],
  ])('refuses %s before the network', async (_, run, field) => {
    const err = await rejection(run());
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).field).toBe(field);
    expect(stub.calls).toBe(0);
  });
});
