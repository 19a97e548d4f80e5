// @ts-check
// Nothing secret leaves a conformance run. Two layers: (1) structural — Authorization, Cookie and Set-Cookie
// values, password and token fields of JSON bodies, RDP password lines become placeholders (<token>, <password>,
// <cookie>, as in specs/EXCHANGES.md); (2) by value — every secret the run knows (passwords and tokens from the
// environment, tokens and cookies the server handed out, and Basic credentials; in every encoding, by the clients'
// own redact()) is replaced
// wherever it still appears, including paths (Sentinel's token deletion puts the token in the URL), violation
// messages and terminal lines. `--anonymize` then replaces host names and IPv4 addresses.

import { REDACTED, redact } from '@session-apis/client-runtime';

/** @typedef {import('./validate.mjs').Exchange} Exchange */

const SECRET_FIELD = /^(token|tokendigest|password|newpassword|psmgwrequest|sessiontoken|access_?token|refresh_?token)$/i;

/** A set of secret values, and a scrubber for text. Short values (< 4 chars) are ignored: they would erase
 * ordinary words, and no real token or password of these APIs is that short. */
export class Secrets {
  /** @type {Set<string>} */
  #values = new Set();

  /** @param {...(string | undefined | null)} values */
  add(...values) {
    for (const v of values) {
      if (typeof v !== 'string' || v.length < 4) continue;
      this.#values.add(v); // raw: the runtime's redact() finds every encoding a server may echo
    }
  }

  /** HTTP Basic: the base64 of user:password is as secret as the password. @param {string} user @param {string} password */
  addBasic(user, password) {
    this.add(Buffer.from(`${user}:${password}`).toString('base64'));
  }

  /** Learns the secrets in an exchange: the Authorization value, cookies set or sent, token fields of bodies. @param {Exchange} exchange */
  learn(exchange) {
    const auth = headerValues(exchange.request.headers, 'authorization').join(', ');
    if (auth) this.add(auth, auth.replace(/^[A-Za-z][\w-]* /, ''));
    for (const cookie of headerValues(exchange.request.headers, 'cookie')) {
      for (const pair of String(cookie).split(';')) this.add(pair.split('=').slice(1).join('=').trim());
    }
    for (const set of headerValues(exchange.response.headers, 'set-cookie')) {
      this.add((set.split(';')[0] ?? '').split('=').slice(1).join('=').trim());
    }
    for (const body of [exchange.request.body, exchange.response.body]) collectSecretFields(body, this);
    // PVWA's logon answer is the token itself, as a bare JSON string.
    if (/\/logon\/?$/i.test(exchange.request.path.split('?')[0] ?? '') && typeof exchange.response.body === 'string') {
      this.add(exchange.response.body);
    }
  }

  /** @param {string} text */
  scrub(text) {
    // The clients' own redaction: raw, URL- and form-encoded, JSON- and HTML-escaped, base64 — one implementation.
    return redact(text, this.#values).replaceAll(REDACTED, '<redacted>');
  }

  /** @param {string} text */
  contains(text) {
    return redact(text, this.#values) !== text;
  }
}

/** @param {Record<string, unknown> | undefined} headers @param {string} name @returns {string[]} */
function headerValues(headers, name) {
  const entry = Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === name);
  if (!entry) return [];
  return Array.isArray(entry[1]) ? entry[1].map(String) : [String(entry[1])];
}

/** @param {unknown} value @param {Secrets} secrets */
function collectSecretFields(value, secrets) {
  if (Array.isArray(value)) value.forEach((v) => collectSecretFields(v, secrets));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (SECRET_FIELD.test(k) && typeof v === 'string') secrets.add(v);
      else collectSecretFields(v, secrets);
    }
  }
}

/** @param {unknown} value @returns {unknown} */
function redactFields(value) {
  if (Array.isArray(value)) return value.map(redactFields);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        SECRET_FIELD.test(k) && typeof v === 'string' ? (/password/i.test(k) ? '<password>' : '<token>') : redactFields(v),
      ]),
    );
  }
  return value;
}

/** Deep string map. @param {unknown} value @param {(s: string) => string} fn @returns {any} */
export function mapStrings(value, fn) {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [fn(k), mapStrings(v, fn)]));
  }
  return value;
}

/** @param {string} value */
const cookiePlaceholders = (value) =>
  value
    .split(';')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => `${pair.split('=')[0]}=<cookie>`)
    .join('; ');

/** @param {string} value  `name=value; Path=/; Secure` → `name=<cookie>; Path=/; Secure` */
const setCookiePlaceholder = (value) => {
  const [first = '', ...attributes] = value.split(';');
  return [`${first.split('=')[0]?.trim()}=<cookie>`, ...attributes.map((a) => a.trim())].join('; ');
};

