/** serveBytes: the Response that arrived answers every body read from the bytes the transport already read. */
import { describe, expect, it } from 'vitest';
import { serveBytes } from '../src/body.js';

const BODY = '\ufeff{"n": 1, "name": "é"}';
const arrived = () => new Response('the original body, already read', { status: 201, statusText: 'Made', headers: { 'content-type': 'application/json', 'x-id': '7' } });
const served = async () => {
  const res = arrived();
  await res.arrayBuffer();
  expect(res.bodyUsed).toBe(true); // the original body is gone: what follows can only come from the bytes
  return serveBytes(res, new TextEncoder().encode(BODY));
};

describe('serveBytes', () => {
  it('is the same object, still a Response, with its own status and headers', async () => {
    const res = arrived();
    await res.arrayBuffer();
    const out = serveBytes(res, new Uint8Array([1]));
    expect(out).toBe(res);
    expect(out).toBeInstanceOf(Response);
    expect([out.status, out.statusText, out.headers.get('x-id'), out.ok]).toEqual([201, 'Made', '7', true]);
    expect(out.bodyUsed).toBe(false);
  });

  it.each([
    ['json', (r: Response) => r.json(), { n: 1, name: 'é' }],
    ['text (BOM dropped, as fetch does)', (r: Response) => r.text(), '{"n": 1, "name": "é"}'],
    ['arrayBuffer', async (r: Response) => new TextDecoder().decode(await r.arrayBuffer()), '{"n": 1, "name": "é"}'],
    ['blob', async (r: Response) => [(await r.blob()).type, (await (await r.blob().catch(() => null))?.text()) ?? 'read once'], ['application/json', 'read once']],
    ['body stream', async (r: Response) => new Response(r.body).text(), '{"n": 1, "name": "é"}'],
    ['clone', async (r: Response) => [await r.clone().json(), await r.json()], [{ n: 1, name: 'é' }, { n: 1, name: 'é' }]],
  ] as const)('%s', async (_, read, expected) => {
    expect(await read(await served())).toEqual(expected);
  });

  it('a second read fails as fetch does; bodyUsed tells', async () => {
    const res = await served();
    await res.json();
    expect(res.bodyUsed).toBe(true);
    await expect(res.text()).rejects.toThrow(TypeError);
    expect(() => res.clone()).toThrow(TypeError);
  });

  it('a null body reads as empty; json() of it is a SyntaxError, as fetch gives', async () => {
    const res = new Response(null, { status: 200 });
    serveBytes(res, null);
    expect(res.body).toBeNull();
    await expect(res.json()).rejects.toThrow(SyntaxError);
  });
});
