/**
 * Replays every exchange of specs/sentinel/exchanges/ (format: specs/EXCHANGES.md) through the real client: a
 * local server answers with the exchange's response; the test checks that the client sent the exchange's request
 * (method, path and query, `Accept: application/json`, auth scheme, body) and returned or threw what `replay`
 * says. It also checks that the spec documents the operation and status (the full schema check of each exchange
 * is the conformance suite's, tools/conformance). Most Sentinel exchanges are [vendor]: no public recording of
 * Sentinel traffic exists.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listOperations } from '@session-apis/mock/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type SentinelClient, HttpError, createSentinelClient, isVendorError } from '../src/index.js';
import { type TestServer, rejection, startServer } from '@session-apis/test-kit';

interface Message {
  method?: string;
  path?: string;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  bodyText?: string;
  bodyBase64?: string;
}
interface Exchange {
  source: string;
  mark: string;
  request: Message & { method: string; path: string };
  response: Message & { status: number };
  replay: {
    call: keyof SentinelClient;
    args: unknown[];
    options?: { credentials?: boolean };
    returns?: unknown;
    throws?: { error: string; status?: number; code?: string };
  };
}

const dir = fileURLToPath(new URL('../../../specs/sentinel/exchanges/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
const exchanges = files.map((file) => [file, parse(readFileSync(dir + file, 'utf8')) as Exchange] as const);
const operations = await listOperations('sentinel');

/** The spec's operation for a method and a concrete path (`{param}` matches one segment). */
function operationFor(method: string, path: string) {
  const pathname = path.split('?')[0] ?? '';
  return operations.find(
    (op) => op.method === method && new RegExp(`^${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(pathname),
  );
}

let server: TestServer;
let current: Exchange['response'];

beforeAll(async () => {
  server = await startServer((_req, res) => {
    const { status, headers = {}, body, bodyText, bodyBase64 } = current;
    res.writeHead(status, headers);
    if (body !== undefined) res.end(JSON.stringify(body));
    else if (bodyText !== undefined) res.end(bodyText);
    else if (bodyBase64 !== undefined) res.end(Buffer.from(bodyBase64, 'base64'));
    else res.end();
  });
});
afterAll(() => server.close());

it('there are exchanges for every operation of the spec', () => {
  const covered = new Set(exchanges.map(([file]) => file.split('.')[0]));
  expect([...covered].sort()).toEqual(operations.map((o) => o.operationId).sort());
});

describe.each(exchanges)('%s', (file, exchange) => {
  it('follows the format: source, mark, a replay', () => {
    expect(exchange.source, 'source').toMatch(/\S/);
    expect(['vendor', 'recorded', 'clients', 'inferred']).toContain(exchange.mark);
    // No public recording of Sentinel traffic exists: nothing here may claim to be one.
    expect(exchange.mark).not.toBe('recorded');
    expect(exchange.replay?.call, 'replay.call').toBeTypeOf('string');
    expect('returns' in exchange.replay !== 'throws' in exchange.replay, 'exactly one of returns / throws').toBe(true);
  });

  it('the spec documents its operation (named by the file) and status', () => {
    const op = operationFor(exchange.request.method, exchange.request.path);
    expect(op?.operationId, `${exchange.request.method} ${exchange.request.path}`).toBe(file.split('.')[0]);
    expect(Object.keys(op?.definition.responses ?? {})).toContain(String(exchange.response.status));
  });

  it('replays through the client: the recorded request goes out, the recorded outcome comes back', async () => {
    current = exchange.response;
    server.requests.length = 0;
    const { replay } = exchange;
    const client = replay.options?.credentials
      ? createSentinelClient({ baseUrl: server.url, credentials: { username: 'user1', password: '<password>' }, retry: false })
      : createSentinelClient({ baseUrl: server.url, token: '<token>', retry: false });
    const method = client[replay.call] as (...args: unknown[]) => Promise<unknown>;
    const run = () => method.apply(client, replay.args ?? []);

    if (replay.throws) {
      const err = await rejection(run);
      expect((err as Error).name, String(err)).toBe(replay.throws.error);
      expect(err).toBeInstanceOf(HttpError);
      if (replay.throws.status !== undefined) expect((err as HttpError).status).toBe(replay.throws.status);
      if (replay.throws.code !== undefined) expect(isVendorError(err, replay.throws.code), 'the fault’s Code.Subcode.Value').toBe(true);
      // A fault that is not JSON is kept as text, never lost.
      if (exchange.response.bodyText !== undefined) expect((err as HttpError).bodyText).toBe(exchange.response.bodyText);
    } else {
      expect(await run()).toEqual(replay.returns ?? undefined);
    }

    // Exactly the recorded request, once (no retry, no second token request).
    expect(server.requests).toHaveLength(1);
    const [sent] = server.requests;
    const { request } = exchange;
    expect(`${sent?.method} ${sent?.url}`).toBe(`${request.method} ${request.path}`);
    expect(sent?.accept).toBe('application/json');
    const auth = request.headers?.Authorization;
    if (auth?.startsWith('X-SAML ')) expect(sent?.authorization).toBe(auth);
    else if (auth) expect(sent?.authorization?.split(' ')[0]).toBe(auth.split(' ')[0]);
    if (request.body !== undefined) expect(JSON.parse(sent?.body ?? '')).toEqual(request.body);
  });
});
