/**
 * monitorLiveSession's own errors (an answer it cannot read) quote the server's words — the URL it ended on,
 * a setting name from the body — and never a secret the server echoes there: the token (canary) must not appear
 * in the message, `JSON.stringify(err)` or `util.inspect(err)`, raw or percent-encoded.
 */
import { inspect } from 'node:util';
import { type Reply, type TestServer, rejection, startServer } from '@session-apis/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidResponseError, type PvwaClient, createPvwaClient } from '../src/index.js';

const TOKEN = 'CANARY-monitor-tok-5d1e'; // the session token the client sends, echoed by the server below

const replies: Record<string, Reply> = {
  // The header echoes the token (so it says nothing the client can use) and the body is broken JSON.
  'echo-header': { headers: { ConnectionMethod: `PSMGW ${TOKEN}`, 'Content-Type': 'application/json' }, body: '{"x":' },
  // The header claims PSMGW (plus the token), the body is an RDP file: they disagree.
  'echo-header-disagrees': { headers: { ConnectionMethod: 'PSMGW', 'X-Echo': TOKEN, 'Content-Type': 'application/octet-stream' }, body: 'full address:s:x\r\n' },
  // An RDP settings object whose setting name is the token: the message names a bad setting.
  'echo-setting-name': { headers: { ConnectionMethod: 'RDPFile', 'Content-Type': 'application/json' }, body: JSON.stringify({ [`${TOKEN} x`]: { nested: true } }) },
  // A same-origin redirect to a URL whose path carries the token, which then answers with an empty body.
  'echo-redirect': { status: 302, headers: { Location: `/PasswordVault/API/LiveSessions/landed-${encodeURIComponent(TOKEN)}/monitor` } },
  [`landed-${TOKEN}`]: { headers: { ConnectionMethod: 'RDPFile', 'Content-Type': 'application/octet-stream' }, body: '' },
};

let server: TestServer;
let client: PvwaClient;

beforeAll(async () => {
  server = await startServer((req) => {
    const id = decodeURIComponent(req.path.split('/')[4] ?? '');
    return replies[id] ?? { status: 500, body: 'no such test reply' };
  });
  client = createPvwaClient({ baseUrl: `${server.url}/PasswordVault`, token: TOKEN, retry: false });
});
afterAll(() => server.close());

describe('monitorLiveSession errors never carry the token the server echoes', () => {
  it.each(['echo-header', 'echo-header-disagrees', 'echo-setting-name', 'echo-redirect'])('%s', async (id) => {
    const err = await rejection(client.monitorLiveSession(id));
    expect(err).toBeInstanceOf(InvalidResponseError);
    const renderings = [(err as Error).message, String(err), JSON.stringify(err), inspect(err, { depth: 10, showHidden: true }), (err as Error).stack ?? ''];
    for (const text of renderings) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(encodeURIComponent(TOKEN));
    }
    expect((err as Error).message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/PasswordVault\/API\/LiveSessions\/.+\/monitor → 200: /);
  });
});
