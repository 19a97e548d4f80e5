/**
 * What a real PVWA answers (api-facts.md; the recorded exchanges under specs/cyberark-pvwa/exchanges/), against
 * a local node:http server: logon outcomes, the RADIUS answer and the cookie session it needs, the by-id
 * wrapper, paging by Total, HTML and mislabelled error bodies, version gating.
 */
import { createCookieJar } from '@session-apis/client-runtime/node';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  HttpError,
  LiveSessionNotFoundError,
  LogonChallengeError,
  PasswordExpiredError,
  type PvwaError,
  SecondStepRequiredError,
  UnsupportedVersionError,
  createPvwaClient,
  isVendorError,
} from '../src/index.js';
import { CANARY_PASSWORD, type Received, type Reply, type TestServer, forbiddenFetch, rejection, renderings, startServer } from '@session-apis/test-kit';

const LOGON = '/PasswordVault/API/auth/RADIUS/Logon/';
// Longer than any recorded token (180–250 characters): no length is assumed.
const TOKEN = `${'ZmE1'.repeat(100)}Oz0=`;
const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Reply => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function pvwa(handler: (req: Received) => Reply) {
  server = await startServer(handler);
  return `${server.url}/PasswordVault`;
}
const credentials = (extra: Record<string, unknown> = {}) =>
  ({ type: 'RADIUS', username: 'jsmith', password: CANARY_PASSWORD, ...extra }) as const;

describe('logon outcomes', () => {
  it('403 ITATS004E (wrong password) is an AuthenticationError, sent once', async () => {
    const baseUrl = await pvwa(() => json({ ErrorCode: 'ITATS004E', ErrorMessage: 'Authentication failure for User [jsmith].' }, 403));
    const err = await rejection(createPvwaClient({ baseUrl, credentials: credentials() }).logon());
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as AuthenticationError).status).toBe(403);
    expect(isVendorError(err, 'ITATS004E')).toBe(true);
    expect(server?.requests).toHaveLength(1);
    expect(renderings(err)).not.toContain(CANARY_PASSWORD);
  });

  it('409 is a PasswordExpiredError that says to log on with newPassword, which is then sent', async () => {
    const bodies: unknown[] = [];
    const baseUrl = await pvwa((req) => {
      bodies.push(JSON.parse(req.body));
      return bodies.length === 1 ? json({ ErrorCode: 'ITATS012E', ErrorMessage: 'User password has expired.' }, 409) : json(TOKEN);
    });
    const err = await rejection(createPvwaClient({ baseUrl, credentials: credentials() }).logon());
    expect(err).toBeInstanceOf(PasswordExpiredError);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as PasswordExpiredError).status).toBe(409);
    expect((err as Error).message).toContain('newPassword');
    await createPvwaClient({ baseUrl, credentials: credentials({ newPassword: 'N3w-Passw0rd' }) }).logon();
    expect(bodies[1]).toEqual({ username: 'jsmith', password: CANARY_PASSWORD, newPassword: 'N3w-Passw0rd' });
  });

  it('200 {AdditionalInfo, UserName} is a SecondStepRequiredError, not a token', async () => {
    const baseUrl = await pvwa(() => json({ AdditionalInfo: '', UserName: 'CORP\\jsmith' }));
    const err = await rejection(createPvwaClient({ baseUrl, credentials: credentials() }).logon());
    expect(err).toBeInstanceOf(SecondStepRequiredError);
    expect(err).toMatchObject({ status: 200, userName: 'CORP\\jsmith' });
  });

  it('the token is JSON-decoded and sent without quotes, whatever its length or Content-Type', async () => {
    const baseUrl = await pvwa((req) =>
      req.url === LOGON ? { headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: JSON.stringify(TOKEN) } : json({ LiveSessions: [], Total: 0 }),
    );
    await createPvwaClient({ baseUrl, credentials: credentials() }).listLiveSessions();
    expect(server?.requests[1]?.headers.authorization).toBe(TOKEN);
  });
});

