/** The Sentinel fault adapter and how faults reach callers (local server for bodies Prism cannot produce). */
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { type Fault, HttpError, InvalidResponseError, createSentinelClient, isVendorError, vendorErrors } from '../src/index.js';
import { type TestServer, rejection, sendJson, startServer } from '@session-apis/test-kit';

const NOT_FOUND: Fault = {
  Code: { Value: 'Sender', Subcode: { Value: 'RestEndpointNotFound' } },
  Reason: { Text: 'No resource found at /SentinelRESTServices/objects/user-session/K1.' },
};

describe('vendorErrors adapter', () => {
  it('parses a fault and describes Code.Value, Code.Subcode.Value and Reason.Text', () => {
    const parsed = vendorErrors.parse(NOT_FOUND);
    expect(parsed).toEqual(NOT_FOUND);
    expect(vendorErrors.describe(NOT_FOUND)).toBe('Sender/RestEndpointNotFound: No resource found at /SentinelRESTServices/objects/user-session/K1.');
    expect(vendorErrors.describe({ Code: { Value: 'Receiver' }, Reason: { Text: 'boom' } })).toBe('Receiver: boom');
  });

  it.each([
    ['not an object', 'oops'],
    ['null', null],
    ['no Code', { Reason: { Text: 'x' } }],
    ['no Reason', { Code: { Value: 'Sender' } }],
    ['Code.Value not a string', { Code: { Value: 1 }, Reason: { Text: 'x' } }],
    ['Reason.Text not a string', { Code: { Value: 'Sender' }, Reason: { Text: null } }],
    ['a PVWA error body', { ErrorCode: 'PASWS006E', ErrorMessage: 'x' }],
  ])('does not take %s for a fault', (_name, body) => {
    expect(vendorErrors.parse(body)).toBeUndefined();
  });
});

describe('faults from a server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((req, res) => {
      if (req.url?.endsWith('/html')) {
        res.writeHead(502, { 'content-type': 'text/html' });
        return res.end('<html><head><title>Bad Gateway</title></head><body>proxy</body></html>');
      }
      if (req.url?.endsWith('/truncated')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('{"meta":{"type":"user-ses');
      }
      if (req.url?.endsWith('/receiver')) return sendJson(res, 500, { Code: { Value: 'Receiver' }, Reason: { Text: 'internal error' } });
      sendJson(res, 404, NOT_FOUND);
    });
  });
  afterAll(() => server.close());

  const client = () => createSentinelClient({ baseUrl: server.url, token: 't', retry: false });

  it('404 → HttpError: message has the request line and the fault; vendorError is typed', async () => {
    const err = await rejection(client().getUserSession('K1'));
    expect(err).toBeInstanceOf(HttpError);
    expect(isVendorError(err)).toBe(true);
    expect(isVendorError(err, 'RestEndpointNotFound')).toBe(true);
    expect(isVendorError(err, 'SomethingElse')).toBe(false);
    if (!isVendorError(err)) return;
    expectTypeOf(err.vendorError).toEqualTypeOf<Fault>();
    expect(err.vendorError).toEqual(NOT_FOUND);
    expect(err.message).toBe(
      `GET ${server.url}/SentinelRESTServices/objects/user-session/K1 → 404 Not Found: Sender/RestEndpointNotFound: No resource found at /SentinelRESTServices/objects/user-session/K1.`,
    );
    expect(err.bodyText).toBeUndefined();
  });

  it('500 Receiver fault', async () => {
    const err = await rejection(client().getUserSession('receiver'));
    expect((err as HttpError<Fault>).vendorError?.Code.Value).toBe('Receiver');
    expect((err as Error).message).toContain('Receiver: internal error');
  });

  it('an HTML error page is not a fault: bodyText and the page title instead', async () => {
    const err = await rejection(client().getUserSession('html'));
    expect(err).toBeInstanceOf(HttpError);
    expect(isVendorError(err)).toBe(false);
    expect((err as HttpError<Fault>).vendorError).toBeUndefined();
    expect((err as HttpError<Fault>).bodyText).toContain('<title>Bad Gateway</title>');
    expect((err as Error).message).toContain('HTML error page "Bad Gateway"');
  });

  it('a truncated 2xx JSON body → InvalidResponseError', async () => {
    expect(await rejection(client().getUserSession('truncated'))).toBeInstanceOf(InvalidResponseError);
  });

  it('isVendorError is false for anything but an HttpError with a fault', () => {
    expect(isVendorError(new Error('x'))).toBe(false);
    expect(isVendorError(undefined)).toBe(false);
  });
});
