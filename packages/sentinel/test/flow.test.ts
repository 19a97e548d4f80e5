/**
 * End-to-end flows, as an application would script them: credentials → token → list sessions → get → update →
 * delete, recording every outgoing request with a wrapping `fetch`.
 *
 * Prism serves the single-page part. Its example page's `next` points to https://sentinel.example.com:8443 —
 * another origin than the mock — so the multi-page part runs against a local node:http server that serves three
 * pages with absolute `next` URLs on its own origin.
 */
import { responseExample } from '@session-apis/mock/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthToken, InvalidResponseError, type UserSession, createSentinelClient, sessionKeyOf } from '../src/index.js';
import { type Sent, type TestServer, mockUrl, recordingFetch, rejection, sendJson, startServer } from '@session-apis/test-kit';

const USERNAME = 'sentinel-admin';
// Non-ASCII: Basic must carry the UTF-8 bytes. Prism (5.14) refuses a Basic password containing ':' (RFC 7617
// allows it), so only the local server's flow uses one.
const PRISM_PASSWORD = 'Pässwort-mit-€';
const LOCAL_PASSWORD = 'Pässwort:mit€Umlauten';
const basicOf = (password: string) => `Basic ${Buffer.from(`${USERNAME}:${password}`, 'utf8').toString('base64')}`;
const TOKENS = '/SentinelAuthServices/auth/tokens';
const LIST = '/SentinelRESTServices/objects/user-session';

/** The token call used Basic (and only it did); every other call sent `X-SAML <token>`. */
function expectAuthHeaders(seen: Sent[], token: string, password: string): void {
  const tokenCalls = seen.filter((r) => r.url === TOKENS);
  expect(tokenCalls).toHaveLength(1);
  expect(tokenCalls[0]).toMatchObject({ method: 'POST', authorization: basicOf(password) });
  expect(seen[0]?.url).toBe(TOKENS); // lazily, before the first call that needs it
  for (const r of seen.filter((x) => x.url !== TOKENS)) expect(r.authorization, `${r.method} ${r.url}`).toBe(`X-SAML ${token}`);
}