describe('RADIUS challenge and the cookie session', () => {
  /** Challenge, then a token only for the right answer sent with the challenge's cookie. */
  function radius() {
    return (req: Received): Reply => {
      if (req.url === LOGON) {
        const body = JSON.parse(req.body) as { password: string };
        if (body.password === CANARY_PASSWORD) {
          return json({ ErrorCode: 'ITATS542I', ErrorMessage: 'Enter the one-time passcode' }, 500, {
            'Set-Cookie': 'CA22222=challenge-1; path=/PasswordVault/; secure; HttpOnly',
          });
        }
        const sticky = req.headers.cookie === 'CA22222=challenge-1';
        if (body.password === '123456' && sticky) return json(TOKEN, 200, { 'Set-Cookie': 'CA11111=session-1; path=/PasswordVault/; HttpOnly' });
        return json({ ErrorCode: 'ITATS004E', ErrorMessage: 'Authentication failure for User [jsmith].' }, 403);
      }
      if (req.url === '/PasswordVault/API/Auth/Logoff') return json({ LogoffUrl: '' });
      return json({ LiveSessions: [], Total: 0 });
    };
  }
  const trace = () => server?.requests.map((r) => `${r.method} ${r.url.replace('/PasswordVault', '')} ${r.headers.cookie ?? '-'} ${r.body}`);

  it('LogonChallengeError carries the prompt; logon({ challengeAnswer }) answers it in the same cookie session', async () => {
    const baseUrl = await pvwa(radius());
    const client = createPvwaClient({ baseUrl, credentials: credentials(), cookies: createCookieJar() });
    const err = await rejection(client.logon());
    expect(err).toBeInstanceOf(LogonChallengeError);
    expect((err as LogonChallengeError).prompt).toBe('Enter the one-time passcode');
    expect((err as LogonChallengeError).status).toBe(500);
    await client.logon({ challengeAnswer: '123456' });
    await client.listLiveSessions();
    await client.logoff();
    // Logs on again, in a fresh cookie session (no cookie sent), and is challenged again.
    expect(await rejection(client.listLiveSessions())).toBeInstanceOf(LogonChallengeError);
    expect(trace()).toEqual([
      `POST /API/auth/RADIUS/Logon/ - {"username":"jsmith","password":"${CANARY_PASSWORD}"}`,
      'POST /API/auth/RADIUS/Logon/ CA22222=challenge-1 {"username":"jsmith","password":"123456"}',
      'GET /API/LiveSessions CA22222=challenge-1; CA11111=session-1 ',
      'POST /API/Auth/Logoff CA22222=challenge-1; CA11111=session-1 ',
      `POST /API/auth/RADIUS/Logon/ - {"username":"jsmith","password":"${CANARY_PASSWORD}"}`,
    ]);
  });

  it('credentials.onChallenge answers on its own; the answer never shows in errors', async () => {
    const baseUrl = await pvwa(radius());
    const prompts: string[] = [];
    const client = createPvwaClient({
      baseUrl,
      cookies: createCookieJar(),
      credentials: credentials({ onChallenge: async (prompt: string) => (prompts.push(prompt), '123456') }),
    });
    await client.listLiveSessions();
    expect(prompts).toEqual(['Enter the one-time passcode']);
    expect(server?.requests[2]?.headers.authorization).toBe(TOKEN);

    const wrong = createPvwaClient({ baseUrl, cookies: createCookieJar(), credentials: credentials({ onChallenge: () => 'CANARY-otp-999' }) });
    const err = await rejection(wrong.logon());
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(renderings(err)).not.toMatch(/CANARY-otp-999|challenge-1/);
  });

  it('cookie values never show in errors or logs, even when the server echoes them', async () => {
    const cookie = 'CANARY-cookie-7f3a9c';
    const baseUrl = await pvwa((req) =>
      req.url === LOGON
        ? json(TOKEN, 200, { 'Set-Cookie': `CA11111=${cookie}; path=/PasswordVault/; HttpOnly` })
        : { status: 500, headers: { 'Content-Type': 'text/html' }, body: `<html><title>Runtime Error</title>cookie: ${req.headers.cookie}</html>` },
    );
    const lines: string[] = [];
    const logger = { debug: (m: string, meta?: unknown) => lines.push(m + JSON.stringify(meta)), warn: (m: string, meta?: unknown) => lines.push(m + JSON.stringify(meta)) };
    const client = createPvwaClient({ baseUrl, credentials: credentials(), cookies: createCookieJar(), logger, retry: false });
    const err = (await rejection(client.getLiveSessionActivities('31_24'))) as HttpError;
    expect(server?.requests[1]?.headers.cookie).toBe(`CA11111=${cookie}`); // it was sent…
    expect(err.bodyText).toContain('cookie: CA11111=');
    expect(renderings(err)).not.toContain(cookie); // …and is scrubbed from what the error says
    expect(lines.join('\n')).not.toContain(cookie);
  });

  it('without a jar no cookie is sent (browsers keep their own), so the sticky answer fails', async () => {
    const baseUrl = await pvwa(radius());
    const client = createPvwaClient({ baseUrl, credentials: credentials({ onChallenge: () => '123456' }) });
    expect(await rejection(client.logon())).toBeInstanceOf(AuthenticationError);
  });
});

