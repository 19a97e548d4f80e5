/** Argument checks: InvalidInputError naming the field, thrown before any request. */
import { describe, expect, it } from 'vitest';
import { loadSpec } from '@session-apis/mock/spec';
import { InvalidInputError, SESSION_TYPES, createSentinelClient, sessionKeyOf } from '../src/index.js';
import { forbiddenFetch, recordingFetch, rejection } from '@session-apis/test-kit';

function expectInvalid(err: unknown, field: string, rule?: string): void {
  expect(err).toBeInstanceOf(InvalidInputError);
  expect((err as InvalidInputError).field).toBe(field);
  if (rule) expect((err as InvalidInputError).rule).toBe(rule);
}

// The options every client shares (baseUrl, token or credentials, fetch, timeoutMs, retry…) are tested once, in
// client-runtime/test/client-options.test.ts; here: that the client runs that check, and its own credentials' shape.
describe('createSentinelClient options', () => {
  const ok = { baseUrl: 'https://sentinel.example.com:8443', token: 't' };

  it.each([
    [{ ...ok, baseUrl: 'sentinel.example.com:8443' }, 'baseUrl'],
    [{ baseUrl: ok.baseUrl, credentials: { username: '', password: 'b' } }, 'credentials.username'],
    [{ baseUrl: ok.baseUrl, credentials: { username: 'a:b', password: 'b' } }, 'credentials.username'],
    [{ baseUrl: ok.baseUrl, credentials: { username: 'a', password: '' } }, 'credentials.password'],
  ])('%o → InvalidInputError(%s)', async (options, field) => {
    expectInvalid(await rejection(() => createSentinelClient(options as never)), field);
  });

  it('accepts a trailing slash or a path prefix', () => {
    expect(() => createSentinelClient({ ...ok, baseUrl: 'https://sentinel.example.com:8443/' })).not.toThrow();
    expect(() => createSentinelClient({ ...ok, baseUrl: 'https://proxy.example.com/sentinel' })).not.toThrow();
  });
});

