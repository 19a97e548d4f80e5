/** The PSM Gateway follow-up: the form POST from code, and the auto-submitting HTML form for browsers. */
import fc from 'fast-check';
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RedirectError } from '@session-apis/client-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConnectionError,
  HttpError,
  InvalidInputError,
  type PsmGatewayMonitor,
  openGatewaySession,
  renderGatewayForm,
} from '../src/index.js';
import { type Tag, tokenize } from './html.js';
import { type Reply, type TestServer, forbiddenFetch, rejection, renderings, startServer } from '@session-apis/test-kit';

const TICKET = 'HDr0P+Bf4LNlXYHzfixj4c0rkfIM210h/AULIXI/H/IQUAL0ciGsa0ail5hixx23xBKkh5+Dh4xAZvqKt08V9d6OK==';
const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'ftp://psmgw.example.com/guac/',
  '/guac/',
  'psmgw.example.com/guac/',
  '',
];

let gateway: TestServer;
beforeAll(async () => {
  gateway = await startServer((req) =>
    req.url === '/fail/' ? { status: 502, headers: { 'Content-Type': 'text/plain' }, body: `bad gateway for ${req.body}` } : { headers: { 'Content-Type': 'text/html' }, body: '<html>session</html>' },
  );
});
afterAll(() => gateway.close());

describe('openGatewaySession', () => {
  it('POSTs one urlencoded PSMGWRequest field to PSMGWURL, without the PVWA token', async () => {
    const connection: PsmGatewayMonitor = { method: 'PSMGW', gatewayUrl: `${gateway.url}/guac/`, gatewayRequest: TICKET };
    const response = await openGatewaySession(connection, { allowInsecureHttp: true }); // the local server is http
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<html>session</html>');
    const [req] = gateway.requests.slice(-1);
    expect(req?.method).toBe('POST');
    expect(req?.url).toBe('/guac/');
    expect(req?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(req?.headers.authorization).toBeUndefined();
    // base64's + / = are percent-encoded in the form body, and decode back to the exact ticket
    expect(req?.body).toBe(`PSMGWRequest=${encodeURIComponent(TICKET)}`);
    expect([...new URLSearchParams(req?.body)]).toEqual([['PSMGWRequest', TICKET]]);
  });

  it.each(HOSTILE_URLS)('refuses gatewayUrl %j before the network', async (gatewayUrl) => {
    const stub = forbiddenFetch();
    const err = await rejection(openGatewaySession({ gatewayUrl, gatewayRequest: TICKET }, { fetch: stub }));
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as InvalidInputError).field).toBe('gatewayUrl');
    expect(stub.calls).toBe(0);
  });

  it('throws HttpError on a non-2xx answer, without the ticket in the error', async () => {
    const err = await rejection(openGatewaySession({ gatewayUrl: `${gateway.url}/fail/`, gatewayRequest: TICKET }, { allowInsecureHttp: true }));
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).status).toBe(502);
    const text = renderings(err);
    expect(text).not.toContain(TICKET);
    expect(text).not.toContain(encodeURIComponent(TICKET));
  });

  it('throws ConnectionError when the gateway cannot be reached', async () => {
    const closed = await startServer(() => ({}));
    await closed.close();
    const err = await rejection(openGatewaySession({ gatewayUrl: `${closed.url}/guac/`, gatewayRequest: TICKET }, { allowInsecureHttp: true }));
    expect(err).toBeInstanceOf(ConnectionError);
  });
});

