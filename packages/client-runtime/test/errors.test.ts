import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConnectionError,
  HttpError,
  InvalidInputError,
  InvalidResponseError,
  SessionApiError,
  TimeoutError,
  call,
  createTransport,
  staticToken,
  unwrap,
} from '../src/index.js';
import { CANARY_PASSWORD, CANARY_TOKEN, expectNoSecrets, rejection, renderings } from '@session-apis/test-kit';
import { pvwaErrors } from './fixtures.js';

const MONITOR = 'https://pvwa.example/PasswordVault/API/LiveSessions/31_24/monitor';

/** A transport over a stub fetch, so responses carry the transport's info (method, attempts, secrets). */
async function respond(response: Response, url = MONITOR, method = 'GET') {
  const transport = createTransport({
    fetch: async () => response,
    auth: staticToken(CANARY_TOKEN, (t) => t),
    secrets: () => [CANARY_PASSWORD],
    retry: false,
  });
  return transport.fetch(new Request(url, { method }));
}

function jsonResponse(status: number, body: unknown, statusText = '', headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, statusText, headers: { 'content-type': 'application/json', ...headers } });
}

describe('unwrap', () => {
  it('returns data on 2xx', async () => {
    const response = await respond(jsonResponse(200, { ok: 1 }));
    expect(unwrap({ data: { ok: 1 }, response }, pvwaErrors)).toEqual({ ok: 1 });
  });

  it('401 → AuthenticationError with the vendor error in the message', async () => {
    const body = { ErrorCode: 'PASWS006E', ErrorMessage: 'The session token is missing, invalid or expired.' };
    const response = await respond(jsonResponse(401, body, 'Unauthorized'));
    const err = await rejection(() => unwrap({ error: body, response }, pvwaErrors));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err).toBeInstanceOf(HttpError);
    expect(err).toBeInstanceOf(SessionApiError);
    const e = err as AuthenticationError<typeof body>;
    expect(e.message).toBe(`GET ${MONITOR} → 401 Unauthorized: PASWS006E The session token is missing, invalid or expired.`);
    expect(e).toMatchObject({ name: 'AuthenticationError', status: 401, method: 'GET', url: MONITOR, vendorError: body, bodyText: undefined, attempts: 1 });
  });

  it('drops the query string from the URL in messages', async () => {
    const response = await respond(jsonResponse(404, {}, 'Not Found'), `${MONITOR}?token=${CANARY_TOKEN}&x=1`);
    const err = (await rejection(() => unwrap({ error: {}, response }, pvwaErrors))) as HttpError;
    expect(err.url).toBe(MONITOR);
    expectNoSecrets(renderings(err));
  });

  it('keeps a plain-text body as bodyText and its first line in the message', async () => {
    const response = await respond(new Response('Service temporarily down\nretry later', { status: 500, statusText: 'Internal Server Error' }));
    const err = (await rejection(() => unwrap({ error: 'Service temporarily down\nretry later', response }, pvwaErrors))) as HttpError;
    expect(err.message).toBe(`GET ${MONITOR} → 500 Internal Server Error: Service temporarily down retry later`);
    expect(err.bodyText).toBe('Service temporarily down\nretry later');
    expect(err.vendorError).toBeUndefined();
  });

  it('names an HTML error page by its title and truncates bodyText to 1 kB', async () => {
    const html = `<!DOCTYPE html><html><head><title>403 - Forbidden: Access is denied.</title></head><body>${'x'.repeat(5000)}</body></html>`;
    const response = await respond(new Response(html, { status: 403, statusText: 'Forbidden', headers: { 'content-type': 'text/html' } }));
    const err = (await rejection(() => unwrap({ error: html, response }, pvwaErrors))) as HttpError;
    expect(err.message).toBe(`GET ${MONITOR} → 403 Forbidden: HTML error page "403 - Forbidden: Access is denied."`);
    expect(err.bodyText?.length).toBe(1024);
    expect(err.bodyText?.endsWith('…')).toBe(true);
  });

  it('keeps JSON that is not the vendor shape as bodyText', async () => {
    const response = await respond(jsonResponse(400, { weird: true }, 'Bad Request'));
    const err = (await rejection(() => unwrap({ error: { weird: true }, response }, pvwaErrors))) as HttpError;
    expect(err.vendorError).toBeUndefined();
    expect(err.bodyText).toBe('{"weird":true}');
  });

  it('redacts secrets a server echoes in its error body', async () => {
    const body = { ErrorCode: 'X1', ErrorMessage: `bad token ${CANARY_TOKEN} for password ${CANARY_PASSWORD}` };
    const response = await respond(jsonResponse(400, body, 'Bad Request'));
    const err = (await rejection(() => unwrap({ error: body, response }, pvwaErrors))) as HttpError<typeof body>;
    expect(err.vendorError?.ErrorMessage).toBe('bad token [redacted] for password [redacted]');
    expectNoSecrets(renderings(err));
  });

  it('reads Retry-After into retryAfterMs', async () => {
    const response = await respond(jsonResponse(429, {}, 'Too Many Requests', { 'retry-after': '7' }));
    const err = (await rejection(() => unwrap({ error: {}, response }, pvwaErrors))) as HttpError;
    expect(err.retryAfterMs).toBe(7000);
  });

  it('works on a Response that did not come through a transport', async () => {
    const response = new Response('nope', { status: 502, statusText: 'Bad Gateway' });
    const err = (await rejection(() => unwrap({ error: 'nope', response }, pvwaErrors))) as HttpError;
    expect(err.message).toBe('→ 502 Bad Gateway: nope');
    expect(err.attempts).toBe(1);
  });
});

