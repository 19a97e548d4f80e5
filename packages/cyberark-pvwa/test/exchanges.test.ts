/**
 * Replays every recorded exchange (specs/cyberark-pvwa/exchanges/*.yaml, format: specs/EXCHANGES.md) through the
 * real client: a local node:http server answers with the recorded response, the test checks that the client sent
 * the recorded method, path (query and encoding included) and body, and that `replay.call(...args)` resolves
 * with `returns` or rejects as `throws` says. The exchanges come from real servers and the clients that talk to
 * them, so this fails when the client (or the spec it is generated from) disagrees with the wire.
 * (That each exchange validates against the spec is tools/conformance's test.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type LogonType, OPERATIONS, type PvwaClient, createPvwaClient } from '../src/index.js';
import { type Reply, type TestServer, startServer } from '@session-apis/test-kit';

interface Exchange {
  source: string;
  mark: 'vendor' | 'recorded' | 'clients' | 'inferred';
  request: { method: string; path: string; headers?: Record<string, string>; body?: unknown; bodyText?: string };
  response: { status: number; headers?: Record<string, string>; body?: unknown; bodyText?: string; bodyBase64?: string };
  replay: {
    call: string;
    args: unknown[];
    options?: { credentials?: boolean };
    returns?: unknown;
    throws?: { error: string; status?: number; code?: string };
  };
}

const DIR = join(import.meta.dirname, '../../../specs/cyberark-pvwa/exchanges');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
const exchanges = files.map((file) => ({ file, exchange: parse(readFileSync(join(DIR, file), 'utf8')) as Exchange }));
// The placeholders of the format: what the client is given, so the recorded request can be compared as is.
const TOKEN = '<token>';
const PASSWORD = '<password>';

let server: TestServer;
let current: Exchange | undefined;
beforeAll(async () => {
  server = await startServer(() => (current ? replyOf(current.response) : { status: 599, body: 'no exchange' }));
});
afterAll(() => server.close());

/** The recorded response, byte for byte: JSON bodies as JSON text, raw text, or base64 bytes. */
function replyOf(response: Exchange['response']): Reply {
  const headers = { ...response.headers };
  if (response.bodyBase64 !== undefined) return { status: response.status, headers, body: Buffer.from(response.bodyBase64, 'base64') };
  if (response.bodyText !== undefined) return { status: response.status, headers, body: response.bodyText };
  if (response.body !== undefined) return { status: response.status, headers, body: JSON.stringify(response.body) };
  return { status: response.status, headers };
}

function clientFor(exchange: Exchange): PvwaClient {
  const baseUrl = `${server.url}/PasswordVault`;
  if (!exchange.replay.options?.credentials) return createPvwaClient({ baseUrl, token: TOKEN, retry: false });
  // The logon type is the one in the recorded path (`/API/auth/{type}/Logon/`).
  const type = /^\/API\/auth\/([^/]+)\/Logon\/$/i.exec(exchange.request.path)?.[1] as LogonType;
  const { username } = exchange.request.body as { username: string };
  return createPvwaClient({ baseUrl, credentials: { type, username, password: PASSWORD }, retry: false });
}

describe('every operation and outcome has an exchange', () => {
  it('has at least one exchange per operation of the spec, and none for an operation that is gone', () => {
    const operations = Object.keys(OPERATIONS).sort();
    expect([...new Set(files.map((f) => f.split('.')[0]))].sort()).toEqual(operations);
  });

  it('covers every documented outcome of issue 9', () => {
    const names = new Set(files.map((f) => f.replace(/\.yaml$/, '')));
    for (const name of [
      'logon.ok',
      'logon.wrong-password-403',
      'logon.password-expired-409',
      'logon.radius-challenge-500',
      'logon.second-step-200',
      'logoff.ok',
      'getLiveSession.ok',
      'getLiveSession.token-missing-401',
      'getServer.endpoint-not-found-404',
      'listLiveSessions.too-old-405',
      'listLiveSessions.json-labelled-html-400',
      'listLiveSessions.search-with-spaces',
      'monitorLiveSession.rdp-settings',
      'monitorLiveSession.rdp-file-bytes',
      'monitorLiveSession.gateway-no-header',
    ]) {
      expect(names, name).toContain(name);
    }
  });

  it('has a source, a mark and a replay in every file, and no credential but placeholders', () => {
    for (const { file, exchange } of exchanges) {
      expect(exchange.source, file).toMatch(/\S/);
      expect(exchange.source.includes('\n'), file).toBe(false);
      expect(['vendor', 'recorded', 'clients', 'inferred'], file).toContain(exchange.mark);
      expect(exchange.replay?.call, file).toMatch(/^[a-zA-Z]+$/);
      const auth = exchange.request.headers?.Authorization;
      if (auth !== undefined) expect(auth, file).toBe(TOKEN);
      const body = exchange.request.body as { password?: string } | undefined;
      if (body?.password !== undefined) expect(body.password, file).toBe(PASSWORD);
    }
  });
});

describe.each(exchanges)('$file', ({ exchange }) => {
  it(`replays through the client: ${exchange.replay.call}`, async () => {
    current = exchange;
    server.requests.length = 0;
    const client = clientFor(exchange);
    const method = (client as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[exchange.replay.call];
    expect(typeof method, `no client method ${exchange.replay.call}`).toBe('function');
    const outcome = await method!.apply(client, exchange.replay.args).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );

    // The request the client sent is the recorded one: method, path with query (as encoded), body.
    expect(server.requests).toHaveLength(1);
    const sent = server.requests[0]!;
    expect(`${sent.method} ${sent.url}`).toBe(`${exchange.request.method} /PasswordVault${exchange.request.path}`);
    if (exchange.request.body !== undefined) expect(JSON.parse(sent.body)).toEqual(exchange.request.body);
    for (const [name, value] of Object.entries(exchange.request.headers ?? {})) {
      if (name.toLowerCase() === 'content-type') expect(sent.headers['content-type']).toMatch(new RegExp(`^${value}`));
      else expect(sent.headers[name.toLowerCase()], name).toBe(value);
    }

    const { returns, throws } = exchange.replay;
    if (throws) {
      expect(outcome, 'expected the call to throw').toHaveProperty('error');
      const error = (outcome as { error: Error & { status?: number; vendorError?: { ErrorCode?: string } } }).error;
      expect(error.name).toBe(throws.error);
      if (throws.status !== undefined) expect(error.status).toBe(throws.status);
      if (throws.code !== undefined) expect(error.vendorError?.ErrorCode).toBe(throws.code);
    } else {
      if ('error' in outcome) throw outcome.error;
      // `returns: null` stands for a method that resolves with nothing.
      expect(outcome.value ?? null).toEqual(returns ?? null);
    }
  });
});
