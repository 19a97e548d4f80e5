/** Response-body helpers used by the transport: bounded reads and error mapping while streaming. */

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
  if (!res.body) return null;
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (total < limit) {
    const { done, value } = await reader.read();
    if (done) return concat(chunks, total);
    chunks.push(value);
    total += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  return concat(chunks, total).subarray(0, limit);
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
 * (the transport clears its timer there); read errors reach the consumer as `mapError(err)`; and a body
 * over `maxBytes` fails with `tooLarge()` and the connection is cancelled.
 */
export function guardBody(
  res: Response,
  opts: { onEnd: () => void; mapError: (err: unknown) => unknown; maxBytes?: number | undefined; tooLarge: () => Error },
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
        if (opts.maxBytes !== undefined && total > opts.maxBytes) {
          end();
          reader.cancel().catch(() => undefined);
          controller.error(opts.tooLarge());
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
  return copyResponse(res, body);
}
