/** Supplies the `Authorization` header value; the transport asks it before every attempt. */
export interface AuthProvider {
  /** The header value, logging on first if needed; `undefined` sends no header. */
  authorization(signal?: AbortSignal): Promise<string | undefined>;
  /**
   * Called after a 401 with the header value that was rejected. Resolves `true` when a new credential
   * is ready (the request is sent once more), `false` when there is none to try.
   */
  refresh(rejected: string | undefined): Promise<boolean>;
  /**
   * The header value when it is known without waiting (no logon needed), else `undefined`. Optional: with it the
   * header goes into the Request openapi-fetch builds and that Request is sent as is; without it the transport
   * asks `authorization()` and sends a copy carrying the header.
   */
  peek?(): string | undefined;
}

/**
 * A fixed token (e.g. one the caller got elsewhere). A 401 cannot be fixed by it: refresh says `false`.
 * `clear()` forgets it (e.g. after logoff): later calls go out without Authorization.
 */
export function staticToken(token: string, format: (token: string) => string): SessionAuth {
  const header = format(token);
  let active = true;
  return {
    authorization: async () => (active ? header : undefined),
    refresh: async () => false,
    peek: () => (active ? header : undefined),
    current: () => (active ? token : undefined),
    clear() {
      active = false;
    },
  };
}

export interface SessionAuth extends AuthProvider {
  /** The current token, if logged on. */
  current(): string | undefined;
  /** Forget the token (e.g. after logoff); the next call logs on again. */
  clear(): void;
}

/**
 * Logs on lazily and again after a 401. Single-flight: however many calls need a token at once
 * (first use, or a burst of 401s), `logon` runs once and they all share its result.
 *
 * `logon` is called without the caller's signal because its result is shared: one caller's abort must
 * not fail the others. Each waiting caller still stops waiting when its own signal aborts.
 * A failed logon rejects every waiter with the logon's error and leaves no token behind.
 */
export function sessionAuth(opts: {
  logon: (signal?: AbortSignal) => Promise<string>;
  format: (token: string) => string;
}): SessionAuth {
  let token: string | undefined;
  let inflight: Promise<string> | undefined;

  function logonOnce(): Promise<string> {
    inflight ??= opts.logon().then(
      (fresh) => {
        token = fresh;
        inflight = undefined;
        return fresh;
      },
      (err: unknown) => {
        inflight = undefined;
        throw err;
      },
    );
    return inflight;
  }

  return {
    async authorization(signal) {
      if (token !== undefined) return opts.format(token);
      return opts.format(await untilAborted(logonOnce(), signal));
    },
    async refresh(rejected) {
      // Another call already replaced the rejected token: use that one instead of logging on again.
      if (token !== undefined && opts.format(token) !== rejected) return true;
      if (inflight === undefined) token = undefined;
      await logonOnce();
      return true;
    },
    peek: () => (token !== undefined ? opts.format(token) : undefined),
    current: () => token,
    clear() {
      token = undefined;
    },
  };
}

/** `promise`, or the signal's reason as soon as it aborts (the promise keeps running for others). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