/**
 * A copy of the exchange with every credential replaced by a placeholder.
 * @param {Exchange} exchange @param {Secrets} secrets
 * @returns {Exchange}
 */
export function redactExchange(exchange, secrets) {
  const copy = /** @type {Exchange} */ (structuredClone(exchange));
  const reqHeaders = /** @type {Record<string, unknown>} */ (copy.request.headers ?? {});
  for (const name of Object.keys(reqHeaders)) {
    const lower = name.toLowerCase();
    const value = String(reqHeaders[name]);
    if (lower === 'authorization') {
      const scheme = /^([A-Za-z][\w-]*) /.exec(value)?.[1];
      reqHeaders[name] = scheme === 'Basic' ? 'Basic <password>' : scheme && scheme !== value ? `${scheme} <token>` : '<token>';
    } else if (lower === 'cookie') reqHeaders[name] = cookiePlaceholders(value);
  }
  const resHeaders = /** @type {Record<string, unknown>} */ (copy.response.headers ?? {});
  for (const name of Object.keys(resHeaders)) {
    if (name.toLowerCase() !== 'set-cookie') continue;
    const value = resHeaders[name];
    resHeaders[name] = Array.isArray(value) ? value.map((v) => setCookiePlaceholder(String(v))) : setCookiePlaceholder(String(value));
  }
  for (const part of [copy.request, copy.response]) {
    if (part.body !== undefined) part.body = redactFields(part.body);
    // RDP files may carry a password line (`password 51:b:<hex>`).
    if (typeof part.bodyText === 'string') part.bodyText = part.bodyText.replace(/^(password 51:b:).*$/gim, '$1<password>');
  }
  // The logon answer of PVWA is the token as a bare JSON string.
  if (typeof copy.response.body === 'string' && secrets.contains(copy.response.body)) copy.response.body = '<token>';
  const scrubbed = mapStrings(copy, (s) => secrets.scrub(s));
  // A secret inside a path: the placeholder the exchange format uses.
  scrubbed.request.path = scrubbed.request.path.replaceAll('<redacted>', '<token>');
  return scrubbed;
}

/**
 * Replaces host names and IPv4 addresses, consistently within one run: the base URL's host becomes `baseHost`
 * (the spec's own example host), any other host in a URL or under the same domain `host-N.example.com`, IPv4
 * addresses `192.0.2.N` (TEST-NET-1).
 */
export class Anonymizer {
  /** @type {Map<string, string>} */
  #hosts = new Map();
  /** @type {Map<string, string>} */
  #ips = new Map();
  #domain;

  /** @param {string} realHost @param {string} baseHost */
  constructor(realHost, baseHost) {
    this.#hosts.set(realHost.toLowerCase(), baseHost);
    const labels = realHost.toLowerCase().split('.');
    // The organisation's domain (last two labels) of a named host: other machines under it are theirs too.
    this.#domain = labels.length > 2 && !/^\d+$/.test(labels.at(-1) ?? '') ? labels.slice(-2).join('.') : null;
  }

  /** @param {string} host */
  #host(host) {
    const key = host.toLowerCase();
    let out = this.#hosts.get(key);
    if (!out) {
      out = /^\d{1,3}(\.\d{1,3}){3}$/.test(key) ? this.#ip(key) : `host-${this.#hosts.size}.example.com`;
      this.#hosts.set(key, out);
    }
    return out;
  }

  /** @param {string} ip */
  #ip(ip) {
    let out = this.#ips.get(ip);
    if (!out) {
      out = `192.0.2.${(this.#ips.size % 254) + 1}`;
      this.#ips.set(ip, out);
    }
    return out;
  }

  /** @param {string} text */
  text(text) {
    let out = text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)([^/:?#\s"'<>]+)/gi, (_, scheme, host) => `${scheme}${this.#host(host)}`);
    for (const [real, fake] of this.#hosts) {
      if (!/^\d/.test(real)) out = out.replace(new RegExp(`\\b${real.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi'), fake);
    }
    if (this.#domain) {
      const domain = this.#domain.replace(/\./g, '\\.');
      out = out.replace(new RegExp(`\\b([a-z0-9-]+\\.)+${domain}\\b`, 'gi'), (host) => this.#host(host));
    }
    out = out.replace(/\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b/g, (ip) =>
      ip.startsWith('192.0.2.') || ip === '127.0.0.1' ? ip : this.#ip(ip),
    );
    return out;
  }
}
