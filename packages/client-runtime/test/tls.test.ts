/**
 * `./node` createTlsFetch against a local HTTPS server whose self-signed certificate is made here,
 * in the test (test-kit selfSignedCertificate), so no key material lives in the repository.
 */
import { rejection, selfSignedCertificate, startServer, type TestServer } from '@session-apis/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionError, createTransport } from '../src/index.js';
import { createTlsFetch } from '../src/node.js';

let server: TestServer;
let url: string;
let cert: string;
let hits = 0;

beforeAll(async () => {
  const tls = await selfSignedCertificate();
  cert = tls.cert;
  server = await startServer(
    (req) => {
      hits++;
      return { body: { method: req.method, path: req.url, auth: req.authorization ?? null, body: req.body } };
    },
    { tls },
  );
  url = server.url;
}, 20_000);

afterAll(() => server.close());

describe('createTlsFetch', () => {
  it('default fetch rejects the self-signed certificate: ConnectionError, not retried', async () => {
    const before = hits;
    const err = await rejection(createTransport({ retry: { minDelayMs: 1 } }).fetch(new Request(`${url}/a`)));
    expect(err).toBeInstanceOf(ConnectionError);
    expect((err as ConnectionError).attempts).toBe(1); // certificate errors do not heal by retrying
    expect((err as Error).message).toMatch(/self[- ]signed/i);
    expect(hits).toBe(before);
  });

  it('a TLS fetch without the CA still rejects it (Node’s default trust store)', async () => {
    const err = await rejection(createTransport({ fetch: createTlsFetch() }).fetch(new Request(`${url}/b`)));
    expect(err).toBeInstanceOf(ConnectionError);
  });

  it('createTlsFetch({ ca }) trusts the certificate; method, headers and body go through', async () => {
    const transport = createTransport({ fetch: createTlsFetch({ ca: cert }), auth: { authorization: async () => 'X-SAML t', refresh: async () => false } });
    const res = await transport.fetch(new Request(`${url}/c?q=1`));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ method: 'GET', path: '/c?q=1', auth: 'X-SAML t', body: '' });
    const posted = await transport.fetch(new Request(`${url}/d`, { method: 'POST', body: 'PSMGWRequest=abc' }));
    expect(await posted.json()).toEqual({ method: 'POST', path: '/d', auth: 'X-SAML t', body: 'PSMGWRequest=abc' });
  });
});
