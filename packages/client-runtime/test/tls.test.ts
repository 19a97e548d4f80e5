/**
 * `./node` createTlsFetch against a local HTTPS server whose self-signed certificate is made here,
 * in the test (selfsigned), so no key material lives in the repository.
 */
import { type Server, createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import selfsigned from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionError, createTransport } from '../src/index.js';
import { createTlsFetch } from '../src/node.js';

let server: Server;
let url: string;
let cert: string;
let hits = 0;

beforeAll(async () => {
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    notAfterDate: new Date(Date.now() + 24 * 3600 * 1000),
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }],
  });
  cert = pems.cert;
  server = createServer({ key: pems.private, cert: pems.cert }, async (req, res) => {
    hits++;
    let body = '';
    for await (const chunk of req) body += chunk;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ method: req.method, path: req.url, auth: req.headers.authorization ?? null, body }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 20_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('createTlsFetch', () => {
  it('default fetch rejects the self-signed certificate: ConnectionError, not retried', async () => {
    const before = hits;
    const err = await createTransport({ retry: { minDelayMs: 1 } }).fetch(new Request(`${url}/a`)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect((err as ConnectionError).attempts).toBe(1); // certificate errors do not heal by retrying
    expect((err as Error).message).toMatch(/self[- ]signed/i);
    expect(hits).toBe(before);
  });

  it('a TLS fetch without the CA still rejects it (Node’s default trust store)', async () => {
    const err = await createTransport({ fetch: createTlsFetch() }).fetch(new Request(`${url}/b`)).catch((e: unknown) => e);
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
