// Fetch stand-ins handed to a client as its `fetch` option. Typed structurally, so the kit needs no client package.
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** One request as a recording fetch sent it (after the client set its headers). */
export interface Sent {
  method: string;
  /** Path and query. */
  url: string;
  /** The whole URL. */
  href: string;
  authorization: string | null;
  accept: string | null;
  /** The Prefer header the recorder added, if any. */
  prefer: string | undefined;
  body: string;
}

/**
 * A fetch that records each outgoing request and then sends it with `inner` (the global fetch by default);
 * `prefer` may add a `Prefer` header per request (Prism picks its response by it).
 */
export function recordingFetch(
  options: { inner?: FetchLike; prefer?: (req: Request) => string | undefined } = {},
): FetchLike & { sent: Sent[] } {
  const sent: Sent[] = [];
  const inner = options.inner ?? ((req, init) => fetch(req, init));
  const fetchFn = async (input: Request, init?: RequestInit) => {
    const request = new Request(input);
    const prefer = options.prefer?.(request);
    if (prefer) request.headers.set('Prefer', prefer);
    const u = new URL(request.url);
    sent.push({
      method: request.method,
      url: u.pathname + u.search,
      href: request.url,
      authorization: request.headers.get('authorization'),
      accept: request.headers.get('accept'),
      prefer,
      body: request.body ? await request.clone().text() : '',
    });
    return inner(request, init);
  };
  return Object.assign(fetchFn, { sent });
}

/** A fetch that must never be called ("fails before the network"): it counts the calls and throws. */
export function forbiddenFetch(): FetchLike & { calls: number } {
  const f = Object.assign(
    async (_input: Request, _init?: RequestInit): Promise<Response> => {
      f.calls++;
      throw new Error('the network was reached');
    },
    { calls: 0 },
  );
  return f;
}

/** A fetch that removes the Authorization header (to make a server's security check fail with the real client). */
export const withoutAuthorization: FetchLike = (input, init) => {
  const request = new Request(input);
  request.headers.delete('authorization');
  return fetch(request, init);
};

/** A fetch that adds `Prefer` to every request (Prism picks the response by it). */
export function preferring(prefer: string): FetchLike {
  return (input, init) => {
    const request = new Request(input);
    request.headers.set('Prefer', prefer);
    return fetch(request, init);
  };
}
