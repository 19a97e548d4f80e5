/**
 * monitorLiveSession: the ConnectionMethod header decides when present, else the body; RDP files are decoded
 * from every form the PVWA may send (bytes in UTF-8/UTF-16, an RDP settings object, a JSON string). Binary
 * bodies come from a local node:http server (Prism mocks octet-stream as the text "string"); the PSM Gateway
 * answer comes from Prism too.
 */
import { responseExample } from '@session-apis/mock/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HttpError,
  InvalidInputError,
  InvalidResponseError,
  type PvwaClient,
  type PvwaError,
  createPvwaClient,
  decodeRdpFile,
} from '../src/index.js';
import { type Reply, type TestServer, forbiddenFetch, mockUrl, rejection, startServer } from '@session-apis/test-kit';

const API = 'cyberark-pvwa';

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
// The spec's RDP settings example, and the file it must become (name:s:value / name:i:value, CRLF).
const rdpSettings = (await responseExample(API, 'monitorLiveSession', 200, { example: 'rdpSettings' })) as Record<string, string | number>;
const RDP_FROM_SETTINGS = Object.entries(rdpSettings)
  .map(([name, value]) => `${name}:${typeof value === 'number' ? 'i' : 's'}:${value}\r\n`)
  .join('');
const gateway = { PSMGWURL: 'https://psmgw.example.com/guac/', PSMGWRequest: 'HDr0P+Bf4LNl/XYHz==' };

/** One reply per fake session id. */
const replies: Record<string, Reply> = {
  'rdp-utf16le': { headers: rdpHeaders('application/octet-stream'), body: utf16le(RDP) },
  'rdp-utf16be': { headers: rdpHeaders('application/octet-stream'), body: utf16be(RDP) },
  'rdp-utf8': { headers: rdpHeaders('application/octet-stream'), body: Buffer.from(RDP, 'utf8') },
  'rdp-utf8-bom': { headers: rdpHeaders('application/x-rdp'), body: utf8bom(RDP) },
  'rdp-json': { headers: rdpHeaders('application/json; charset=utf-8'), body: JSON.stringify(RDP) },
  psmgw: { headers: { ConnectionMethod: 'PSMGW', 'Content-Type': 'application/json' }, body: JSON.stringify(gateway) },
  // No ConnectionMethod header (as from every real PVWA on record): the body decides.
  'psmgw-no-header': { headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(gateway) },
  'psmgw-labelled-html': { headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: JSON.stringify(gateway) },
  'psmgw-odd-header': { headers: { ConnectionMethod: 'true', 'Content-Type': 'application/json' }, body: JSON.stringify(gateway) },
  'rdp-settings': { headers: rdpHeaders('application/json; charset=utf-8'), body: JSON.stringify(rdpSettings) },
  'rdp-settings-no-header': { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rdpSettings) },
  'rdp-bytes-no-header': { headers: { 'Content-Type': 'application/octet-stream' }, body: Buffer.from(RDP, 'utf8') },
  'rdp-utf16-labelled-json': { headers: { 'Content-Type': 'application/json' }, body: utf16le(RDP) },
  // header and body disagree, or are broken
  'psmgw-without-url': { headers: { ConnectionMethod: 'PSMGW', 'Content-Type': 'application/json' }, body: JSON.stringify({ PSMGWRequest: 'x' }) },
  'psmgw-rdp-bytes': { headers: { ConnectionMethod: 'PSMGW', 'Content-Type': 'application/octet-stream' }, body: utf16le(RDP) },
  'rdp-json-object': { headers: rdpHeaders('application/json'), body: JSON.stringify(gateway) },
  'rdp-settings-line-break': { headers: rdpHeaders('application/json'), body: JSON.stringify({ 'full address': '10.0.0.5\r\nalternate shell:s:cmd' }) },
  'rdp-settings-nested': { headers: rdpHeaders('application/json'), body: JSON.stringify({ 'full address': { x: 1 } }) },
  'broken-json': { headers: { 'Content-Type': 'application/json' }, body: '{"PSMGWURL": "x"' },
  'rdp-utf16-no-bom': { headers: rdpHeaders('application/octet-stream'), body: Buffer.from(RDP, 'utf16le') },
  'rdp-invalid-utf8': { headers: rdpHeaders('application/octet-stream'), body: Buffer.from([0x66, 0xc3, 0x28, 0xff]) },
  'rdp-empty': { headers: rdpHeaders('application/octet-stream'), body: '' },
  'not-found': { status: 404, body: { ErrorCode: 'PASWS209E', ErrorMessage: 'Live session [x] was not found.' } },
};

