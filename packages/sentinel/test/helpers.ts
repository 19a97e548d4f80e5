import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { expect } from 'vitest';
import type { FetchLike, Logger } from '../src/index.js';

export const CANARY_TOKEN = 'CANARY-tok-7f3a9c';
export const CANARY_PASSWORD = 'hunter2-CANARY-pw';

/** One request as the server (or a recording fetch) saw it. */
export interface Seen {
  method: string;
  /** Path and query. */
  url: string;
  authorization: string | undefined;
  /** The Accept header (a real Sentinel negotiates the format by it). */
  accept?: string | undefined;
  prefer?: string | undefined;
  body: string;
}

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  requests: Seen[];
  /** Requests whose path+query equals `pathAndQuery`. */
  count(pathAndQuery: string): number;
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, seen: Seen, server: TestServer) => unknown;

/** A loopback HTTP server on a free port that records every request (body included). */
export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: Seen[] = [];
  let self!: TestServer;
  const server: Server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const seen: Seen = { method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, accept: req.headers.accept, body };
    requests.push(seen);
    try {
      await handler(req, res, seen, self);
    } catch (err) {
      res.writeHead(599).end(String(err));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  self = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    count: (pathAndQuery) => requests.filter((r) => r.url === pathAndQuery).length,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return self;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** A fetch that records each outgoing request (after the client set Authorization) and then sends it. */
export function recordingFetch(options: { prefer?: (req: Request) => string | undefined } = {}): FetchLike & { seen: Seen[] } {
  const seen: Seen[] = [];
  const fetchFn = async (input: Request, init?: RequestInit) => {
    const request = new Request(input);
    const prefer = options.prefer?.(request);
    if (prefer) request.headers.set('Prefer', prefer);
    const u = new URL(request.url);
    seen.push({
      method: request.method,
      url: u.pathname + u.search,
      authorization: request.headers.get('authorization') ?? undefined,
      prefer,
      body: request.body ? await request.clone().text() : '',
    });
    return fetch(request, init);
  };
  return Object.assign(fetchFn, { seen });
}

/** A fetch that removes the Authorization header (to make Prism's security check fail with the real client). */
export const withoutAuthorization: FetchLike = (input, init) => {
  const request = new Request(input);
  request.headers.delete('authorization');
  return fetch(request, init);
};

/** A fetch that adds `Prefer` (Prism picks the response by it). */
export function preferring(prefer: string): FetchLike {
  return (input, init) => {
    const request = new Request(input);
    request.headers.set('Prefer', prefer);
    return fetch(request, init);
  };
}

/** A fetch that fails the test if the client sends anything. */
export function noRequests(): FetchLike & { calls: number } {
  const f = Object.assign(
    async (): Promise<Response> => {
      f.calls++;
      throw new Error('no request expected');
    },
    { calls: 0 },
  );
  return f;
}

/** A logger that keeps what it is given. */
export function recordingLogger(): Logger & { text(): string } {
  const lines: string[] = [];
  return {
    debug: (msg, meta) => void lines.push(`debug ${msg} ${inspect(meta, { depth: 5 })}`),
    warn: (msg, meta) => void lines.push(`warn ${msg} ${inspect(meta, { depth: 5 })}`),
    text: () => lines.join('\n'),
  };
}

/** Every way an error can be printed or serialised, cause chain included. */
export function renderings(err: unknown): string {
  const parts = [String(err), JSON.stringify(err), inspect(err, { depth: 10, showHidden: true })];
  let cause: unknown = err;
  for (let i = 0; i < 6 && cause instanceof Error; i++) {
    parts.push(cause.message, String(cause), cause.stack ?? '', JSON.stringify(cause) ?? '');
    cause = cause.cause;
  }
  return parts.join('\n');
}

export function expectAbsent(text: string, secrets: string[]): void {
  for (const s of secrets) expect(text).not.toContain(s);
}

/** The rejection of `promise` (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown> | (() => unknown)): Promise<unknown> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}
