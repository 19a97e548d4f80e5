import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { expect } from 'vitest';
import type { Clock, Logger, VendorErrorAdapter } from '../src/index.js';

export const CANARY_TOKEN = 'CANARY-7f3a9c';
export const CANARY_PASSWORD = 'hunter2-CANARY-pw';

export interface PvwaError {
  ErrorCode: string;
  ErrorMessage: string;
}

/** The PVWA error adapter, as the cyberark-pvwa client writes it. */
export const pvwaErrors: VendorErrorAdapter<PvwaError> = {
  parse: (body) =>
    typeof body === 'object' && body !== null && typeof (body as PvwaError).ErrorCode === 'string' ? (body as PvwaError) : undefined,
  describe: (e) => `${e.ErrorCode} ${e.ErrorMessage}`,
};

/** A clock whose sleeps return at once and only move `now`; records every sleep. */
export function fakeClock(start = Date.UTC(2025, 0, 1)): Clock & { sleeps: number[]; advance(ms: number): void } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance(ms) {
      now += ms;
    },
    async sleep(ms, signal) {
      signal?.throwIfAborted();
      sleeps.push(ms);
      now += ms;
    },
  };
}

/** A logger that keeps what it is given. */
export function recordingLogger(): Logger & { lines: { level: string; msg: string; meta?: Record<string, unknown> }[] } {
  const lines: { level: string; msg: string; meta?: Record<string, unknown> }[] = [];
  return {
    lines,
    debug: (msg, meta) => lines.push({ level: 'debug', msg, ...(meta ? { meta } : {}) }),
    warn: (msg, meta) => lines.push({ level: 'warn', msg, ...(meta ? { meta } : {}) }),
  };
}

/** Every way an error can be printed or serialised, cause chain included. */
export function renderings(err: unknown): string {
  const parts = [String(err), JSON.stringify(err), inspect(err, { depth: 10, showHidden: true })];
  let cause: unknown = err;
  for (let i = 0; i < 6 && cause instanceof Error; i++) {
    parts.push(String(cause), cause.stack ?? '', JSON.stringify(cause) ?? '');
    cause = cause.cause;
  }
  return parts.join('\n');
}

export function expectNoSecrets(text: string, secrets: string[] = [CANARY_TOKEN, CANARY_PASSWORD]): void {
  for (const s of secrets) expect(text).not.toContain(s);
}

export interface TestServer {
  url: string;
  hits: Map<string, number>;
  count(path: string): number;
  close(): Promise<void>;
}

/** A loopback HTTP server on a free port; counts requests per path. */
export async function startServer(handler: (req: IncomingMessage, res: ServerResponse, hit: number) => void): Promise<TestServer> {
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    handler(req, res, n);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    count: (path) => hits.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function readBody(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
