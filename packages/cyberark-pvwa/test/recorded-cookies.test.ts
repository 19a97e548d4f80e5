/**
 * The cookie session as the only public PVWA recordings show it (OneIdentity/safeguard-sessions-plugin-cyberark-vault
 * `lib/tests/cassettes/test_v10_user_logon.yaml`, PVWA 10.7): the logon answer sets five cookies, one of them empty
 * (`CA33333=`), and every later answer — logoff's included — sets them again. Against a local server: the client
 * sends them back on each call, keeps the empty one as the recording's client did, and starts the next logon
 * without them although the logoff answer set them once more.
 */
import { createCookieJar } from '@session-apis/client-runtime/node';
import { afterEach, expect, it } from 'vitest';
import { createPvwaClient } from '../src/index.js';
import { type Received, type Reply, type TestServer, startServer } from '@session-apis/test-kit';

const TOKEN = 'OTcxN2E2NjgtMGMzOS00YjU3LWJjOGUtNGQzMTg4ZmVkMjhhO0EwODBCMzNGMEY2MTg0M0U7';
// As recorded (values replaced): set on the logon answer and again on every answer after it.
const SET_COOKIES = [
  'CA33333=; path=/PasswordVault/; secure; HttpOnly',
  'mobileState=Desktop; path=/PasswordVault/; secure; HttpOnly',
  'CA11111=00000002AB; path=/PasswordVault/; secure; HttpOnly',
  'CA22222=A080B33F; path=/PasswordVault/; secure; HttpOnly',
  'CA55555=cyberark; path=/PasswordVault/; secure; HttpOnly',
];

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function answer(req: Received): Reply {
  const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Set-Cookie': SET_COOKIES, 'api-supported-versions': '10.7' };
  if (req.path.endsWith('/Logon/')) return { status: 200, headers, body: JSON.stringify(TOKEN) };
  if (req.path.endsWith('/API/Auth/Logoff')) return { status: 200, headers, body: '{"LogoffUrl":""}' };
  return { status: 200, headers, body: JSON.stringify({ LiveSessions: [], Total: 0 }) };
}

it('sends the recorded cookies back on every call of the session, and none on the next logon after logoff', async () => {
  server = await startServer(answer);
  // The recording is over HTTPS (secure cookies); a local http server stands in for it, so a jar that honoured
  // `secure` strictly would send nothing — which this test would report.
  const client = createPvwaClient({
    baseUrl: `${server.url}/PasswordVault`,
    credentials: { type: 'Cyberark', username: 'PAG', password: 'pw' },
    cookies: createCookieJar(),
  });
  await client.listLiveSessions();
  await client.logoff();
  await client.listLiveSessions();
  const cookies = (server.requests as Received[]).map((r) => {
    const names = String(r.headers.cookie ?? '')
      .split(';')
      .map((c) => c.trim().split('=')[0])
      .filter(Boolean)
      .sort();
    return `${r.method} ${r.path.replace('/PasswordVault', '')} ${names.join(',') || '-'}`;
  });
  const all = 'CA11111,CA22222,CA33333,CA55555,mobileState';
  expect(cookies).toEqual([
    'POST /API/auth/Cyberark/Logon/ -',
    `GET /API/LiveSessions ${all}`,
    `POST /API/Auth/Logoff ${all}`,
    'POST /API/auth/Cyberark/Logon/ -',
    `GET /API/LiveSessions ${all}`,
  ]);
});
