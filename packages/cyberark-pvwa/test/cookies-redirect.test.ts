/**
 * The cookie jar sees every hop of a same-origin redirect, not only the last: a PVWA (or the load balancer in
 * front of it) that sets its sticky cookie on a 302/307 must get it back on the next hop and on later calls, and
 * a logon POST redirected with 307 lands in the cookie session the redirect started. The transport follows
 * redirects itself (`redirect: 'manual'`), calling the client's fetch — and so the jar — once per hop.
 */
import { createCookieJar } from '@session-apis/client-runtime/node';
import { type Received, type Reply, type TestServer, startServer } from '@session-apis/test-kit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPvwaClient } from '../src/index.js';

const BASE = '/PasswordVault';
const LOGON = `${BASE}/API/auth/LDAP/Logon/`;
const LIST = `${BASE}/API/LiveSessions`;

let server: TestServer;
const cookieOf = (r: Received) => r.headers.cookie ?? '';

beforeAll(async () => {
  server = await startServer((req): Reply => {
    if (req.path === LOGON) {
      // The first logon POST is sent on to the same URL, with the node's sticky cookie.
      if (!cookieOf(req).includes('CA11111=node-a')) return { status: 307, headers: { Location: LOGON, 'Set-Cookie': 'CA11111=node-a; Path=/PasswordVault; HttpOnly' } };
      return { headers: { 'Content-Type': 'application/json', 'Set-Cookie': 'CA22222=session; Path=/PasswordVault' }, body: JSON.stringify('token-1') };
    }
    if (req.path === LIST) {
      return { status: 302, headers: { Location: `${LIST}/moved`, 'Set-Cookie': 'lb=hop-1; Path=/' } };
    }
    if (req.path === `${LIST}/moved`) {
      return { headers: { 'Content-Type': 'application/json' }, body: { LiveSessions: [], Total: 0 } };
    }
    return { status: 404, body: { ErrorCode: 'X', ErrorMessage: 'no such route' } };
  });
});
afterAll(() => server.close());

it('Set-Cookie on a 307 of the logon POST and on a 302 of a GET reaches the jar, and the next hops send it', async () => {
  const jar = createCookieJar();
  const pvwa = createPvwaClient({
    baseUrl: `${server.url}${BASE}`,
    credentials: { type: 'LDAP', username: 'svc', password: 'pw' },
    cookies: jar,
    retry: false,
  });
  await pvwa.listLiveSessions();
  await pvwa.listLiveSessions();

  const seen = server.requests.map((r) => `${r.method} ${r.path} [${cookieOf(r)}]`);
  expect(seen).toEqual([
    `POST ${LOGON} []`,
    `POST ${LOGON} [CA11111=node-a]`, // the redirect's cookie, on the re-sent POST
    `GET ${LIST} [CA11111=node-a; CA22222=session]`,
    `GET ${LIST}/moved [CA11111=node-a; CA22222=session; lb=hop-1]`, // set by the 302, sent on the next hop
    `GET ${LIST} [CA11111=node-a; CA22222=session; lb=hop-1]`, // and kept for later calls
    `GET ${LIST}/moved [CA11111=node-a; CA22222=session; lb=hop-1]`,
  ]);
  expect(server.requests[1]!.body).toBe(server.requests[0]!.body); // the credentials re-sent on the same origin
  expect(await jar.cookieHeader(`${server.url}${BASE}/`)).toContain('lb=hop-1');
});