describe('gateway URL scheme: https only unless allowInsecureHttp', () => {
  it('openGatewaySession refuses an http: PSMGWURL by default, before the network', async () => {
    const stub = forbiddenFetch();
    const err = await rejection(openGatewaySession({ gatewayUrl: `${gateway.url}/guac/`, gatewayRequest: TICKET }, { fetch: stub }));
    expect(err).toBeInstanceOf(InvalidInputError);
    expect(err).toMatchObject({ field: 'gatewayUrl', rule: 'https' });
    expect(stub.calls).toBe(0);
    expect(renderings(err)).not.toContain(TICKET);
  });

  it('renderGatewayForm refuses an http: PSMGWURL by default', () => {
    expect(() => renderGatewayForm({ gatewayUrl: 'http://psmgw.example.com/guac/', gatewayRequest: TICKET })).toThrow(
      expect.objectContaining({ field: 'gatewayUrl', rule: 'https' }),
    );
  });

  it('allowInsecureHttp: true accepts http: (both helpers)', () => {
    const html = renderGatewayForm({ gatewayUrl: 'http://psmgw.example.com/guac/', gatewayRequest: TICKET }, { allowInsecureHttp: true });
    expect(html).toContain('action="http://psmgw.example.com/guac/"');
  });

  it('https: goes through to fetch', async () => {
    const seen: string[] = [];
    const response = await openGatewaySession(
      { gatewayUrl: 'https://psmgw.example.com/guac/', gatewayRequest: TICKET },
      { fetch: async (req) => (seen.push(req.url), new Response('ok')) },
    );
    expect(response.status).toBe(200);
    expect(seen).toEqual(['https://psmgw.example.com/guac/']);
  });

  it('allowInsecureHttp must be a boolean (a truthy string does not unlock http)', async () => {
    const err = await rejection(
      openGatewaySession({ gatewayUrl: 'http://psmgw.example.com/guac/', gatewayRequest: TICKET }, { allowInsecureHttp: 'yes' as unknown as boolean, fetch: forbiddenFetch() }),
    );
    expect(err).toMatchObject({ field: 'allowInsecureHttp' });
  });
});

describe('gateway redirects', () => {
  let other: TestServer;
  let moving: TestServer;
  beforeAll(async () => {
    other = await startServer(() => ({ body: 'elsewhere' }));
    moving = await startServer((req): Reply => {
      if (req.url === '/cross/') return { status: 307, headers: { Location: `${other.url}/steal/` } };
      if (req.url === '/see-other/') return { status: 303, headers: { Location: '/session/' } };
      return { headers: { 'Content-Type': 'text/html' }, body: `<html>${req.method} ${req.url} [${req.body}]</html>` };
    });
  });
  afterAll(async () => {
    await other.close();
    await moving.close();
  });

  it('a 307 to another origin is a RedirectError, and the ticket never reaches it', async () => {
    const err = await rejection(openGatewaySession({ gatewayUrl: `${moving.url}/cross/`, gatewayRequest: TICKET }, { allowInsecureHttp: true }));
    expect(err).toBeInstanceOf(RedirectError);
    expect(err).toMatchObject({ status: 307, reason: 'cross-origin' });
    expect(other.requests).toEqual([]);
    expect(renderings(err)).not.toContain(TICKET);
    expect(renderings(err)).not.toContain(encodeURIComponent(TICKET));
  });

  it('a same-origin 303 is followed with a GET without the ticket', async () => {
    const response = await openGatewaySession({ gatewayUrl: `${moving.url}/see-other/`, gatewayRequest: TICKET }, { allowInsecureHttp: true });
    expect(await response.text()).toBe('<html>GET /session/ []</html>');
  });
});

