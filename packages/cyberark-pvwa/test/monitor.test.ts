/**
 * monitorLiveSession: the ConnectionMethod header decides; RDP files are decoded from every form the PVWA
 * may send. Binary bodies come from a local node:http server (Prism mocks octet-stream as the text
 * "string"); the PSM Gateway answer comes from Prism.
 */
import { responseExample } from '@session-apis/mock/spec';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type FetchLike,
  HttpError,
  InvalidInputError,
  InvalidResponseError,
  type PvwaClient,
  type PvwaError,
  createPvwaClient,
  decodeRdpFile,
} from '../src/index.js';
import { API, type LocalServer, type Reply, forbiddenFetch, rejectionOf, startServer } from './helpers.js';

// The spec's RDP example plus characters that only survive a correct decoding (umlaut, CJK, an astral emoji).
const rdpExample = (await responseExample(API, 'monitorLiveSession', 200, { example: 'rdpFileJson' })) as string;
const RDP = `${rdpExample}title:s:Überwachung – 監視 😀\r\n`;

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
};
const utf8bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);

const rdpHeaders = (contentType: string) => ({ ConnectionMethod: 'RDPFile', 'Content-Type': contentType });
const gateway = { PSMGWURL: 'https://psmgw.example.com/guac/', PSMGWRequest: 'HDr0P+Bf4LNl/XYHz==' };

/** One reply per fake session id. */
const replies: Record<string, Reply> = {
  'rdp-utf16le': { headers: rdpHeaders('application/octet-stream'), body: utf16le(RDP) },
  'rdp-utf16be': { headers: rdpHeaders('application/octet-stream'), body: utf16be(RDP) },
  'rdp-utf8': { headers: rdpHeaders('application/octet-stream'), body: Buffer.from(RDP, 'utf8') },
  'rdp-utf8-bom': { headers: rdpHeaders('application/x-rdp'), body: utf8bom(RDP) },
  'rdp-json': { headers: rdpHeaders('application/json; charset=utf-8'), body: JSON.stringify(RDP) },
  psmgw: { headers: { ConnectionMethod: 'PSMGW', 'Content-Type': 'application/json' }, body: JSON.stringify(gateway) },
  // header and body disagree, or are broken
  'psmgw-without-url': { headers: { ConnectionMethod: 'PSMGW', 'Content-Type': 'application/json' }, body: JSON.stringify({ PSMGWRequest: 'x' }) },
  'psmgw-rdp-bytes': { headers: { ConnectionMethod: 'PSMGW', 'Content-Type': 'application/octet-stream' }, body: utf16le(RDP) },
  'rdp-json-object': { headers: rdpHeaders('application/json'), body: JSON.stringify(gateway) },
  'no-header': { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(gateway) },
  'odd-header': { headers: { ConnectionMethod: 'true', 'Content-Type': 'application/json' }, body: JSON.stringify(gateway) },
  'rdp-utf16-no-bom': { headers: rdpHeaders('application/octet-stream'), body: Buffer.from(RDP, 'utf16le') },
  'rdp-invalid-utf8': { headers: rdpHeaders('application/octet-stream'), body: Buffer.from([0x66, 0xc3, 0x28, 0xff]) },
  'rdp-empty': { headers: rdpHeaders('application/octet-stream'), body: '' },
  'not-found': { status: 404, body: { ErrorCode: 'PASWS209E', ErrorMessage: 'Live session [x] was not found.' } },
};

let server: LocalServer;
let client: PvwaClient;

beforeAll(async () => {
  server = await startServer((req) => {
    const id = req.url.split('/')[4] ?? '';
    return replies[id] ?? { status: 500, body: 'no such test reply' };
  });
  client = createPvwaClient({ baseUrl: `${server.url}/PasswordVault`, token: 't', retry: false });
});
afterAll(() => server.close());

