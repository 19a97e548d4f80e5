/**
 * Sentinel hands out tokens of several kB (a signed SAML assertion; api-facts.md, the spec's `AuthToken.Token`).
 * Against a local server: such a token travels whole — in `X-SAML` on every call and percent-encoded in the logoff
 * DELETE — and no piece of it (start, middle or end, as a truncated message would cut it) shows in an error or a log.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { HttpError, createSentinelClient } from '../src/index.js';
import { type Reply, type TestServer, expectNoSecrets, recordingLogger, rejection, renderings, startServer } from '@session-apis/test-kit';

const TOKENS = '/SentinelAuthServices/auth/tokens';
const KEY = '79600390-9B73-102E-A3E2-001676E4A757';
const SESSION = `/SentinelRESTServices/objects/user-session/${KEY}`;
// 6 kB of base64 (with the characters that need percent-encoding in a path), starting with a canary.
const TOKEN = `CANARYsaml${'PHNhbWwyOkFzc2VydGlvbiB+/'.repeat(245)}Zz==`;
/** Pieces a truncating or slicing message could keep. */
const PIECES = [TOKEN, encodeURIComponent(TOKEN), 'CANARYsaml', TOKEN.slice(3000, 3032), TOKEN.slice(-32)];

const json = (status: number, body: unknown): Reply => ({ status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function sentinel(onSession: (authorization: string | undefined) => Reply) {
  server = await startServer((req) => {
    if (req.method === 'POST' && req.path === TOKENS) return json(200, { Token: TOKEN, TokenDigest: 'ShDtj2uIG7OySlmjPOauEQadz7/KJYS7oDpJo8Vr1ic=' });
    if (req.path === SESSION) return onSession(req.authorization);
    return { status: 200 };
  });
  return server.url;
}

describe('a token of several kB', () => {
  it('is sent whole as X-SAML <token>, and whole (percent-encoded, one segment) in the logoff DELETE', async () => {
    expect(TOKEN.length).toBeGreaterThan(6000);
    const baseUrl = await sentinel(() => json(200, { meta: { type: 'user-session', '@href': `https://s:8443${SESSION}` } }));
    const client = createSentinelClient({ baseUrl, credentials: { username: 'admin', password: 'pw' }, retry: false });
    await client.getUserSession(KEY);
    await client.logoff();
    const [, get, del] = server?.requests ?? [];
    expect(get?.authorization).toBe(`X-SAML ${TOKEN}`);
    expect(`${del?.method} ${del?.url}`).toBe(`DELETE ${TOKENS}/${encodeURIComponent(TOKEN)}`);
  });

  it('echoed in a fault, leaves no piece of itself in the error or the log', async () => {
    const baseUrl = await sentinel((authorization) =>
      json(500, { Code: { Value: 'Receiver' }, Reason: { Text: `cannot check ${authorization ?? ''} for this call` } }),
    );
    const logger = recordingLogger();
    const client = createSentinelClient({ baseUrl, credentials: { username: 'admin', password: 'pw' }, retry: false, logger });
    const err = await rejection(client.getUserSession(KEY));
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).status).toBe(500);
    expect(renderings(err)).toContain('cannot check'); // the echo reached the error (redacted, not dropped)
    expectNoSecrets(renderings(err) + logger.text(), PIECES);
  });
});
