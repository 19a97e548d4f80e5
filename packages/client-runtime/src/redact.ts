/** The text that replaces every secret. */
export const REDACTED = '[redacted]';

/**
 * Replaces every occurrence of every secret in `text` with `[redacted]`, in every encoding a server may echo
 * it in: raw; percent-encoded (`encodeURIComponent`, or form-encoded the .NET way: lower-case hex, `+` for a
 * space — any mix of encoded and plain characters, either hex case); JSON-escaped (`\"`, `\/`, `\u0041`);
 * HTML-escaped (`&quot;`, `&#34;`, `&#x22;`); two of these layered (JSON inside an HTML page); and base64 /
 * base64url at any alignment inside a longer encoded value (e.g. the password inside
 * `Basic base64(user:password)`), itself raw or encoded.
 *
 * How: the text is decoded (one and two layers, `+` read as a space or not) into views that remember which
 * source characters each decoded character came from; each secret is looked up with `indexOf` in every view,
 * and the source ranges found are replaced. Linear in the text, whatever the secrets' length.
 * Empty secrets, and secrets that are part of the marker itself, are ignored: redacting them would loop
 * forever and reveals nothing.
 */
export function redact(text: string, secrets: Iterable<string>): string {
  const forms = formsOf(secrets);
  if (forms.length === 0) return text;
  // A replacement can meet its neighbours and spell a secret again ("[redacted]" + "x" = "d]x"):
  // repeat until nothing changes (a handful of passes at most in practice).
  let out = text;
  for (let pass = 0; pass < 16; pass++) {
    const next = redactOnce(out, forms);
    if (next === out) break;
    out = next;
  }
  return out;
}

// The forms of the last few secret lists (base64 cores cost a little to make; the lists rarely change).
const formCache = new Map<string, string[]>();

function formsOf(secrets: Iterable<string>): string[] {
  const list: string[] = [];
  for (const secret of secrets) {
    if (typeof secret === 'string' && secret !== '' && !REDACTED.includes(secret) && !list.includes(secret)) list.push(secret);
  }
  if (list.length === 0) return list;
  const key = list.join('\u0000');
  let forms = formCache.get(key);
  if (forms === undefined) {
    const set = new Set<string>(list);
    for (const secret of list) {
      for (const core of base64Cores(secret)) set.add(core).add(core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
    forms = [...set];
    if (formCache.size >= 8) formCache.delete(formCache.keys().next().value as string);
    formCache.set(key, forms);
  }
  return forms;
}

/** A decoded view of a text: `text[i]` came from source characters `[starts[i], starts[i + 1])`. */
interface View {
  text: string;
  /** One more entry than `text` has characters: the end of the source. */
  starts: number[];
}

function redactOnce(text: string, forms: string[]): string {
  const ranges: [number, number][] = [];
  const find = (view: string, toSource: (i: number) => number) => {
    for (const form of forms) {
      for (let at = view.indexOf(form); at !== -1; at = view.indexOf(form, at + 1)) {
        ranges.push([toSource(at), toSource(at + form.length)]);
      }
    }
  };
  find(text, (i) => i);
  if (/[%&\\+]/.test(text)) {
    for (const plusIsSpace of text.includes('+') ? [false, true] : [false]) {
      const one = decode({ text, starts: identity(text.length) }, plusIsSpace);
      if (one === undefined) continue;
      find(one.text, (i) => one.starts[i] as number);
      const two = decode(one, plusIsSpace);
      if (two !== undefined) find(two.text, (i) => two.starts[i] as number);
    }
  }
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [from, to] of ranges) {
    if (to <= at) continue; // inside a range already replaced
    out += `${text.slice(at, Math.max(at, from))}${from >= at ? REDACTED : ''}`;
    at = to;
  }
  return out + text.slice(at);
}

function identity(length: number): number[] {
  const out = new Array<number>(length + 1);
  for (let i = 0; i <= length; i++) out[i] = i;
  return out;
}

const ENTITY = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const JSON_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const HEX2 = /%([0-9a-fA-F]{2})/y;
const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

/** One layer of percent, `+`, HTML-entity and JSON-escape decoding; `undefined` when nothing was encoded. */
function decode(view: View, plusIsSpace: boolean): View | undefined {
  const { text, starts } = view;
  let out = '';
  const map: number[] = [];
  let changed = false;
  const emit = (decoded: string, from: number) => {
    for (let k = 0; k < decoded.length; k++) map.push(starts[from] as number);
    out += decoded;
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i] as string;
    if (c === '%') {
      // A run of %XX: decode the bytes as UTF-8, one character (1–4 bytes) at a time.
      const bytes: number[] = [];
      const ends: number[] = [];
      let j = i;
      for (HEX2.lastIndex = j; HEX2.test(text); HEX2.lastIndex = j) {
        bytes.push(parseInt(text.slice(j + 1, j + 3), 16));
        j += 3;
        ends.push(j);
      }
      if (bytes.length > 0) {
        for (let b = 0; b < bytes.length; ) {
          const lead = bytes[b] as number;
          const size = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
          const chunk = utf8Decoder.decode(new Uint8Array(bytes.slice(b, b + size)));
          emit(chunk, b === 0 ? i : (ends[b - 1] as number));
          b += Math.min(size, bytes.length - b);
        }
        changed = true;
        i = j;
        continue;
      }
    } else if (c === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(text);
      if (m) {
        const cp = m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? parseInt(m[2], 16) : -1;
        emit(cp >= 0 ? (cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd') : (ENTITIES[m[3] as string] as string), i);
        changed = true;
        i = ENTITY.lastIndex;
        continue;
      }
    } else if (c === '\\') {
      const next = text[i + 1];
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        emit(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)), i);
        changed = true;
        i += 6;
        continue;
      }
      if (next !== undefined && JSON_ESCAPES[next] !== undefined) {
        emit(JSON_ESCAPES[next] as string, i);
        changed = true;
        i += 2;
        continue;
      }
    } else if (c === '+' && plusIsSpace) {
      emit(' ', i);
      changed = true;
      i++;
      continue;
    }
    emit(c, i);
    i++;
  }
  if (!changed) return undefined;
  map.push(starts[text.length] as number);
  return { text: out, starts: map };
}

/**
 * The base64 characters that encode `secret` alone, for each of the 3 byte alignments it may have inside a
 * longer encoded value (characters that also encode a neighbour byte are left out). Cores shorter than 6
 * characters are dropped (too likely to occur by chance).
 */
function base64Cores(secret: string): string[] {
  if (typeof btoa !== 'function') return [];
  const bytes = utf8.encode(secret);
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    let binary = '\u0000'.repeat(offset);
    for (const byte of bytes) binary += String.fromCharCode(byte);
    const encoded = btoa(binary);
    const core = encoded.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + bytes.length)) / 6));
    if (core.length >= 6) cores.push(core);
  }
  return cores;
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