describe('RDP file answers (local server)', () => {
  it.each(['rdp-utf16le', 'rdp-utf16be', 'rdp-utf8', 'rdp-utf8-bom', 'rdp-json'])('decodes %s exactly', async (id) => {
    expect(await client.monitorLiveSession(id)).toEqual({ method: 'RDPFile', rdp: RDP });
  });

  it('sends Accept */* by default and the caller’s choice otherwise', async () => {
    server.received.length = 0;
    await client.monitorLiveSession('rdp-utf16le');
    await client.monitorLiveSession('rdp-json', { accept: 'application/json' });
    await client.monitorLiveSession('rdp-utf8', { accept: 'application/octet-stream' });
    expect(server.received.map((r) => r.headers.accept)).toEqual(['*/*', 'application/json', 'application/octet-stream']);
  });

  it('refuses an Accept value the PVWA does not know, before the network', async () => {
    const stub = forbiddenFetch();
    const offline = createPvwaClient({ baseUrl: 'https://pvwa.example.com/PasswordVault', token: 't', fetch: stub });
    const err = await rejectionOf(offline.monitorLiveSession('31_24', { accept: 'text/html' as never }));
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).field).toBe('accept');
    expect(stub.calls).toBe(0);
  });
});

describe('PSM Gateway answers', () => {
  it('from the local server', async () => {
    expect(await client.monitorLiveSession('psmgw')).toEqual({
      method: 'PSMGW',
      gatewayUrl: gateway.PSMGWURL,
      gatewayRequest: gateway.PSMGWRequest,
    });
  });

  it('from Prism: its default answer is the spec’s PSMGW example with ConnectionMethod PSMGW', async () => {
    const prism = createPvwaClient({ baseUrl: inject('mockUrl'), token: 't' });
    const example = (await responseExample(API, 'monitorLiveSession', 200, { example: 'psmGateway' })) as typeof gateway;
    expect(await prism.monitorLiveSession('31_24')).toEqual({ method: 'PSMGW', gatewayUrl: example.PSMGWURL, gatewayRequest: example.PSMGWRequest });
  });
});

describe('header and body that disagree', () => {
  it.each([
    ['psmgw-without-url', /ConnectionMethod is PSMGW but the body is not a \{ PSMGWURL, PSMGWRequest \} object/],
    ['psmgw-rdp-bytes', /ConnectionMethod is PSMGW but the body is not valid JSON/],
    ['rdp-json-object', /ConnectionMethod is RDPFile but the JSON body is not the RDP file as a string/],
    ['no-header', /ConnectionMethod header is missing/],
    ['odd-header', /unknown ConnectionMethod "true"/],
    ['rdp-utf16-no-bom', /NUL bytes and no byte-order mark/],
    ['rdp-invalid-utf8', /not valid UTF-8/],
    ['rdp-empty', /empty body/],
  ])('%s → InvalidResponseError', async (id, message) => {
    const err = await rejectionOf(client.monitorLiveSession(id));
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect((err as Error).message).toMatch(message);
  });

  it('Prism’s RDP JSON example under its fixed ConnectionMethod: PSMGW header → InvalidResponseError', async () => {
    const preferRdp: FetchLike = (req, init) => {
      const copy = new Request(req);
      copy.headers.set('Prefer', 'example=rdpFileJson');
      return fetch(copy, init);
    };
    const prism = createPvwaClient({ baseUrl: inject('mockUrl'), token: 't', fetch: preferRdp });
    const err = await rejectionOf(prism.monitorLiveSession('31_24'));
    expect(err).toBeInstanceOf(InvalidResponseError);
  });
});

describe('errors', () => {
  it('a vendor error stays an HttpError with the typed body', async () => {
    const err = await rejectionOf(client.monitorLiveSession('not-found'));
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError<PvwaError>).vendorError?.ErrorCode).toBe('PASWS209E');
  });

  it('decodeRdpFile rejects truncated UTF-16', () => {
    expect(() => decodeRdpFile(new Uint8Array([0xff, 0xfe, 0x41]))).toThrow(InvalidResponseError);
    expect(decodeRdpFile(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe('A');
  });
});