describe('live sessions', () => {
  const session = (n: number) => ({ SessionID: `31_${n}`, SessionGuid: `g-${n}` });

  it('getLiveSession unwraps the {LiveSessions, Total} wrapper; an empty list is LiveSessionNotFoundError (404)', async () => {
    const baseUrl = await pvwa((req) => json(req.url.endsWith('/31_24') ? { LiveSessions: [session(24)], Total: 1 } : { LiveSessions: [], Total: 0 }));
    const client = createPvwaClient({ baseUrl, token: 't' });
    expect(await client.getLiveSession('31_24')).toEqual(session(24));
    const err = await rejection(client.getLiveSession('31_99'));
    expect(err).toBeInstanceOf(LiveSessionNotFoundError);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).status).toBe(404);
  });

  it('liveSessions() pages with Offset += Limit while Offset < Total (Total 124, 25 a page → 5 calls)', async () => {
    const baseUrl = await pvwa((req) => {
      const url = new URL(req.url, 'http://x');
      const offset = Number(url.searchParams.get('Offset'));
      const limit = Number(url.searchParams.get('Limit'));
      const items = Array.from({ length: Math.max(0, Math.min(limit, 124 - offset)) }, (_, i) => session(offset + i));
      return json({ LiveSessions: items, Total: 124 });
    });
    const ids: string[] = [];
    for await (const s of createPvwaClient({ baseUrl, token: 't' }).liveSessions({ Search: 'admin server01' })) ids.push(s.SessionID);
    expect(ids).toHaveLength(124);
    expect(new Set(ids).size).toBe(124);
    expect(server?.requests.map((r) => r.url)).toEqual(
      [0, 25, 50, 75, 100].map((o) => `/PasswordVault/API/LiveSessions?Search=admin%20server01&Limit=25&Offset=${o}`),
    );
  });

  it('liveSessions() stops with a PagingError when Total promises pages that come back empty', async () => {
    const baseUrl = await pvwa(() => json({ LiveSessions: [], Total: 1000 }));
    const err = await rejection((async () => {
      for await (const _ of createPvwaClient({ baseUrl, token: 't' }).liveSessions()) void _;
    })());
    expect((err as Error).name).toBe('PagingError');
    expect(server?.requests).toHaveLength(1);
  });

  it('activities and properties', async () => {
    const baseUrl = await pvwa((req) =>
      json(req.url.endsWith('/activities') ? { Activities: [{ ActivityText: 'services.msc', ActivityId: 1 }] } : { ...session(24), VideoSize: 0 }),
    );
    const client = createPvwaClient({ baseUrl, token: 't' });
    expect(await client.getLiveSessionActivities('31_24')).toEqual({ Activities: [{ ActivityText: 'services.msc', ActivityId: 1 }] });
    expect(await client.getLiveSessionProperties('31_24')).toEqual({ ...session(24), VideoSize: 0 });
    expect(server?.requests.map((r) => r.url)).toEqual(['/PasswordVault/API/LiveSessions/31_24/activities', '/PasswordVault/API/LiveSessions/31_24/properties']);
  });
});

describe('error bodies', () => {
  it('an HTML page is kept as raw text; a JSON error labelled text/html is still the vendor error', async () => {
    const baseUrl = await pvwa((req) =>
      req.url.includes('/html/')
        ? { status: 404, headers: { 'Content-Type': 'text/html' }, body: '<html><head><title>Service</title></head><body>Endpoint not found.</body></html>' }
        : { status: 403, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: '{"ErrorCode":"PASWS041E","ErrorMessage":"You are not authorized to perform this action.","Details":[{"ErrorCode":"PASWS041E"}]}' },
    );
    const client = createPvwaClient({ baseUrl, token: 't' });
    const html = (await rejection(client.getLiveSessionActivities('html'))) as HttpError<PvwaError>;
    expect(html.status).toBe(404);
    expect(html.vendorError).toBeUndefined();
    expect(html.bodyText).toContain('Endpoint not found.');
    const labelled = (await rejection(client.getLiveSessionActivities('json'))) as HttpError<PvwaError>;
    expect(isVendorError(labelled, 'PASWS041E')).toBe(true);
    expect(labelled.vendorError?.Details).toEqual([{ ErrorCode: 'PASWS041E' }]);
  });
});

describe('version gating (x-minimum-pvwa-version)', () => {
  it('a known version refuses a call the server is too old for, before anything is sent', async () => {
    const stub = forbiddenFetch();
    const client = createPvwaClient({ baseUrl: 'https://pvwa.example.com/PasswordVault', token: 't', fetch: stub, versionCheck: '10.4' });
    const err = await rejection(client.monitorLiveSession('31_24'));
    expect(err).toBeInstanceOf(UnsupportedVersionError);
    expect((err as Error).message).toBe('monitorLiveSession needs PVWA 10.5; this server is 10.4');
    expect(err).toMatchObject({ operation: 'monitorLiveSession', minimumVersion: '10.5', serverVersion: '10.4' });
    expect(await rejection(client.getLiveSession('31_24'))).toBeInstanceOf(UnsupportedVersionError); // 10.6
    expect(stub.calls).toBe(0);
  });

  it('versionCheck: true asks GET /API/Server once and gates by its ExternalVersion', async () => {
    const baseUrl = await pvwa((req) => (req.url.endsWith('/API/Server') ? json({ ExternalVersion: '10.5.1', InternalVersion: '10.5.1.7' }) : json({ LiveSessions: [], Total: 0 })));
    const client = createPvwaClient({ baseUrl, token: 't', versionCheck: true });
    expect(await client.serverVersion()).toBe('10.5.1');
    await client.listLiveSessions(); // 9.10: allowed
    expect(await rejection(client.getLiveSessionProperties('31_24'))).toBeInstanceOf(UnsupportedVersionError); // 10.6
    expect(server?.requests.map((r) => r.url)).toEqual(['/PasswordVault/API/Server', '/PasswordVault/API/LiveSessions']);
  });
});