describe('call', () => {
  it('turns openapi-fetch’s SyntaxError on a 2xx body into InvalidResponseError without quoting the body', async () => {
    const parseFailure = Promise.reject(new SyntaxError(`Unexpected token in JSON: "${CANARY_TOKEN}`));
    const err = await rejection(call(parseFailure, pvwaErrors));
    expect(err).toBeInstanceOf(InvalidResponseError);
    expectNoSecrets(renderings(err));
  });

  it('passes typed errors and the caller’s abort through unchanged', async () => {
    const timeout = new TimeoutError('t', { timeoutMs: 1 });
    await expect(call(Promise.reject(timeout), pvwaErrors)).rejects.toBe(timeout);
    const abort = new DOMException('stop', 'AbortError');
    await expect(call(Promise.reject(abort), pvwaErrors)).rejects.toBe(abort);
  });

  it('unwraps the result', async () => {
    const response = await respond(jsonResponse(200, [1]));
    expect(await call(Promise.resolve({ data: [1], response }), pvwaErrors)).toEqual([1]);
  });
});

describe('errors never carry secrets', () => {
  it('ConnectionError: a cause chain with the URL userinfo, query token and Authorization value is redacted', async () => {
    const inner = Object.assign(new Error(`connect ECONNRESET https://admin:${CANARY_PASSWORD}@pvwa.example/x?token=${CANARY_TOKEN}`), {
      code: 'ECONNRESET',
      headers: { authorization: CANARY_TOKEN },
    });
    const outer = new TypeError(`fetch failed for ${CANARY_TOKEN}`, { cause: inner });
    const transport = createTransport({
      fetch: async () => {
        throw outer;
      },
      auth: staticToken(CANARY_TOKEN, (t) => t),
      secrets: () => [CANARY_PASSWORD],
      retry: false,
    });
    const err = await rejection(transport.fetch(new Request(`https://pvwa.example/PasswordVault/API/LiveSessions?token=${CANARY_TOKEN}`)));
    expect(err).toBeInstanceOf(ConnectionError);
    const e = err as ConnectionError;
    expect(e.message).toBe('GET https://pvwa.example/PasswordVault/API/LiveSessions → connection failed: connect ECONNRESET https://pvwa.example/x');
    expect(e.cause).toBeInstanceOf(Error);
    expect((e.cause as Error).name).toBe('TypeError');
    expect(((e.cause as Error).cause as Error & { code: string }).code).toBe('ECONNRESET');
    expect(JSON.parse(JSON.stringify(e))).toMatchObject({ name: 'ConnectionError', attempts: 1, cause: { name: 'TypeError' } });
    expectNoSecrets(renderings(e));
  });

  it('every error class renders without the canaries', () => {
    const errors = [
      new HttpError('m', { status: 500, method: 'GET', url: 'https://h/p' }),
      new AuthenticationError('m', { status: 401, method: 'GET', url: 'https://h/p' }),
      new TimeoutError('m', { timeoutMs: 5, attempts: 3 }),
      new InvalidInputError('liveSessionId must not contain spaces', { field: 'liveSessionId', rule: 'no-spaces' }),
      new InvalidResponseError('m'),
    ];
    for (const e of errors) {
      expect(e.name).toBe(e.constructor.name);
      expect(JSON.parse(JSON.stringify(e)).name).toBe(e.name);
      expectNoSecrets(renderings(e));
    }
    expect(JSON.parse(JSON.stringify(errors[3]))).toMatchObject({ field: 'liveSessionId', rule: 'no-spaces' });
  });
});

describe('argument checks', () => {
  it('name the field and the rule, and never quote the value', async () => {
    const { checkBaseUrl, checkCallOptions, checkInteger } = await import('../src/validate.js');
    const secretish = 'https://user:hunter2@example.com/x';
    const err = (await rejection(() => checkBaseUrl('baseUrl', secretish))) as InvalidInputError;
    expect(err).toBeInstanceOf(InvalidInputError);
    expect({ field: err.field, rule: err.rule }).toEqual({ field: 'baseUrl', rule: 'no-credentials' });
    expect(JSON.stringify(err)).not.toContain('hunter2');
    expect(() => checkBaseUrl('baseUrl', 'https://example.com/?a=1')).toThrow(/query string/);
    expect(() => checkInteger('page', 0, 1)).toThrow('page must be ≥ 1');
    expect(() => checkCallOptions({ timeoutMs: -1 })).toThrow(/timeoutMs must be a number ≥ 0/);
    expect(checkCallOptions(undefined)).toEqual({});
  });
});
