/** Response-body helpers used by the transport: bounded reads, bodies served from bytes, error mapping while streaming. */

/** A copy of `res` with another body, keeping status, headers, `url` and `redirected`. */
export function copyResponse(res: Response, body: BodyInit | null): Response {
  const copy = new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  Object.defineProperties(copy, { url: { value: res.url }, redirected: { value: res.redirected } });
  return copy;
}

/**
 * Reads at most `limit` bytes of the body, then cancels the rest (closing the connection instead of
 * downloading a 50 MB error page). Errors while reading are thrown.
 */
export async function readCapped(res: Response, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const read = await readUpTo(res, limit);
  return read && concat(read.chunks, read.total).subarray(0, limit);
}

/**
 * The whole body, or `tooLarge()` thrown as soon as more than `maxBytes` arrived (the rest is cancelled and
 * nothing is copied). Bytes are counted as the stream delivers them, i.e. after decompression.
 */
export async function readWhole(res: Response, maxBytes: number, tooLarge: () => Error): Promise<Uint8Array<ArrayBuffer> | ArrayBuffer | null> {
  if (res.body === null) return null;
  // Known length, not compressed, within the cap: the built-in read is the fastest (the hot path of small JSON).
  if (!res.headers.has('content-encoding') && Number(res.headers.get('content-length') ?? NaN) <= maxBytes) {
    const buffer = await res.arrayBuffer();
    if (buffer.byteLength > maxBytes) throw tooLarge(); // a custom fetch's Content-Length need not be true
    return buffer;
  }
  const read = await readUpTo(res, maxBytes + 1);
  if (read === null) return null;
  if (read.total > maxBytes) throw tooLarge();
  // One chunk (the usual small body): hand it over as is instead of copying it.
  return read.chunks.length === 1 ? (read.chunks[0] as Uint8Array<ArrayBuffer>) : concat(read.chunks, read.total);
}

/** The chunks up to the end or until `limit` bytes arrived (then the rest of the download is cancelled). */
async function readUpTo(res: Response, limit: number): Promise<{ chunks: Uint8Array[]; total: number } | null> {
  if (!res.body) return null;
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (total < limit) {
    const { done, value } = await reader.read();
    if (done) return { chunks, total };
    chunks.push(value);
    total += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  return { chunks, total };
}

function concat(chunks: Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * Wraps a streaming body so that: `onEnd` runs exactly once when it is finished, failed or cancelled
 * (the transport clears its timer there); read errors reach the consumer as `mapError(err)`; and the body
 * fails with `tooLarge(limit)` (the connection cancelled) once it passes `maxBytes` when streamed, or
 * `wholeMaxBytes` when read whole through `json()`, `text()`, `arrayBuffer()`, `blob()`, `bytes()` or
 * `formData()` — so a caller streaming `response.body` is not capped by default, but nobody parses
 * a decompression bomb into memory.
 */
export function guardBody(
  res: Response,
  opts: { onEnd: () => void; mapError: (err: unknown) => unknown; maxBytes: number; wholeMaxBytes: number; tooLarge: (limit: number) => Error },
): Response {
  const source = res.body;
  let ended = false;
  const end = () => {
    if (!ended) {
      ended = true;
      opts.onEnd();
    }
  };
  if (!source) {
    end();
    return res;
  }
  const reader = source.getReader();
  let total = 0;
  const state = { limit: opts.maxBytes, whole: opts.wholeMaxBytes };
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          end();
          controller.close();
          return;
        }
        total += value.byteLength;
        if (total > state.limit) {
          end();
          reader.cancel().catch(() => undefined);
          controller.error(opts.tooLarge(state.limit));
          return;
        }
        controller.enqueue(value);
      } catch (err) {
        end();
        controller.error(opts.mapError(err));
      }
    },
    async cancel(reason) {
      end();
      await reader.cancel(reason).catch(() => undefined);
    },
  });
  const copy = copyResponse(res, body);
  if (state.whole < state.limit) {
    wholeLimits.set(copy, state);
    Object.defineProperties(copy, (wholeReads ??= cappedReads()));
  }
  return copy;
}

