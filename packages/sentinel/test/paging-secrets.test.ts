/**
 * A looping `next` URL whose path echoes the token: the PagingError that stops the loop quotes that URL, and
 * must not carry the token (canary) — in its message, `JSON.stringify(err)` or `util.inspect(err)`, raw or
 * percent-encoded. A local server, since the loop and the echo are what no honest server (or Prism) does.
 */
import { inspect } from 'node:util';
import { type TestServer, rejection, startServer } from '@session-apis/test-kit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PagingError, createSentinelClient } from '../src/index.js';

const LIST = '/SentinelRESTServices/objects/user-session';
const TOKEN = 'CANARY-paging-tok-9b2c';

let server: TestServer;

beforeAll(async () => {
  server = await startServer((req, _res, self) => ({
    body: {
      objects: [{ meta: { type: 'user-session', '@href': `${self.url}${LIST}/K${req.hit}` }, name: `u${req.hit}`, 'session-type': 'HTTP' }],
      // Every page links to the same page, whose path carries the token the request came with.
      next: `${self.url}${LIST}/loop/${encodeURIComponent((req.authorization ?? '').replace(/^X-SAML /, ''))}/${TOKEN}?pagesize=1`,
    },
  }));
});
afterAll(() => server.close());

it('a repeated page whose URL path holds the token: PagingError without the token', async () => {
  const sentinel = createSentinelClient({ baseUrl: server.url, token: TOKEN, retry: false });
  const seen: string[] = [];
  const err = await rejection(async () => {
    for await (const session of sentinel.userSessions()) seen.push(session.name as string);
  });
  expect(err).toBeInstanceOf(PagingError);
  expect((err as PagingError).reason).toBe('repeated-page');
  expect(seen).toEqual(['u1', 'u1']); // the first page, then the looping one once
  const renderings = [(err as Error).message, String(err), JSON.stringify(err), inspect(err, { depth: 10, showHidden: true }), (err as Error).stack ?? ''];
  for (const text of renderings) {
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(encodeURIComponent(TOKEN));
  }
  // Still says which page: the path, with the token redacted.
  expect((err as Error).message).toContain(`${LIST}/loop/`);
});
