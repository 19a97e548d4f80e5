import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import type { FetchLike, Logger } from '../src/index.js';

export const API = 'cyberark-pvwa';
export const CANARY_TOKEN = 'CANARY-tok-5e1f0c';
export const CANARY_PASSWORD = 'CANARY-pw-hunter2';

export interface ReceivedRequest {
  method: string;
  /** Raw request target as sent (path + query, still percent-encoded). */
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array | unknown;
}

export interface LocalServer {
  url: string;
  received: ReceivedRequest[];
  /** Requests whose path matches. */
  count(pathPattern: RegExp): number;
  close(): Promise<void>;
}

/**
 * A loopback node:http server on a free port. `handler` returns the reply; objects are sent as JSON,
 * strings as text, Uint8Array as bytes (headers are the caller's).
 */
export async function startServer(handler: (req: ReceivedRequest, res: ServerResponse) => Reply | Promise<Reply>): Promise<LocalServer> {
  const received: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const record = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(record);
      const reply = await handler(record, res);
      if (res.headersSent) return;
      const { status = 200, headers = {}, body } = reply;
      let payload: string | Uint8Array | undefined;
      const h: Record<string, string> = { ...headers };
      if (body instanceof Uint8Array || typeof body === 'string') payload = body;
      else if (body !== undefined) {
        payload = JSON.stringify(body);
        h['Content-Type'] ??= 'application/json';
      }
      res.writeHead(status, h);
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    count: (pattern) => received.filter((r) => pattern.test(r.url)).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A fetch that records every request it sends (method, URL, Authorization) and passes it on. */
export function recordingFetch(inner: FetchLike = (req, init) => fetch(req, init)): FetchLike & {
  sent: { method: string; url: string; authorization: string | null; accept: string | null }[];
} {
  const sent: { method: string; url: string; authorization: string | null; accept: string | null }[] = [];
  const f = (async (req: Request, init?: RequestInit) => {
    sent.push({ method: req.method, url: req.url, authorization: req.headers.get('authorization'), accept: req.headers.get('accept') });
    return inner(req, init);
  }) as FetchLike & { sent: typeof sent };
  f.sent = sent;
  return f;
}

/** A fetch that must never be called (for "fails before the network"). */
export function forbiddenFetch(): FetchLike & { calls: number } {
  const f = Object.assign(
    async (_req: Request, _init?: RequestInit): Promise<Response> => {
      f.calls++;
      throw new Error('the network was reached');
    },
    { calls: 0 },
  );
  return f;
}

/** A logger that keeps everything it is given. */
export function recordingLogger(): Logger & { text(): string } {
  const lines: string[] = [];
  const keep = (msg: string, meta?: Record<string, unknown>) => lines.push(`${msg} ${JSON.stringify(meta ?? {})}`);
  return { debug: keep, warn: keep, text: () => lines.join('\n') };
}

/** Every way an error can be printed or serialised, cause chain included. */
export function renderings(err: unknown): string {
  const parts = [String(err), JSON.stringify(err), inspect(err, { depth: 10, showHidden: true })];
  let cause: unknown = err;
  for (let i = 0; i < 6 && cause instanceof Error; i++) {
    parts.push(cause.message, cause.stack ?? '', JSON.stringify(cause) ?? '');
    cause = cause.cause;
  }
  return parts.join('\n');
}

/** The rejection of `promise` (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection, but the promise resolved');
}
