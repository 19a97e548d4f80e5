/** Argument checks: InvalidInputError naming the field, thrown before any request. */
import { describe, expect, it } from 'vitest';
import { InvalidInputError, SESSION_TYPE_VALUES, createSentinelClient, isDateTime, sessionKeyOf } from '../src/index.js';
import { noRequests, rejection } from './helpers.js';

function expectInvalid(err: unknown, field: string, rule?: string): void {
  expect(err).toBeInstanceOf(InvalidInputError);
  expect((err as InvalidInputError).field).toBe(field);
  if (rule) expect((err as InvalidInputError).rule).toBe(rule);
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

describe('createSentinelClient options', () => {
  const ok = { baseUrl: 'https://sentinel.example.com:8443', token: 't' };

  it.each([
    [{ ...ok, baseUrl: 'sentinel.example.com:8443' }, 'baseUrl'],
    [{ ...ok, baseUrl: '/relative' }, 'baseUrl'],
    [{ ...ok, baseUrl: 'ftp://sentinel.example.com' }, 'baseUrl'],
    [{ ...ok, baseUrl: 'https://admin:pw@sentinel.example.com:8443' }, 'baseUrl'],
    [{ ...ok, baseUrl: 'https://sentinel.example.com:8443/?x=1' }, 'baseUrl'],
    [{ ...ok, baseUrl: undefined }, 'baseUrl'],
    [{ baseUrl: ok.baseUrl }, 'token'],
    [{ ...ok, credentials: { username: 'a', password: 'b' } }, 'credentials'],
    [{ ...ok, token: '' }, 'token'],
    [{ ...ok, token: 'line\nbreak' }, 'token'],
    [{ baseUrl: ok.baseUrl, credentials: { username: '', password: 'b' } }, 'credentials.username'],
    [{ baseUrl: ok.baseUrl, credentials: { username: 'a:b', password: 'b' } }, 'credentials.username'],
    [{ baseUrl: ok.baseUrl, credentials: { username: 'a', password: '' } }, 'credentials.password'],
    [{ baseUrl: ok.baseUrl, credentials: 'a:b' }, 'credentials'],
    [{ ...ok, timeoutMs: -1 }, 'timeoutMs'],
    [{ ...ok, retry: 3 }, 'retry'],
    [{ ...ok, fetch: 'nope' }, 'fetch'],
  ])('%o → InvalidInputError(%s)', (options, field) => {
    expectInvalid(thrown(() => createSentinelClient(options as never)), field);
  });

  it('the baseUrl error does not echo a password in the URL', () => {
    const err = thrown(() => createSentinelClient({ baseUrl: 'https://admin:s3cr3t@host:8443', token: 't' }));
    expect(String(err)).not.toContain('s3cr3t');
  });

  it('accepts a trailing slash or a path prefix', () => {
    expect(() => createSentinelClient({ ...ok, baseUrl: 'https://sentinel.example.com:8443/' })).not.toThrow();
    expect(() => createSentinelClient({ ...ok, baseUrl: 'https://proxy.example.com/sentinel' })).not.toThrow();
  });
});

describe('method arguments (no request is sent)', () => {
  const fetch = noRequests();
  const client = createSentinelClient({ baseUrl: 'https://sentinel.example.com:8443', token: 't', fetch });

  it.each([
    ['getUserSession("")', () => client.getUserSession(''), 'sessionKey', 'non-empty'],
    ['getUserSession(42)', () => client.getUserSession(42 as never), 'sessionKey', 'type'],
    ['deleteUserSession("")', () => client.deleteUserSession(''), 'sessionKey', 'non-empty'],
    ['updateUserSession("", {})', () => client.updateUserSession('', {}), 'sessionKey', 'non-empty'],
    ['updateUserSession(k, null)', () => client.updateUserSession('k', null as never), 'update', 'type'],
    ['session-type WEB', () => client.updateUserSession('k', { 'session-type': 'WEB' as never }), 'session-type', 'enum'],
    ['session-type http (case)', () => client.updateUserSession('k', { 'session-type': 'http' as never }), 'session-type', 'enum'],
    ['start not a date', () => client.updateUserSession('k', { start: 'yesterday' }), 'start', 'date-time'],
    ['start without zone', () => client.updateUserSession('k', { start: '2012-04-25T13:33:44.727' }), 'start', 'date-time'],
    ['start Feb 30', () => client.updateUserSession('k', { start: '2024-02-30T00:00:00Z' }), 'start', 'date-time'],
    ['start as Date', () => client.updateUserSession('k', { start: new Date() as never }), 'start', 'date-time'],
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
    ['timeoutMs -5', () => client.getUserSession('k', { timeoutMs: -5 }), 'timeoutMs', 'non-negative'],
    ['signal not a signal', () => client.getUserSession('k', { signal: {} as never }), 'signal', 'type'],
  ])('%s', async (_name, call, field, rule) => {
    const before = fetch.calls;
    expectInvalid(await rejection(call), field, rule);
    expect(fetch.calls).toBe(before);
  });

  it('accepts the spec’s valid values', () => {
    expect(SESSION_TYPE_VALUES).toEqual(['HTTP', 'LEGACY']);
    for (const start of ['2012-04-25T13:33:44.727Z', '2024-02-29T23:59:60Z', '2024-05-16T09:12:44+02:00', '2024-05-16t09:12:44.1z']) {
      expect(isDateTime(start), start).toBe(true);
    }
    for (const start of ['2023-02-29T00:00:00Z', '2024-13-01T00:00:00Z', '2024-05-16T24:00:00Z', '2024-05-16 09:12:44Z', '2024-05-16T09:12:44+2:00', '']) {
      expect(isDateTime(start), start).toBe(false);
    }
  });
});

describe('sessionKeyOf', () => {
  it('takes the last path segment of meta.@href', () => {
    const href = 'https://sentinel.example.com:8443/SentinelRESTServices/objects/user-session/5C7E2F9A1B3D4E6F8091A2B3C4D5E6F7';
    expect(sessionKeyOf({ meta: { '@href': href } })).toBe('5C7E2F9A1B3D4E6F8091A2B3C4D5E6F7');
    expect(sessionKeyOf(`${href}/`)).toBe('5C7E2F9A1B3D4E6F8091A2B3C4D5E6F7');
    expect(sessionKeyOf('https://h/objects/user-session/a%20b')).toBe('a b');
  });

  it('throws InvalidInputError without a usable @href', () => {
    expectInvalid(thrown(() => sessionKeyOf({ meta: {} } as never)), 'meta.@href');
    expectInvalid(thrown(() => sessionKeyOf('not a url')), 'meta.@href');
    expectInvalid(thrown(() => sessionKeyOf('https://host/')), 'meta.@href');
  });
});
