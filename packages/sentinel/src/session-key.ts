/** The `{SessionKey}` of a user session: the last path segment of its `meta.@href` (the spec: take it from there). */
import { isRecord } from '@session-apis/client-runtime';
import { invalid } from '@session-apis/client-runtime/internal';

/**
 * `sessionKeyOf(session)` or `sessionKeyOf(session.meta['@href'])` →
 * `'5C7E2F9A1B3D4E6F8091A2B3C4D5E6F7'` for `https://…/SentinelRESTServices/objects/user-session/5C7E2F9A1B3D4E6F8091A2B3C4D5E6F7`.
 * Throws InvalidInputError (field `meta.@href`) when there is no such URL.
 */
export function sessionKeyOf(session: { meta: { '@href': string } } | string): string {
  const meta: unknown = typeof session === 'string' ? undefined : isRecord(session) ? session.meta : undefined;
  const href: unknown = typeof session === 'string' ? session : isRecord(meta) ? meta['@href'] : undefined;
  if (typeof href !== 'string' || href === '') invalid('meta.@href', 'required', 'the session has no meta.@href URL');
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return invalid('meta.@href', 'absolute-url', 'meta.@href is not an absolute URL');
  }
  const segment = url.pathname.split('/').filter((s) => s !== '').pop();
  if (segment === undefined) invalid('meta.@href', 'session-key', 'meta.@href has no path segment to take the key from');
  return decodeURIComponent(segment);
}