describe('gateway timers', () => {
  it('a resolved openGatewaySession with an unread body does not keep the process alive (child process)', async () => {
    // The gateway closes the connection after its page, so a plain fetch would let the process exit at once.
    const closing = await startServer(() => ({ headers: { 'Content-Type': 'text/html', Connection: 'close' }, body: `<html>${'x'.repeat(200_000)}</html>` }));
    let child: ReturnType<typeof spawn> | undefined;
    try {
      const entry = pathToFileURL(fileURLToPath(new URL('../dist/index.js', import.meta.url))).href;
      const code = [
        `import { openGatewaySession } from ${JSON.stringify(entry)};`,
        `const r = await openGatewaySession({ gatewayUrl: process.argv[1], gatewayRequest: 'T' }, { allowInsecureHttp: true, timeoutMs: 600000 });`,
        `console.log('resolved', r.status);`,
      ].join('\n');
      child = spawn(process.execPath, ['--input-type=module', '-e', code, `${closing.url}/guac/`], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout?.on('data', (c) => (out += c));
      child.stderr?.on('data', (c) => (out += c));
      // With the per-attempt timer held, the child would live for the 600 s timeout; the test's own limit is 30 s.
      const running = child;
      const exitCode = await new Promise<number | null>((resolve) => running.on('exit', resolve));
      expect(out).toContain('resolved 200');
      expect(exitCode).toBe(0);
    } finally {
      if (child?.exitCode === null) child.kill(); // only when the test failed
      await closing.close();
    }
  }, 30_000);
});

/** The page's structure, asserted tag by tag: nothing a value could have injected survives this. */
function expectFormPage(html: string, values: { action: string; request: string; target?: string; autoSubmit?: boolean }): void {
  const { tags, texts } = tokenize(html);
  const names = (list: Tag[]) => list.map((t) => (t.closing ? `/${t.name}` : t.name));
  const autoSubmit = values.autoSubmit ?? true;
  expect(names(tags)).toEqual([
    '!doctype html',
    'html',
    'head',
    'meta',
    'meta',
    'title',
    '/title',
    '/head',
    'body',
    'form',
    'input',
    ...(autoSubmit ? ['noscript', 'button', '/button', '/noscript'] : ['button', '/button']),
    '/form',
    ...(autoSubmit ? ['script', '/script'] : []),
    '/body',
    '/html',
  ]);
  const form = tags.filter((t) => t.name === 'form' && !t.closing);
  const inputs = tags.filter((t) => t.name === 'input');
  expect(form).toHaveLength(1);
  expect(inputs).toHaveLength(1);
  expect(form[0]?.attrs).toEqual({
    method: 'post',
    action: values.action,
    enctype: 'application/x-www-form-urlencoded',
    ...(values.target !== undefined ? { target: values.target } : {}),
  });
  expect(inputs[0]?.attrs).toEqual({ type: 'hidden', name: 'PSMGWRequest', value: values.request });
  // The only script is the fixed one: it interpolates nothing.
  expect(texts).toEqual(['Opening the PSM session', 'Open the PSM session', ...(autoSubmit ? ['document.forms[0].submit();'] : [])]);
}

describe('renderGatewayForm', () => {
  it('renders an auto-submitting form for the spec’s example', () => {
    const html = renderGatewayForm({ gatewayUrl: 'https://psmgw.example.com/guac/', gatewayRequest: TICKET });
    expectFormPage(html, { action: 'https://psmgw.example.com/guac/', request: TICKET });
  });

  it.each([
    '"><script>alert(1)</script>',
    "' onmouseover='alert(1)",
    '`${alert(1)}`',
    '&quot;&amp;&lt;',
    '</form><form action="https://evil.example/">',
    '<!--',
  ])('keeps the hostile value %j inside the input’s value', (hostile) => {
    const html = renderGatewayForm({ gatewayUrl: 'https://psmgw.example.com/guac/', gatewayRequest: hostile }, { target: hostile });
    expectFormPage(html, { action: 'https://psmgw.example.com/guac/', request: hostile, target: hostile });
    expect(html).not.toContain('<script>alert');
  });

  it('escapes the action URL (quotes and ampersands survive the URL parser in some positions)', () => {
    const gatewayUrl = "https://psmgw.example.com/gu'ac/?a=1&b=\"x\"&c=<y>";
    const html = renderGatewayForm({ gatewayUrl, gatewayRequest: TICKET });
    expectFormPage(html, { action: new URL(gatewayUrl).href, request: TICKET });
  });

  it.each(HOSTILE_URLS)('refuses gatewayUrl %j', (gatewayUrl) => {
    expect(() => renderGatewayForm({ gatewayUrl, gatewayRequest: TICKET })).toThrow(InvalidInputError);
  });

  it('renders a button and no script when autoSubmit is false', () => {
    const html = renderGatewayForm({ gatewayUrl: 'https://psmgw.example.com/guac/', gatewayRequest: TICKET }, { autoSubmit: false, target: '_blank' });
    expectFormPage(html, { action: 'https://psmgw.example.com/guac/', request: TICKET, target: '_blank', autoSubmit: false });
  });

  it('keeps any value inside its attribute (property)', () => {
    const valueArb = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: fc.constantFrom('<', '>', '"', "'", '`', '&', ';', '=', '/', ' ', 'a', '#', 'x', '!', '-') }),
    );
    fc.assert(
      fc.property(valueArb.filter((v) => v !== ''), fc.option(valueArb.filter((v) => v !== '' && !/[\u0000-\u001f\u007f]/.test(v)), { nil: undefined }), (request, target) => {
        const html = renderGatewayForm({ gatewayUrl: 'https://psmgw.example.com/guac/', gatewayRequest: request }, target === undefined ? {} : { target });
        expectFormPage(html, { action: 'https://psmgw.example.com/guac/', request, ...(target !== undefined ? { target } : {}) });
      }),
      { numRuns: 300 },
    );
  });
});
