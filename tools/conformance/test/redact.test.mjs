// @ts-check
// Redaction, anonymization and the recording's body forms, unit by unit (the CLI tests check the whole run).
import { describe, expect, it } from 'vitest';
import { bodyFields, relativePath } from '../src/record.mjs';
import { Anonymizer, Secrets, redactExchange } from '../src/redact.mjs';

describe('redactExchange', () => {
  it('finds a secret in every encoding a server may echo (the runtime redact(): form-encoded, base64, HTML-escaped)', () => {
    const secrets = new Secrets();
    secrets.add('p@ss word&<1>');
    const echoes = [
      'p%40ss+word%26%3c1%3e', // form-encoded the .NET way: lower-case hex, + for space
      Buffer.from('p@ss word&<1>').toString('base64'),
      'p@ss word&amp;&lt;1&gt;',
    ];
    for (const echo of echoes) {
      expect(secrets.contains(`echo: ${echo}`)).toBe(true);
      const scrubbed = secrets.scrub(`echo: ${echo}`);
      expect(scrubbed).toMatch(/^echo: <redacted>/); // base64 may keep a padding remainder that encodes no secret bits
      expect(secrets.contains(scrubbed)).toBe(false);
    }
  });

  it('replaces credentials by the placeholders of specs/EXCHANGES.md, and every known secret wherever it appears', () => {
    const secrets = new Secrets();
    secrets.add('p@ss word!');
    secrets.addBasic('admin', 'p@ss word!');
    const token = 'PHNhbWw+dG9rZW4/PC9zYW1sPg==';
    const exchange = {
      request: {
        method: 'DELETE',
        path: `/SentinelAuthServices/auth/tokens/${encodeURIComponent(token)}`,
        headers: { Authorization: `X-SAML ${token}`, Cookie: 'CA11111=abc123def; mobileState=xyz789uvw' },
        body: { username: 'admin', password: 'p@ss word!', nested: { newPassword: 'n3w-passw0rd' } },
      },
      response: {
        status: 200,
        headers: { 'Set-Cookie': ['CA22222=s3cr3tcookie; path=/PasswordVault/; secure; HttpOnly'], 'X-Echo': `got p@ss word! and ${token}` },
        body: { Token: token, TokenDigest: 'digest-value-1', note: `basic ${Buffer.from('admin:p@ss word!').toString('base64')}` },
      },
    };
    secrets.learn(exchange);
    const out = redactExchange(exchange, secrets);
    expect(out.request).toEqual({
      method: 'DELETE',
      path: '/SentinelAuthServices/auth/tokens/<token>',
      headers: { Authorization: 'X-SAML <token>', Cookie: 'CA11111=<cookie>; mobileState=<cookie>' },
      body: { username: 'admin', password: '<password>', nested: { newPassword: '<password>' } },
    });
    expect(out.response.headers).toEqual({
      'Set-Cookie': ['CA22222=<cookie>; path=/PasswordVault/; secure; HttpOnly'],
      'X-Echo': 'got <redacted> and <redacted>',
    });
    expect(out.response.body).toEqual({ Token: '<token>', TokenDigest: '<token>', note: 'basic <redacted>' });
    expect(exchange.request.body.password).toBe('p@ss word!'); // the input is not modified
  });

  it('recognises the PVWA logon answer (the token as a bare JSON string), Basic auth and RDP password lines', () => {
    const secrets = new Secrets();
    const logon = { request: { method: 'POST', path: '/API/auth/Cyberark/Logon/' }, response: { status: 200, body: 'ZmE1YjQ2NjUtMmM0My00' } };
    secrets.learn(logon);
    expect(redactExchange(logon, secrets).response.body).toBe('<token>');
    const later = { request: { method: 'GET', path: '/API/Server', headers: { Authorization: 'ZmE1YjQ2NjUtMmM0My00' } }, response: { status: 200 } };
    expect(redactExchange(later, secrets).request.headers).toEqual({ Authorization: '<token>' });
    const basic = { request: { method: 'POST', path: '/x', headers: { authorization: 'Basic YWRtaW46c2VjcmV0' } }, response: { status: 200 } };
    expect(redactExchange(basic, secrets).request.headers).toEqual({ authorization: 'Basic <password>' });
    const rdp = { request: { method: 'GET', path: '/m' }, response: { status: 200, bodyText: 'full address:s:10.0.0.5\r\npassword 51:b:01000000D08C9DDF\r\n' } };
    expect(redactExchange(rdp, secrets).response.bodyText).toBe('full address:s:10.0.0.5\r\npassword 51:b:<password>\r\n');
  });
});

describe('Anonymizer', () => {
  it('replaces the base host, other hosts in URLs and of the same domain, and IPv4 addresses, consistently', () => {
    const a = new Anonymizer('pvwa01.corp.acme.net', 'pvwa.example.com');
    expect(a.text('https://pvwa01.corp.acme.net/PasswordVault')).toBe('https://pvwa.example.com/PasswordVault');
    expect(a.text('{"PSMGWURL":"https://psmgw.corp.acme.net:8443/guac"}')).toBe('{"PSMGWURL":"https://host-1.example.com:8443/guac"}');
    expect(a.text('srv-app01.acme.net and psmgw.corp.acme.net')).toBe('host-2.example.com and host-1.example.com');
    expect(a.text('from 10.1.2.3 to 10.1.2.4, again 10.1.2.3')).toBe('from 192.0.2.1 to 192.0.2.2, again 192.0.2.1');
    expect(a.text('PVWA01.CORP.ACME.NET')).toBe('pvwa.example.com');
  });
});

describe('recorded bodies', () => {
  const bytes = (/** @type {string} */ s) => new TextEncoder().encode(s);
  it('keeps JSON labelled JSON as a value, other text as text, bytes as base64', () => {
    expect(bodyFields(bytes('{"a":1}'), 'application/json; charset=utf-8')).toEqual({ body: { a: 1 } });
    expect(bodyFields(bytes('{"ErrorCode":"X"}'), 'text/html; charset=utf-8')).toEqual({ bodyText: '{"ErrorCode":"X"}' });
    expect(bodyFields(bytes('{"Reason":{"Text":"a "quoted" b"}}'), 'application/json')).toEqual({ bodyText: '{"Reason":{"Text":"a "quoted" b"}}' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('full address:s:x\r\n', 'utf16le')]);
    expect(bodyFields(utf16, 'application/octet-stream')).toEqual({ bodyBase64: utf16.toString('base64') });
    expect(bodyFields(new Uint8Array(), 'application/json')).toEqual({});
  });
  it('makes paths relative to the base URL, query kept', () => {
    const base = new URL('https://pvwa.example.com/PasswordVault');
    expect(relativePath(new URL('https://pvwa.example.com/PasswordVault/API/LiveSessions?Search=a%20b'), base)).toBe('/API/LiveSessions?Search=a%20b');
    expect(relativePath(new URL('https://s.example.com:8443/SentinelRESTServices/x'), new URL('https://s.example.com:8443'))).toBe('/SentinelRESTServices/x');
  });
});
