// A loopback HTTP server for the tests that need answers Prism cannot give: vendor quirks, broken bodies, resets,
// slow or hanging replies. It records every request (body included) so tests can check what the client sent.
import { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

/** One request as the server saw it. */
export interface Received {
  method: string;
  /** The request target as sent: path and query, still percent-encoded. */
  url: string;
  /** The path alone (no query). */
  path: string;
  headers: IncomingHttpHeaders;
  /** Shorthands for the two headers most tests look at. */
  authorization: string | undefined;
  accept: string | undefined;
  /** The request body, read in full before the handler runs (UTF-8). */
  body: string;
  /** How many requests this path has had, this one included (1 on the first). */
  hit: number;
}

/**
 * What a handler may return instead of writing to `res` itself. Objects are sent as JSON (with a JSON
 * Content-Type unless one is given), strings as text, Uint8Array as bytes.
 */
export interface Reply {
  status?: number;
  headers?: Record<string, string | number | string[] | undefined>;
  body?: unknown;
  /** Answer only after this long (nothing is sent when the client has gone by then). */
  delayMs?: number;
  /**
   * Misbehave: `reset` drops the connection without an answer; `hang` never answers (until the server closes);
   * `{ cutAfter: n }` sends the head (Content-Length of the whole body unless given) and the first n body bytes,
   * then drops the connection.
   */
  fault?: 'reset' | 'hang' | { cutAfter: number };
}

export interface TestServer {
  /** `${options.tls ? 'https' : 'http'}://127.0.0.1:<port>` */
  url: string;
  /** Every request, in order. Tests may empty it (`requests.length = 0`): hits and counts start again. */
  requests: Received[];
  /** How many requests had this path (a string: the path without query) or matched this pattern (path and query). */
  count(path: string | RegExp): number;
  close(): Promise<void>;
}

/** Returns a Reply to send, or nothing (or `res` itself) when it answered through `res` or means not to answer. */
export type Handler = (
  req: Received,
  res: ServerResponse,
  server: TestServer,
) => Reply | ServerResponse | void | Promise<Reply | ServerResponse | void>;

/**
 * A loopback HTTP server on a free port (HTTPS with `tls`, e.g. from selfSignedCertificate()); a handler that
 * throws answers 599 with the error.
 */
export async function startServer(handler: Handler, options: { tls?: { key: string; cert: string } } = {}): Promise<TestServer> {
  const requests: Received[] = [];
  let self!: TestServer;
  const listener = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = req.url ?? '';
    const path = url.split('?')[0] ?? '';
    const received: Received = {
      method: req.method ?? '',
      url,
      path,
      headers: req.headers,
      authorization: req.headers.authorization,
      accept: req.headers.accept,
      body: Buffer.concat(chunks).toString('utf8'),
      hit: requests.filter((r) => r.path === path).length + 1,
    };
    requests.push(received);
    try {
      const reply = await handler(received, res, self);
      if (reply && reply !== res && !res.headersSent) await send(res, reply as Reply);
    } catch (err) {
      if (!res.headersSent) res.writeHead(599).end(String(err));
    }
  };
  const server = options.tls ? createTlsServer(options.tls, listener) : createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  self = {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    count: (path) => requests.filter((r) => (typeof path === 'string' ? r.path === path : path.test(r.url))).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return self;
}

/** Sends a JSON answer with its Content-Length. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | number> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

async function send(res: ServerResponse, reply: Reply): Promise<void> {
  if (reply.delayMs) {
    const gone = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), reply.delayMs);
      res.once('close', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (gone) return;
  }
  if (reply.fault === 'reset') return void res.socket?.destroy();
  if (reply.fault === 'hang') return;
  const { status = 200, body } = reply;
  const headers = Object.fromEntries(Object.entries(reply.headers ?? {}).filter((e): e is [string, string | number | string[]] => e[1] !== undefined));
  const has = (name: string) => Object.keys(headers).some((h) => h.toLowerCase() === name);
  let payload: string | Uint8Array | undefined;
  if (body instanceof Uint8Array || typeof body === 'string') payload = body;
  else if (body !== undefined) {
    payload = JSON.stringify(body);
    if (!has('content-type')) headers['Content-Type'] = 'application/json';
  }
  if (reply.fault) {
    const bytes = Buffer.from(payload ?? '');
    if (!has('content-length')) headers['Content-Length'] = bytes.length;
    res.writeHead(status, headers);
    res.write(bytes.subarray(0, reply.fault.cutAfter));
    // A moment for the head and the first bytes to reach the client before the connection drops.
    setTimeout(() => res.socket?.destroy(), 10);
    return;
  }
  res.writeHead(status, headers);
  res.end(payload);
}