let server: TestServer;
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
  it.each(['rdp-utf16le', 'rdp-utf16be', 'rdp-utf8', 'rdp-utf8-bom', 'rdp-json', 'rdp-bytes-no-header', 'rdp-utf16-labelled-json'])(
    'decodes %s exactly',
    async (id) => {
      expect(await client.monitorLiveSession(id)).toEqual({ method: 'RDPFile', rdp: RDP });
    },
  );

  it.each(['rdp-settings', 'rdp-settings-no-header'])('rebuilds the RDP file from the settings object (%s)', async (id) => {
    expect(await client.monitorLiveSession(id, { accept: 'application/json' })).toEqual({ method: 'RDPFile', rdp: RDP_FROM_SETTINGS });
    expect(RDP_FROM_SETTINGS).toContain('full address:s:10.0.0.5\r\nserver port:i:3389\r\n');
  });

  it('sends Accept */* by default and the caller’s choice otherwise', async () => {
    server.requests.length = 0;
    await client.monitorLiveSession('rdp-utf16le');
    await client.monitorLiveSession('rdp-json', { accept: 'application/json' });
    await client.monitorLiveSession('rdp-utf8', { accept: 'application/octet-stream' });
    expect(server.requests.map((r) => r.headers.accept)).toEqual(['*/*', 'application/json', 'application/octet-stream']);
  });

  it('refuses an Accept value the PVWA does not know, before the network', async () => {
    const stub = forbiddenFetch();
    const offline = createPvwaClient({ baseUrl: 'https://pvwa.example.com/PasswordVault', token: 't', fetch: stub });
    const err = await rejection(offline.monitorLiveSession('31_24', { accept: 'text/html' as never }));
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).field).toBe('accept');
    expect(stub.calls).toBe(0);
  });
});

describe('PSM Gateway answers', () => {
  it.each(['psmgw', 'psmgw-no-header', 'psmgw-labelled-html', 'psmgw-odd-header'])('from the local server (%s)', async (id) => {
    expect(await client.monitorLiveSession(id)).toEqual({
      method: 'PSMGW',
      gatewayUrl: gateway.PSMGWURL,
      gatewayRequest: gateway.PSMGWRequest,
    });
  });

  it('from Prism: its default answer is the spec’s PSMGW example with ConnectionMethod PSMGW', async () => {
    const prism = createPvwaClient({ baseUrl: mockUrl(), token: 't' });
    const example = (await responseExample(API, 'monitorLiveSession', 200, { example: 'psmGateway' })) as typeof gateway;
    expect(await prism.monitorLiveSession('31_24')).toEqual({ method: 'PSMGW', gatewayUrl: example.PSMGWURL, gatewayRequest: example.PSMGWRequest });
  });
});

describe('header and body that disagree', () => {
  it.each([
    ['psmgw-without-url', /ConnectionMethod is PSMGW but the body is not a \{ PSMGWURL, PSMGWRequest \} object/],
    ['psmgw-rdp-bytes', /ConnectionMethod is PSMGW but the body is not a \{ PSMGWURL, PSMGWRequest \} object/],
    ['rdp-json-object', /ConnectionMethod is RDPFile but the body is the PSM Gateway form/],
    ['rdp-settings-line-break', /RDP settings: "full address" is not a one-line string or an integer/],
    ['rdp-settings-nested', /RDP settings: "full address" is not a one-line string or an integer/],
    ['broken-json', /looks like JSON but is not valid JSON/],
    ['rdp-utf16-no-bom', /NUL bytes and no byte-order mark/],
    ['rdp-invalid-utf8', /not valid UTF-8/],
    ['rdp-empty', /empty body/],
  ])('%s → InvalidResponseError', async (id, message) => {
    const err = await rejection(client.monitorLiveSession(id));
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect((err as Error).message).toMatch(message);
  });
});

describe('errors', () => {
  it('a vendor error stays an HttpError with the typed body', async () => {
    const err = await rejection(client.monitorLiveSession('not-found'));
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError<PvwaError>).vendorError?.ErrorCode).toBe('PASWS209E');
  });

  it('decodeRdpFile rejects truncated UTF-16', () => {
    expect(() => decodeRdpFile(new Uint8Array([0xff, 0xfe, 0x41]))).toThrow(InvalidResponseError);
    expect(decodeRdpFile(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe('A');
  });
});
