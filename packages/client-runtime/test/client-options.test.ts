/**
 * The options every client shares (checkClientOptions): checked once, here. Each client's own tests cover only
 * what it adds (its credentials' shape, how its baseUrl is joined) and that it calls this check at all.
 */
import { rejection } from '@session-apis/test-kit';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../src/index.js';
import { checkClientOptions } from '../src/internal.js';

const BASE = 'https://vendor.example.com:8443/api';

describe('checkClientOptions', () => {
  it.each<[string, unknown, string, string]>([
    ['options that are not an object', BASE, 'options', 'type'],
    ['no baseUrl', { token: 't' }, 'baseUrl', 'type'],
    ['a baseUrl without a scheme', { baseUrl: 'vendor.example.com:8443', token: 't' }, 'baseUrl', 'absolute-http-url'],
    ['a relative baseUrl', { baseUrl: '/api', token: 't' }, 'baseUrl', 'absolute-http-url'],
    ['an ftp: baseUrl', { baseUrl: 'ftp://vendor.example.com/api', token: 't' }, 'baseUrl', 'absolute-http-url'],
    ['a javascript: baseUrl', { baseUrl: 'javascript:alert(1)', token: 't' }, 'baseUrl', 'absolute-http-url'],
    ['credentials in the baseUrl', { baseUrl: 'https://admin:pw@vendor.example.com/api', token: 't' }, 'baseUrl', 'no-credentials'],
    ['a query string in the baseUrl', { baseUrl: `${BASE}?x=1`, token: 't' }, 'baseUrl', 'no-query'],
    ['neither token nor credentials', { baseUrl: BASE }, 'token', 'required'],
    ['both token and credentials', { baseUrl: BASE, token: 't', credentials: { username: 'a', password: 'b' } }, 'credentials', 'exclusive'],
    ['an empty token', { baseUrl: BASE, token: '' }, 'token', 'non-empty'],
    ['a token with a line break', { baseUrl: BASE, token: 'a\r\nX-Evil: 1' }, 'token', 'header-value'],
    ['credentials that are not an object', { baseUrl: BASE, credentials: 'a:b' }, 'credentials', 'type'],
    ['a negative timeoutMs', { baseUrl: BASE, token: 't', timeoutMs: -1 }, 'timeoutMs', 'non-negative'],
    ['a retry that is a number', { baseUrl: BASE, token: 't', retry: 3 }, 'retry', 'type'],
    ['a fetch that is not a function', { baseUrl: BASE, token: 't', fetch: 'nope' }, 'fetch', 'type'],
    ['a maxBodyBytes of 0', { baseUrl: BASE, token: 't', maxBodyBytes: 0 }, 'maxBodyBytes', 'positive'],
    ['a logger that is not an object', { baseUrl: BASE, token: 't', logger: 'console' }, 'logger', 'type'],
  ])('refuses %s: InvalidInputError naming the field and rule', async (_, options, field, rule) => {
    const err = await rejection(() => checkClientOptions(options));
    expect(err).toBeInstanceOf(InvalidInputError);
    expect({ field: (err as InvalidInputError).field, rule: (err as InvalidInputError).rule }).toEqual({ field, rule });
  });

  it('never echoes a password from the baseUrl', async () => {
    const err = await rejection(() => checkClientOptions({ baseUrl: 'https://admin:s3cr3t@vendor.example.com:8443', token: 't' }));
    expect(String(err)).not.toContain('s3cr3t');
    expect(JSON.stringify(err)).not.toContain('s3cr3t');
  });

  it('accepts the minimal options, a trailing slash and a path prefix; returns the URL and the raw credentials', () => {
    expect(checkClientOptions({ baseUrl: `${BASE}/`, token: 't' })).toEqual({ baseUrl: new URL(`${BASE}/`), token: 't', credentials: undefined });
    const credentials = { username: 'a', password: 'b' };
    expect(checkClientOptions({ baseUrl: 'https://proxy.example.com/vendor', credentials }).credentials).toBe(credentials);
  });
});
