import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACTED, Secret, redact, safeUrl, scrubUrls } from '../src/index.js';
import { CANARY_PASSWORD, CANARY_TOKEN } from '@session-apis/test-kit';

describe('redact', () => {
  it('replaces every occurrence of every secret, longest first', () => {
    const text = `Authorization: ${CANARY_TOKEN}; again ${CANARY_TOKEN}; pw=${CANARY_PASSWORD}`;
    expect(redact(text, [CANARY_TOKEN, CANARY_PASSWORD])).toBe(`Authorization: ${REDACTED}; again ${REDACTED}; pw=${REDACTED}`);
    expect(redact('abcdef', ['abc', 'abcdef'])).toBe(REDACTED);
  });

  it('also replaces the URL-encoded form of a secret', () => {
    expect(redact('https://h/p?pw=p%40ss%2Fw', ['p@ss/w'])).toBe(`https://h/p?pw=${REDACTED}`);
  });

  it('treats regex characters in secrets literally and ignores empty secrets', () => {
    expect(redact('a.b a+b (x)', ['a.b', '(x)', ''])).toBe(`${REDACTED} a+b ${REDACTED}`);
  });

  it('property: no secret survives in any text', () => {
    const secret = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !REDACTED.includes(s));
    fc.assert(
      fc.property(fc.array(secret, { minLength: 1, maxLength: 4 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 6 }), (secrets, filler) => {
        // Interleave the secrets with arbitrary text, so they also meet each other and the filler.
        const text = filler.flatMap((f, i) => [f, secrets[i % secrets.length] ?? '']).join('') + secrets.join('');
        const out = redact(text, secrets);
        for (const s of secrets) expect(out).not.toContain(s);
      }),
      { numRuns: 500 },
    );
  });

  it('property: text without secrets is unchanged', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        expect(redact(text, ['\u0000NEVER\u0000'])).toBe(text);
      }),
    );
  });
});

describe('safeUrl / scrubUrls', () => {
  it('drops userinfo, query and fragment', () => {
    expect(safeUrl(`https://admin:${CANARY_PASSWORD}@pvwa.example/PasswordVault/API/x?token=${CANARY_TOKEN}#f`)).toBe(
      'https://pvwa.example/PasswordVault/API/x',
    );
  });

  it('scrubs URLs inside free text', () => {
    const text = `connect to https://u:${CANARY_PASSWORD}@h.example:8443/a/b?t=${CANARY_TOKEN} failed (ECONNRESET)`;
    const out = scrubUrls(text);
    expect(out).toBe('connect to https://h.example:8443/a/b failed (ECONNRESET)');
  });
});

describe('Secret', () => {
  it('prints as [redacted] everywhere and reveals on request', () => {
    const s = new Secret(CANARY_PASSWORD);
    expect(String(s)).toBe(REDACTED);
    expect(`${s}`).toBe(REDACTED);
    expect(JSON.stringify({ password: s })).toBe(`{"password":"${REDACTED}"}`);
    expect(inspect({ s }, { showHidden: true, depth: 5 })).not.toContain(CANARY_PASSWORD);
    expect(s.reveal()).toBe(CANARY_PASSWORD);
  });
});
