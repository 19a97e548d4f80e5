/**
 * End to end against Prism: logon with credentials → list live sessions → monitor the first one (PSM
 * Gateway) → POST the gateway form (to a local server standing in for the gateway) → logoff.
 */
import { responseExample } from '@session-apis/mock/spec';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FetchLike, createPvwaClient, openGatewaySession } from '../src/index.js';
import { type TestServer, mockUrl, recordingFetch, startServer } from '@session-apis/test-kit';

const API = 'cyberark-pvwa';

let gateway: TestServer;
beforeAll(async () => {
  gateway = await startServer(() => ({ headers: { 'Content-Type': 'text/html' }, body: '<html>monitoring</html>' }));
});
afterAll(() => gateway.close());

it('logon → list → monitor → gateway POST → logoff', async () => {
  const sent = recordingFetch();
  const client = createPvwaClient({
    baseUrl: mockUrl(),
    credentials: { type: 'Cyberark', username: 'svc_psm_monitor', password: 'Example-Passw0rd!', concurrentSession: true },
    fetch: sent,
  });

  await client.logon();
  const { LiveSessions } = await client.listLiveSessions({ Sort: '-RiskScore', Limit: 10 });
  const first = LiveSessions[0];
  if (!first) throw new Error('Prism returned no live session');
  const monitor = await client.monitorLiveSession(first.SessionID);
  if (monitor.method !== 'PSMGW') throw new Error(`expected PSMGW from Prism, got ${monitor.method}`);

  // The gateway URL points at psmgw.example.com: send it to the local stand-in instead, path and all.
  const toLocalGateway: FetchLike = async (req, init) => {
    const original = new URL(req.url);
    const target = new URL(original.pathname + original.search, gateway.url);
    return fetch(target, { method: req.method, headers: req.headers, body: await req.arrayBuffer(), signal: req.signal, ...init });
  };
  const response = await openGatewaySession(monitor, { fetch: toLocalGateway });
  expect(await response.text()).toBe('<html>monitoring</html>');
  await client.logoff();

  // What the gateway received: the form, exactly.
  const example = (await responseExample(API, 'monitorLiveSession', 200)) as { PSMGWURL: string; PSMGWRequest: string };
  expect(monitor).toEqual({ method: 'PSMGW', gatewayUrl: example.PSMGWURL, gatewayRequest: example.PSMGWRequest });
  expect(gateway.requests).toHaveLength(1);
  const posted = gateway.requests[0];
  expect(posted?.method).toBe('POST');
  expect(posted?.url).toBe(new URL(example.PSMGWURL).pathname);
  expect(posted?.headers['content-type']).toBe('application/x-www-form-urlencoded');
  expect(posted?.body).toBe(`PSMGWRequest=${encodeURIComponent(example.PSMGWRequest)}`);
  expect(posted?.headers.authorization).toBeUndefined();

  // What went to the PVWA: the logon without Authorization, then every call with the raw token it returned.
  const token = (await responseExample(API, 'logon', 200)) as string;
  const path = (url: string) => new URL(url).pathname;
  expect(sent.sent.map((r) => `${r.method} ${path(r.href)}`)).toEqual([
    'POST /API/auth/Cyberark/Logon/',
    'GET /API/LiveSessions',
    `GET /API/LiveSessions/${first.SessionID}/monitor`,
    'POST /API/Auth/Logoff',
  ]);
  expect(sent.sent[0]?.authorization).toBeNull();
  for (const request of sent.sent.slice(1)) {
    expect(request.authorization).toBe(token);
    expect(request.authorization).not.toMatch(/^Bearer /i);
  }
  expect(sent.sent[2]?.accept).toBe('*/*');
});
