/** Compile-time contract (vitest typecheck): the generated types reach callers of both API levels. */
import { describe, expectTypeOf, it } from 'vitest';
import {
  type AuthToken,
  type Fault,
  type SentinelClient,
  type SentinelHttpError,
  type SessionType,
  type UserSession,
  type UserSessionPage,
  type UserSessionUpdate,
  createSentinelClient,
  isVendorError,
} from '../src/index.js';

declare const client: SentinelClient;

describe('low-level typed calls', () => {
  it('a missing path parameter does not compile', () => {
    // @ts-expect-error params.path.SessionKey is required
    void client.GET('/SentinelRESTServices/objects/user-session/{SessionKey}', {});
    // @ts-expect-error params.path is required
    void client.DELETE('/SentinelRESTServices/objects/user-session/{SessionKey}');
    void client.GET('/SentinelRESTServices/objects/user-session/{SessionKey}', { params: { path: { SessionKey: 'k' } } });
  });

  it('a required query parameter cannot be left out', () => {
    // @ts-expect-error httpMethod is required
    void client.GET('/SentinelRESTServices/preauthorize', { params: { query: { path: '/objects/user-session' } } });
  });

  it('wrongly typed bodies and queries do not compile', () => {
    void client.PUT('/SentinelRESTServices/objects/user-session/{SessionKey}', {
      params: { path: { SessionKey: 'k' } },
      // @ts-expect-error session-type is 'HTTP' | 'LEGACY'
      body: { 'session-type': 'WEB' },
    });
    void client.PUT('/SentinelRESTServices/objects/user-session/{SessionKey}', {
      params: { path: { SessionKey: 'k' } },
      // @ts-expect-error name is a string
      body: { name: 42 },
    });
    // @ts-expect-error the PUT body is required
    void client.PUT('/SentinelRESTServices/objects/user-session/{SessionKey}', { params: { path: { SessionKey: 'k' } } });
    // @ts-expect-error pagesize is a number
    void client.GET('/SentinelRESTServices/objects/user-session', { params: { query: { pagesize: '10' } } });
    // @ts-expect-error no such path in the spec
    void client.GET('/SentinelRESTServices/objects/user');
  });

  it('results carry the generated types', async () => {
    const page = await client.GET('/SentinelRESTServices/objects/user-session');
    expectTypeOf(page.data).toEqualTypeOf<UserSessionPage | undefined>();
    expectTypeOf(page.error).toEqualTypeOf<Fault | string | undefined>(); // raw text when the fault is not JSON
    const token = await client.POST('/SentinelAuthServices/auth/tokens');
    expectTypeOf(token.data).toEqualTypeOf<AuthToken | undefined>();
  });
});

describe('high-level methods', () => {
  it('are precisely typed', () => {
    expectTypeOf(client.getUserSession).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(client.getUserSession).returns.toEqualTypeOf<Promise<UserSession>>();
    expectTypeOf(client.listUserSessions).returns.toEqualTypeOf<Promise<UserSessionPage>>();
    expectTypeOf(client.updateUserSession).parameter(1).toEqualTypeOf<UserSessionUpdate>();
    expectTypeOf(client.updateUserSession).returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf(client.deleteUserSession).returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf(client.preauthorize).returns.toEqualTypeOf<Promise<boolean>>();
    expectTypeOf(client.getToken).returns.toEqualTypeOf<Promise<string>>();
    expectTypeOf(client.userSessions).returns.toEqualTypeOf<AsyncGenerator<UserSession, void, undefined>>();
  });

  it('keep the vendor’s hyphenated property names', async () => {
    const s = await client.getUserSession('k');
    // Open on reading: the vendor's own sample answers a session-type outside HTTP | LEGACY.
    expectTypeOf(s['session-type']).toEqualTypeOf<string | undefined>();
    // Closed on writing (PUT keeps the enum).
    expectTypeOf<UserSessionUpdate['session-type']>().toEqualTypeOf<SessionType | undefined>();
    expectTypeOf(s['os-name']).toEqualTypeOf<string | undefined>();
    expectTypeOf(s.meta['@href']).toEqualTypeOf<string>();
    // @ts-expect-error no renaming layer: there is no camelCase sessionType
    void s.sessionType;
  });

  it('reject wrong arguments at compile time', () => {
    // @ts-expect-error session-type must be HTTP or LEGACY
    void client.updateUserSession('k', { 'session-type': 'WEB' });
    // @ts-expect-error page is not an iterator option (it follows next from page 1)
    void client.userSessions({ page: 2 });
    // @ts-expect-error pagesize is a number
    void client.listUserSessions({ pagesize: '5' });
    // @ts-expect-error the session key is required
    void client.getUserSession();
  });

  it('options: exactly one of token or credentials', () => {
    createSentinelClient({ baseUrl: 'https://h:8443', token: 't' });
    createSentinelClient({ baseUrl: 'https://h:8443', credentials: { username: 'u', password: 'p' } });
    // @ts-expect-error both
    createSentinelClient({ baseUrl: 'https://h:8443', token: 't', credentials: { username: 'u', password: 'p' } });
    // @ts-expect-error neither
    createSentinelClient({ baseUrl: 'https://h:8443' });
  });

  it('isVendorError narrows vendorError to the generated Fault', () => {
    const err: unknown = new Error();
    if (isVendorError(err)) {
      expectTypeOf(err).toMatchTypeOf<SentinelHttpError>();
      expectTypeOf(err.vendorError).toEqualTypeOf<Fault>();
      expectTypeOf(err.vendorError.Code.Value).toEqualTypeOf<'Sender' | 'Receiver'>();
    }
  });
});