const wholeLimits = new WeakMap<Response, { limit: number; whole: number }>();
let wholeReads: PropertyDescriptorMap | undefined;

/** Own-property versions of Response's read-whole methods that lower the stream's limit before reading. */
function cappedReads(): PropertyDescriptorMap {
  const map: PropertyDescriptorMap = {};
  for (const name of ['arrayBuffer', 'blob', 'bytes', 'formData', 'json', 'text'] as const) {
    const original = (Response.prototype as unknown as Record<string, ((this: Response) => Promise<unknown>) | undefined>)[name];
    if (typeof original !== 'function') continue; // bytes() is newer than some runtimes
    map[name] = {
      configurable: true,
      writable: true,
      value(this: Response) {
        const state = wholeLimits.get(this);
        if (state) state.limit = Math.min(state.limit, state.whole);
        return original.call(this);
      },
    };
  }
  return map;
}

/**
 * Makes `res` answer its body reads from `bytes`, already read by the transport under the attempt's timer and
 * caps. The Response that arrived is the one returned (no copy: a new Response costs more than the read);
 * its status, headers, `url` and `redirected` stay its own. `body` is a stream over the bytes, made on first use.
 */
export function serveBytes(res: Response, bytes: Uint8Array | ArrayBuffer | null): Response {
  served.set(res, { bytes, used: false, stream: undefined });
  // Per prototype: a custom fetch (undici's own, createTlsFetch) has another Response class than the global one.
  const proto = Object.getPrototypeOf(res) as Response;
  let servedProto = servedProtos.get(proto);
  if (!servedProto) servedProtos.set(proto, (servedProto = makeServedProto(proto)));
  Object.setPrototypeOf(res, servedProto);
  return res;
}

interface Served {
  bytes: Uint8Array | ArrayBuffer | null;
  used: boolean;
  stream: ReadableStream<Uint8Array> | null | undefined;
}
const served = new WeakMap<Response, Served>();
// One decoder for every body: decode() without `stream` keeps no state between calls, and a new TextDecoder per
// call showed in the profile.
const utf8 = new TextDecoder();
const servedProtos = new WeakMap<Response, Response>();

function makeServedProto(base: Response): Response {
  const state = (res: Response) => served.get(res)!;
  const take = (res: Response) => {
    const s = state(res);
    if (s.used) throw new TypeError('Body is unusable: Body has already been read');
    s.used = true;
    return s.bytes;
  };
  const proto = Object.create(base) as Record<string, unknown>;
  // openapi-fetch reads with json() or text(): those decode the bytes directly; the rarer readers go through a
  // throwaway Response, which gives them the platform's exact behaviour.
  for (const name of ['arrayBuffer', 'blob', 'bytes', 'formData']) {
    if (name in base) {
      proto[name] = async function (this: Response) {
        return (new Response(take(this) as BodyInit | null, { headers: this.headers }) as unknown as Record<string, () => Promise<unknown>>)[name]!();
      };
    }
  }
  proto.text = async function (this: Response) {
    return utf8.decode(take(this) ?? undefined);
  };
  proto.json = async function (this: Response) {
    return JSON.parse(await this.text()) as unknown;
  };
  proto.clone = function (this: Response) {
    if (state(this).used) throw new TypeError('Response.clone: Body has already been consumed.');
    return copyResponse(this, state(this).bytes as BodyInit | null);
  };
  return Object.defineProperties(proto, {
    body: {
      get(this: Response) {
        const s = state(this);
        return s.stream === undefined ? (s.stream = s.bytes && new Response(s.bytes as BodyInit).body) : s.stream;
      },
    },
    bodyUsed: {
      get(this: Response) {
        return state(this).used;
      },
    },
  }) as unknown as Response;
}