describe('method arguments (no request is sent)', () => {
  const fetch = forbiddenFetch();
  const client = createSentinelClient({ baseUrl: 'https://sentinel.example.com:8443', token: 't', fetch });

  it.each([
    ['getUserSession(42)', () => client.getUserSession(42 as never), 'sessionKey', 'type'],
    ['updateUserSession(k, null)', () => client.updateUserSession('k', null as never), 'update', 'type'],
    ['session-type WEB', () => client.updateUserSession('k', { 'session-type': 'WEB' as never }), 'session-type', 'enum'],
    ['session-type http (case)', () => client.updateUserSession('k', { 'session-type': 'http' as never }), 'session-type', 'enum'],
    ['name with a newline', () => client.updateUserSession('k', { name: 'j\nsmith' }), 'name', 'no-control-characters'],
    ['os-name with NUL', () => client.updateUserSession('k', { 'os-name': 'CORP\\j\u0000' }), 'os-name', 'no-control-characters'],
    ['address with DEL', () => client.updateUserSession('k', { address: '192.0.2.1\u007f' }), 'address', 'no-control-characters'],
    ['user with a lone surrogate', () => client.updateUserSession('k', { user: 'https://h/\ud800' }), 'user', 'no-control-characters'],
    ['meta.@href with a tab', () => client.updateUserSession('k', { meta: { '@href': 'https://h/\tx' } }), 'meta.@href', 'no-control-characters'],
    ['page 0', () => client.listUserSessions({ page: 0 }), 'page', 'minimum'],
    ['page -1', () => client.listUserSessions({ page: -1 }), 'page', 'minimum'],
    ['page 1.5', () => client.listUserSessions({ page: 1.5 }), 'page', 'integer'],
    ['page NaN', () => client.listUserSessions({ page: Number.NaN }), 'page', 'integer'],
    ['pagesize 0', () => client.listUserSessions({ pagesize: 0 }), 'pagesize', 'minimum'],
    ['pagesize "10"', () => client.listUserSessions({ pagesize: '10' as never }), 'pagesize', 'integer'],
    ['query ""', () => client.listUserSessions({ query: '' }), 'query', 'non-empty'],
    ['field []', () => client.listUserSessions({ field: [] }), 'field', 'non-empty-array'],
    ['field [""]', () => client.listUserSessions({ field: [''] }), 'field[0]', 'non-empty'],
    ['unknown parameter', () => client.listUserSessions({ limit: 5 } as never), 'limit', 'known-parameter'],
    ['preauthorize("", GET)', () => client.preauthorize('', 'GET'), 'path', 'non-empty'],
    ['preauthorize(p, "")', () => client.preauthorize('/objects/user-session', ''), 'httpMethod', 'non-empty'],
    ['preauthorize contentType ""', () => client.preauthorize('/objects/user-session', 'PUT', { contentType: '' }), 'contentType', 'non-empty'],
    ['preauthorize acceptType 1', () => client.preauthorize('/objects/user-session', 'GET', { acceptType: 1 as never }), 'acceptType', 'type'],
    ['timeoutMs -5', () => client.getUserSession('k', { timeoutMs: -5 }), 'timeoutMs', 'non-negative'],
    ['signal not a signal', () => client.getUserSession('k', { signal: {} as never }), 'signal', 'type'],
  ])('%s', async (_name, call, field, rule) => {
    const before = fetch.calls;
    expectInvalid(await rejection(call), field, rule);
    expect(fetch.calls).toBe(before);
  });

  it('SESSION_TYPES is the spec’s closed enum (the one a PUT may send)', async () => {
    const spec = await loadSpec('sentinel');
    expect(SESSION_TYPES).toEqual(spec.components.schemas.SessionType.enum);
  });

  it('a key is one path segment: every method that takes one refuses dot segments, separators and control characters', async () => {
    const keyed = [
      (k: string) => client.getUserSession(k),
      (k: string) => client.updateUserSession(k, { name: 'x' }),
      (k: string) => client.deleteUserSession(k),
    ];
    for (const key of ['', '.', '..', '%2e%2E', '. .', 'a/b', 'a\\b', '..%2f..', 'a\u0000b', 'a\rb', 'a%0Ab']) {
      for (const call of keyed) {
        const before = fetch.calls;
        const err = await rejection(call(key));
        expectInvalid(err, 'sessionKey', 'path-segment');
        expect(fetch.calls, JSON.stringify(key)).toBe(before);
      }
    }
  });

  it('strings without control characters pass (raw UTF-8, quotes and backslashes included)', async () => {
    const sent = recordingFetch({ inner: async () => new Response(null, { status: 200 }) });
    const recording = createSentinelClient({ baseUrl: 'https://sentinel.example.com:8443', token: 't', fetch: sent });
    await recording.updateUserSession('79600390-9B73-102E-A3E2-001676E4A757', { name: 'Jürgen "J" Ström 🚀', 'os-name': 'CORP\\jstrom' });
    const seen = sent.sent.map((r) => r.body);
    expect(seen).toEqual(['{"name":"Jürgen \\"J\\" Ström 🚀","os-name":"CORP\\\\jstrom"}']);
    expect(seen[0]).not.toMatch(/\\u[0-9a-f]{4}/i);
  });
});

describe('sessionKeyOf', () => {
  it('takes the last path segment of meta.@href', () => {
    const href = 'https://sentinel.example.com:8443/SentinelRESTServices/objects/user-session/79600390-9B73-102E-A3E2-001676E4A757';
    expect(sessionKeyOf({ meta: { '@href': href } })).toBe('79600390-9B73-102E-A3E2-001676E4A757');
    expect(sessionKeyOf(`${href}/`)).toBe('79600390-9B73-102E-A3E2-001676E4A757');
    expect(sessionKeyOf('https://h/objects/user-session/a%20b')).toBe('a b');
  });

  it('throws InvalidInputError without a usable @href', async () => {
    expectInvalid(await rejection(() => sessionKeyOf({ meta: {} } as never)), 'meta.@href');
    expectInvalid(await rejection(() => sessionKeyOf('not a url')), 'meta.@href');
    expectInvalid(await rejection(() => sessionKeyOf('https://host/')), 'meta.@href');
  });
});
