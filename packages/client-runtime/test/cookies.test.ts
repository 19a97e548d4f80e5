/**
 * The cookie jar: what a PVWA logon sets is sent back on later calls to the same application path, `Secure`
 * cookies stay off plain-http foreign hosts, expired and cleared cookies are gone.
 */
import { describe, expect, it } from 'vitest';
import { createCookieJar } from '../src/node.js';

// As a PVWA 10.7 sets them (OneIdentity safeguard-sessions-plugin-cyberark-vault, lib/tests/cassettes/test_v10_user_logon.yaml).
const PVWA_SET_COOKIES = [
  'CA33333=; path=/PasswordVault/; secure; HttpOnly',
  'mobileState=Desktop; path=/PasswordVault/; secure; HttpOnly',
  'CA11111=0000000257C876; path=/PasswordVault/; secure; HttpOnly',
  'CA22222=A080B33F0F61843E; path=/PasswordVault/; secure; HttpOnly',
];
const LOGON = 'https://pvwa.example.com/PasswordVault/API/auth/Cyberark/Logon/';

describe('createCookieJar', () => {
  it('sends the logon cookies to later calls under the same path, and nowhere else', async () => {
    const jar = createCookieJar();
    await jar.store(LOGON, PVWA_SET_COOKIES);
    const header = await jar.cookieHeader('https://pvwa.example.com/PasswordVault/API/LiveSessions');
    expect(header?.split('; ').sort()).toEqual(['CA11111=0000000257C876', 'CA22222=A080B33F0F61843E', 'CA33333=', 'mobileState=Desktop']);
    expect(await jar.cookieHeader('https://pvwa.example.com/Other/')).toBeUndefined(); // another path
    expect(await jar.cookieHeader('https://other.example.com/PasswordVault/API/LiveSessions')).toBeUndefined(); // another host
    expect(await jar.cookieHeader('http://pvwa.example.com/PasswordVault/API/LiveSessions')).toBeUndefined(); // Secure: not over http
  });

  it('sends Secure cookies to a loopback server over http (local test servers), as browsers do', async () => {
    const jar = createCookieJar();
    await jar.store('http://127.0.0.1:4000/PasswordVault/API/auth/LDAP/Logon/', ['CA22222=abc; path=/PasswordVault/; secure; HttpOnly']);
    expect(await jar.cookieHeader('http://127.0.0.1:4000/PasswordVault/API/Auth/Logoff')).toBe('CA22222=abc');
  });

  it('replaces a cookie set again, drops an expired one, and ignores a malformed or foreign one', async () => {
    const jar = createCookieJar();
    await jar.store(LOGON, ['a=1; path=/', 'b=2; path=/']);
    await jar.store(LOGON, ['a=3; path=/', 'b=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT', '=; ;', 'c=4; domain=evil.example.org; path=/']);
    expect(await jar.cookieHeader(LOGON)).toBe('a=3');
  });

  it('clear() forgets everything; secrets() lists the values held', async () => {
    const jar = createCookieJar();
    await jar.store(LOGON, PVWA_SET_COOKIES);
    expect(jar.secrets().sort()).toEqual(['0000000257C876', 'A080B33F0F61843E', 'Desktop']);
    await jar.clear();
    expect(await jar.cookieHeader(LOGON)).toBeUndefined();
    expect(jar.secrets()).toEqual([]);
  });
});
