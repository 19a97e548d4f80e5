/** The text that replaces every secret. */
export const REDACTED = '[redacted]';

/**
 * Replaces every occurrence of every secret in `text` with `[redacted]`.
 * Also catches the URL-encoded form of each secret (tokens end up in query strings).
 * Empty secrets, and secrets that are part of the marker itself, are ignored: redacting them
 * would loop forever and reveals nothing.
 */
export function redact(text: string, secrets: Iterable<string>): string {
  const variants = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret === '' || REDACTED.includes(secret)) continue;
    variants.add(secret);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) variants.add(encoded);
  }
  if (variants.size === 0) return text;
  // Longest first, so a secret that contains another is replaced whole.
  const pattern = new RegExp([...variants].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
  // A replacement can meet its neighbours and spell a secret again ("[redacted]" + "x" = "d]x"):
  // repeat until nothing changes (a handful of passes at most in practice).
  let out = text;
  for (let pass = 0; pass < 16; pass++) {
    const next = out.replace(pattern, REDACTED);
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * Removes what URLs inside free text may carry secretly: `user:password@` and query strings
 * (`?token=...`). Used on messages we did not write ourselves (e.g. an undici error's message).
 */
export function scrubUrls(text: string): string {
  return text
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#"'<>]*@/gi, '$1')
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s?#"'<>]*)\?[^\s#"'<>]*/gi, '$1');
}

/** `https://host/path` — the URL without userinfo, query string or fragment. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return scrubUrls(url);
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

const inspect = Symbol.for('nodejs.util.inspect.custom');

/**
 * Holds a secret so that it does not leak by accident: `String(s)`, template literals,
 * `JSON.stringify` and `util.inspect` all print `[redacted]`. Call `reveal()` where the value is needed.
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): '[redacted]' {
    return REDACTED;
  }
  toJSON(): '[redacted]' {
    return REDACTED;
  }
  [inspect](): string {
    return `Secret ${REDACTED}`;
  }
}
