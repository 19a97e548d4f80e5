/** Sentinel's two Authorization forms: `X-SAML <token>` on every call, HTTP Basic for the token request only. */

/** `Authorization: X-SAML <token>` — the header type Sentinel requires [vendor]. */
export const xSaml = (token: string): string => `X-SAML ${token}`;

/**
 * `Basic base64(username:password)`, UTF-8 encoded first (RFC 7617 `charset="UTF-8"`), so non-ASCII
 * passwords are sent as their UTF-8 bytes. Uses TextEncoder + btoa (not Buffer) to run in browsers too.
 */
export function basicAuthorization(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
