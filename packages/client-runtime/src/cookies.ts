/**
 * A cookie jar for clients that run outside a browser (a browser keeps cookies itself). PVWA sets session
 * cookies at logon; behind a load balancer they pin the session to the node that issued the token, and a
 * RADIUS challenge must be answered with them. Parsing, domain/path/expiry matching and `Secure` handling are
 * tough-cookie's (RFC 6265), not ours. Exported from `@session-apis/client-runtime/node` only, so a browser
 * bundle never includes it.
 */
import { CookieJar as ToughCookieJar } from 'tough-cookie';

/** What a client needs from a jar; `createCookieJar()` makes one, and any object of this shape will do. */
export interface CookieJar {
  /** The `Cookie` header value to send to `url`, or `undefined` when no cookie applies. */
  cookieHeader(url: string): Promise<string | undefined>;
  /** Keeps the `Set-Cookie` header values of a response from `url` (invalid ones are ignored, as browsers do). */
  store(url: string, setCookies: readonly string[]): Promise<void>;
  /** Forgets every cookie (e.g. at logoff). */
  clear(): Promise<void>;
  /** The values of the cookies held now, to scrub from messages and logs. */
  secrets(): string[];
}

/**
 * An in-memory jar. `Secure` cookies are sent over https only — and to `localhost`/loopback over http, as
 * browsers do (tough-cookie's `allowSecureOnLocal`), which keeps local test servers working.
 */
export function createCookieJar(): CookieJar {
  const jar = new ToughCookieJar(undefined, { allowSecureOnLocal: true, rejectPublicSuffixes: true });
  return {
    async cookieHeader(url) {
      const header = await jar.getCookieString(url);
      return header === '' ? undefined : header;
    },
    async store(url, setCookies) {
      for (const header of setCookies) {
        // ignoreError: one malformed or foreign-domain cookie must not fail the response that carried it.
        await jar.setCookie(header, url, { ignoreError: true });
      }
    },
    async clear() {
      await jar.removeAllCookies();
    },
    secrets() {
      const values: string[] = [];
      // The default MemoryCookieStore is synchronous, so the serialized form is available without awaiting.
      for (const cookie of jar.serializeSync()?.cookies ?? []) {
        if (typeof cookie.value === 'string' && cookie.value !== '') values.push(cookie.value);
      }
      return values;
    },
  };
}
