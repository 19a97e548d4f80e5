/**
 * Sentinel servers usually present self-signed certificates. The safe answer is to trust that certificate:
 * `fetch: createTlsFetch({ ca })` from `@session-apis/client-runtime/node` — never NODE_TLS_REJECT_UNAUTHORIZED=0.
 * The certificate is made here, in the test, so no key material lives in the repository.
 *
 * `selfsigned` is a devDependency of @session-apis/client-runtime, not of this package: it is loaded through the
 * runtime's own resolution (no new dependency here). If the runtime ever drops it, this test fails loudly.
 */
import { createServer, type Server } from 'node:https';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { createTlsFetch } from '@session-apis/client-runtime/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionError, createSentinelClient } from '../src/index.js';
import { rejection } from './helpers.js';

interface SelfSigned {
  generate(
    attrs: { name: string; value: string }[],
    options: Record<string, unknown>,
  ): Promise<{ private: string; cert: string }>;
}

function loadSelfSigned(): SelfSigned {
  const require = createRequire(import.meta.url);
  const runtimeManifest = require.resolve('@session-apis/client-runtime/package.json');
  return createRequire(runtimeManifest)('selfsigned') as SelfSigned;
}

let server: Server;
let baseUrl: string;
let cert: string;
const seen: { method: string; url: string; authorization: string | undefined }[] = [];

beforeAll(async () => {
  const pems = await loadSelfSigned().generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    notAfterDate: new Date(Date.now() + 24 * 3600 * 1000),
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }],
  });
  cert = pems.cert;
  server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization });
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url === '/SentinelAuthServices/auth/tokens') return res.end(JSON.stringify({ Token: 'tls-token', TokenDigest: 'd' }));
    res.end(JSON.stringify({ meta: { type: 'user-session', '@href': `${baseUrl}${req.url}` }, name: 'jsmith', 'session-type': 'HTTP' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 20_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('TLS with a self-signed certificate', () => {
  it('the default fetch refuses it: ConnectionError naming the certificate problem, not retried', async () => {
    const before = seen.length;
    const client = createSentinelClient({ baseUrl, token: 't', retry: { minDelayMs: 1 } });
    const err = await rejection(client.getUserSession('K1'));
    expect(err).toBeInstanceOf(ConnectionError);
    expect((err as Error).message).toMatch(/self[- ]signed|certificate/i);
    expect((err as ConnectionError).attempts).toBe(1);
    expect(seen.length).toBe(before);
  });

  it('createTlsFetch({ ca }) trusts it: token (Basic) and X-SAML calls go through', async () => {
    const client = createSentinelClient({ baseUrl, credentials: { username: 'admin', password: 'pw' }, fetch: createTlsFetch({ ca: cert }) });
    const session = await client.getUserSession('K1');
    expect(session.name).toBe('jsmith');
    await client.updateUserSession('K1', { 'session-type': 'LEGACY' });
    expect(seen.slice(-3).map((r) => `${r.method} ${r.url} ${r.authorization?.split(' ')[0]}`)).toEqual([
      'POST /SentinelAuthServices/auth/tokens Basic',
      'GET /SentinelRESTServices/objects/user-session/K1 X-SAML',
      'PUT /SentinelRESTServices/objects/user-session/K1 X-SAML',
    ]);
    expect(seen.at(-1)?.authorization).toBe('X-SAML tls-token');
  });
});
