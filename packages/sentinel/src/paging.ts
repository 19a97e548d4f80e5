/**
 * Iterating the `user-session` collection across pages by following the server's `next` URLs.
 * The server's URLs are absolute; they are followed only on the client's own origin (the request carries
 * the token). The runtime's `pagingGuard` ends an iteration whose pages would never end: an empty page that
 * links onward, a page URL already read (a loop), or more than `maxPages` pages.
 */
import { InvalidResponseError, type PagingLimits, pagingGuard, scrubUrls } from '@session-apis/client-runtime';
import type { components } from './generated/schema.js';

type UserSession = components['schemas']['UserSession'];
type UserSessionPage = components['schemas']['UserSessionPage'];

export interface FetchedPage {
  page: UserSessionPage;
  /** The URL the page was requested from (its key for the guard; `next` may be relative to it). */
  url: string;
  /** How the transport redacts what it quotes of this answer (`scrubFor(response)`): the token, passwords. */
  scrub?: (text: string) => string;
}

export interface PageSource {
  /** The first page, from the query. */
  first(): Promise<FetchedPage>;
  /** A page at a `next` URL already checked to be on the client's origin. */
  follow(url: URL): Promise<FetchedPage>;
}

/**
 * Yields every object of every page. Lazy: a page is requested only when the consumer wants an item past
 * the previous one, so `break` sends nothing more. `signal` is checked before each item and each request.
 */
export async function* iterateUserSessions(
  source: PageSource,
  origin: string,
  signal: AbortSignal | undefined,
  limits: PagingLimits,
): AsyncGenerator<UserSession, void, undefined> {
  signal?.throwIfAborted();
  // A PagingError quotes the page's URL, which the server chose (a looping `next` may echo the token): it is
  // redacted as the transport redacts that page's answer.
  let scrub = scrubUrls;
  const guard = pagingGuard({ ...limits, scrub: limits.scrub ?? ((text) => scrub(text)) });
  let { page, url, scrub: pageScrub } = await source.first();
  for (let n = 1; ; n++) {
    scrub = pageScrub ?? scrubUrls;
    const next = page.next === undefined || page.next === null || page.next === '' ? undefined : page.next;
    guard({ key: url, items: page.objects.length, hasNext: next !== undefined });
    for (const session of page.objects) {
      signal?.throwIfAborted();
      yield session;
    }
    if (next === undefined) return;
    signal?.throwIfAborted();
    ({ page, url, scrub: pageScrub } = await source.follow(resolveNext(next, url, origin, n)));
  }
}

/** The `next` URL, resolved against the page's own URL, if it stays on `origin`. */
function resolveNext(next: unknown, pageUrl: string, origin: string, n: number): URL {
  if (typeof next !== 'string') throw new InvalidResponseError(`user-session page ${n}: next is not a URL string`);
  let url: URL;
  try {
    url = new URL(next, pageUrl);
  } catch {
    throw new InvalidResponseError(`user-session page ${n}: next is not a valid URL`);
  }
  if (url.origin !== origin) {
    // Following it would send the X-SAML token to another server.
    throw new InvalidResponseError(
      `user-session page ${n}: next URL is on another origin (${url.origin}, not ${origin}); refusing to send the token there`,
    );
  }
  return url;
}

/** Checks the one thing paging relies on: `objects` is an array. */
export function checkPage(page: unknown): UserSessionPage {
  if (typeof page !== 'object' || page === null || !Array.isArray((page as { objects?: unknown }).objects)) {
    throw new InvalidResponseError('GET …/objects/user-session → 2xx: the body is not a page (no objects array)');
  }
  return page as UserSessionPage;
}
