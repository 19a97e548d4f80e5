/**
 * Sentinel servers usually present self-signed certificates. The safe answer is to trust that certificate:
 * `fetch: createTlsFetch({ ca })` from `@session-apis/client-runtime/node` — never NODE_TLS_REJECT_UNAUTHORIZED=0.
 * The certificate is made in the test (test-kit selfSignedCertificate), so no key material lives in the repository.
 */
import { createTlsFetch } from '@session-apis/client-runtime/node';
import { type Received, type TestServer, rejection, selfSignedCertificate, startServer } from '@session-apis/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionError, createSentinelClient } from '../src/index.js';

let server: TestServer;
let baseUrl: string;
let cert: string;
let seen: Received[];

beforeAll(async () => {
  const tls = await selfSignedCertificate();
  cert = tls.cert;
  server = await startServer(
    (req) => ({
      body:
        req.url === '/SentinelAuthServices/auth/tokens'
          ? { Token: 'tls-token', TokenDigest: 'd' }
          : { meta: { type: 'user-session', '@href': `${baseUrl}${req.url}` }, name: 'jsmith', 'session-type': 'HTTP' },
    }),
    { tls },
  );
  baseUrl = server.url;
  seen = server.requests;
}, 20_000);

afterAll(() => server.close());

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
