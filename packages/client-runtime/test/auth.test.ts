import { describe, expect, it } from 'vitest';
import { sessionAuth, staticToken } from '../src/index.js';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('staticToken', () => {
  it('formats the token and cannot refresh', async () => {
    const auth = staticToken('abc', (t) => `X-SAML ${t}`);
    expect(await auth.authorization()).toBe('X-SAML abc');
    expect(await auth.refresh('X-SAML abc')).toBe(false);
  });

  it('forgets the token after clear(): no header, no current token', async () => {
    const auth = staticToken('abc', (t) => `X-SAML ${t}`);
    expect(auth.current()).toBe('abc');
    auth.clear();
    expect(await auth.authorization()).toBeUndefined();
    expect(auth.current()).toBeUndefined();
  });
});

describe('sessionAuth', () => {
  it('logs on lazily, once, for concurrent first calls', async () => {
    let logons = 0;
    const gate = deferred<string>();
    const auth = sessionAuth({ logon: () => (logons++, gate.promise), format: (t) => t });
    expect(auth.current()).toBeUndefined();
    const pending = Promise.all([auth.authorization(), auth.authorization(), auth.authorization()]);
    gate.resolve('tok-1');
    expect(await pending).toEqual(['tok-1', 'tok-1', 'tok-1']);
    expect(await auth.authorization()).toBe('tok-1');
    expect(logons).toBe(1);
    expect(auth.current()).toBe('tok-1');
  });

  it('refresh after concurrent 401s logs on once; a stale rejection reuses the new token', async () => {
    let n = 0;
    const auth = sessionAuth({ logon: async () => `tok-${++n}`, format: (t) => `X-SAML ${t}` });
    expect(await auth.authorization()).toBe('X-SAML tok-1');
    const results = await Promise.all([auth.refresh('X-SAML tok-1'), auth.refresh('X-SAML tok-1'), auth.refresh('X-SAML tok-1')]);
    expect(results).toEqual([true, true, true]);
    expect(n).toBe(2);
    // A request that was sent with tok-1 and comes back late: no third logon.
    expect(await auth.refresh('X-SAML tok-1')).toBe(true);
    expect(n).toBe(2);
    expect(await auth.authorization()).toBe('X-SAML tok-2');
  });

  it('a failed logon rejects every waiter, leaves no token, and the next call tries again', async () => {
    let n = 0;
    const auth = sessionAuth({
      logon: async () => {
        n++;
        if (n === 1) throw new Error('logon refused');
        return 'tok-ok';
      },
      format: (t) => t,
    });
    const results = await Promise.allSettled([auth.authorization(), auth.authorization()]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(n).toBe(1);
    expect(auth.current()).toBeUndefined();
    expect(await auth.authorization()).toBe('tok-ok');
  });

  it('a waiter whose signal aborts stops waiting without failing the shared logon', async () => {
    const gate = deferred<string>();
    const auth = sessionAuth({ logon: () => gate.promise, format: (t) => t });
    const ac = new AbortController();
    const reason = new Error('caller gave up');
    const aborted = auth.authorization(ac.signal);
    const other = auth.authorization();
    ac.abort(reason);
    await expect(aborted).rejects.toBe(reason);
    gate.resolve('tok');
    expect(await other).toBe('tok');
  });

  it('clear() forces a new logon', async () => {
    let n = 0;
    const auth = sessionAuth({ logon: async () => `t${++n}`, format: (t) => t });
    await auth.authorization();
    auth.clear();
    expect(await auth.authorization()).toBe('t2');
  });
});