describe('flow against Prism (single page)', () => {
  it('token → list → iterate → get → update → delete', async () => {
    const baseUrl = mockUrl();
    // Prism picks the example by `Prefer`; the recorder sets it per request where the flow needs one.
    let prefer: string | undefined;
    const recorder = recordingFetch({ prefer: () => prefer });
    const client = createSentinelClient({ baseUrl, credentials: { username: USERNAME, password: PRISM_PASSWORD }, fetch: recorder, retry: false });
    const { Token } = (await responseExample('sentinel', 'createAuthToken', 200)) as AuthToken;

    const page = await client.listUserSessions({ pagesize: 2 });
    expect(page.objects).toHaveLength(2);
    expect(page.next).toMatch(/^https:\/\/sentinel\.example\.com:8443\//);

    // Iterating all sessions: Prism's page links to another origin, which the client refuses after the page's items.
    const seenNames: string[] = [];
    const err = await rejection(async () => {
      for await (const s of client.userSessions({ pagesize: 2 })) seenNames.push(s.name ?? '');
    });
    expect(err).toBeInstanceOf(InvalidResponseError);
    expect(seenNames).toEqual(['jsmith', 'adoe']);
    expect(recorder.sent.some((r) => r.url.includes('page=3'))).toBe(false);

    // The metadata-only example has no next: the iteration completes.
    prefer = 'example=metadataOnly';
    const all: UserSession[] = [];
    for await (const s of client.userSessions({ field: ['[none]'] })) all.push(s);
    prefer = undefined;
    expect(all.map((s) => sessionKeyOf(s))).toEqual(['79600390-9B73-102E-A3E2-001676E4A757', 'A41D07E3-C2B9-102E-B1E5-001676E4A757']);

    const key = sessionKeyOf(page.objects[0] as UserSession);
    const session = await client.getUserSession(key);
    expect(session).toEqual(await responseExample('sentinel', 'getUserSession', 200));
    await client.updateUserSession(key, { 'session-type': 'HTTP', 'os-name': 'jsmith2' });
    await client.deleteUserSession(key);

    expect(recorder.sent.map((r) => `${r.method} ${r.url}`)).toEqual([
      `POST ${TOKENS}`,
      `GET ${LIST}?pagesize=2`,
      `GET ${LIST}?pagesize=2`,
      `GET ${LIST}?field=%5Bnone%5D`,
      `GET ${LIST}/${key}`,
      `PUT ${LIST}/${key}`,
      `DELETE ${LIST}/${key}`,
    ]);
    expect(JSON.parse(recorder.sent[5]?.body ?? '')).toEqual({ 'session-type': 'HTTP', 'os-name': 'jsmith2' });
    expectAuthHeaders(recorder.sent, Token, PRISM_PASSWORD);
  });
});

describe('flow against a local server (three pages)', () => {
  let server: TestServer;
  const sessions = new Map<string, UserSession>();

  beforeAll(async () => {
    server = await startServer((req, res, self) => {
      const url = new URL(req.url ?? '/', self.url);
      if (url.pathname === TOKENS) {
        return req.authorization === basicOf(LOCAL_PASSWORD)
          ? sendJson(res, 200, { Token: 'local-token', TokenDigest: 'local-digest' })
          : sendJson(res, 401, { Code: { Value: 'Sender' }, Reason: { Text: 'bad credentials' } });
      }
      if (req.authorization !== 'X-SAML local-token') return sendJson(res, 401, { Code: { Value: 'Sender' }, Reason: { Text: 'X-SAML' } });
      if (url.pathname === LIST) {
        const n = Number(url.searchParams.get('page') ?? 1);
        const keys = [...sessions.keys()].slice((n - 1) * 2, n * 2);
        const more = n * 2 < sessions.size;
        return sendJson(res, 200, {
          objects: keys.map((k) => sessions.get(k)),
          ...(more ? { next: `${self.url}${LIST}?page=${n + 1}&pagesize=2` } : {}),
        });
      }
      const key = decodeURIComponent(url.pathname.slice(LIST.length + 1));
      const found = sessions.get(key);
      if (!found) return sendJson(res, 404, { Code: { Value: 'Sender', Subcode: { Value: 'RestEndpointNotFound' } }, Reason: { Text: 'gone' } });
      if (req.method === 'GET') return sendJson(res, 200, found);
      if (req.method === 'PUT') sessions.set(key, { ...found, ...JSON.parse(req.body) });
      if (req.method === 'DELETE') sessions.delete(key);
      res.writeHead(req.method === 'DELETE' ? 204 : 200).end();
    });
    for (const [i, name] of ['jsmith', 'adoe', 'bwayne', 'ckent', 'dprince'].entries()) {
      const key = `KEY${i + 1}`;
      sessions.set(key, {
        meta: { type: 'user-session', '@href': `${server.url}${LIST}/${key}` },
        name,
        'session-type': i % 2 ? 'LEGACY' : 'HTTP',
        start: `2024-05-16T0${i}:00:00.000Z`,
      });
    }
  });

  afterAll(() => server.close());

  it('token → all sessions across 3 pages → get → update → delete', async () => {
    const recorder = recordingFetch();
    const client = createSentinelClient({ baseUrl: server.url, credentials: { username: USERNAME, password: LOCAL_PASSWORD }, fetch: recorder });

    const all: UserSession[] = [];
    for await (const s of client.userSessions({ pagesize: 2 })) all.push(s);
    expect(all.map((s) => s.name)).toEqual(['jsmith', 'adoe', 'bwayne', 'ckent', 'dprince']);

    const legacy = all.find((s) => s['session-type'] === 'LEGACY') as UserSession;
    const key = sessionKeyOf(legacy);
    expect(await client.getUserSession(key)).toEqual(legacy);
    await client.updateUserSession(key, { 'os-name': 'CORP\\adoe' });
    expect((await client.getUserSession(key))['os-name']).toBe('CORP\\adoe');
    await client.deleteUserSession(key);
    expect(sessions.has(key)).toBe(false);

    expect(recorder.sent.map((r) => `${r.method} ${r.url}`)).toEqual([
      `POST ${TOKENS}`,
      `GET ${LIST}?pagesize=2`,
      `GET ${LIST}?page=2&pagesize=2`,
      `GET ${LIST}?page=3&pagesize=2`,
      `GET ${LIST}/${key}`,
      `PUT ${LIST}/${key}`,
      `GET ${LIST}/${key}`,
      `DELETE ${LIST}/${key}`,
    ]);
    expectAuthHeaders(recorder.sent, 'local-token', LOCAL_PASSWORD);
  });
});
