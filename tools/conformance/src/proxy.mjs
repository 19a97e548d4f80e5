// @ts-check
// A validating proxy: forwards every request unchanged to the real server, returns its answer unchanged, and
// judges each exchange with the same validator as `pnpm conformance` — one log line per violation (secrets
// redacted), and the violations in an `x-conformance-violations` response header (JSON) for tools that look.
// Unlike Prism's proxy it never answers in the server's place (no 422 for a request Prism dislikes), and it
// knows this project's tolerances (e.g. the PVWA trailing slash after a dot).
import { createServer } from 'node:http';
import { recordingFetch } from './record.mjs';
import { Secrets, redactExchange } from './redact.mjs';
import { validateExchange } from './validate.mjs';

/** Hop-by-hop and framing headers: the proxy's own business on each leg (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'host', 'content-length']);

/**
 * @param {object} options
 * @param {any} options.spec              bundled, dereferenced
 * @param {string} options.upstream       the real server's base URL (the spec's server URL, e.g. https://pvwa/PasswordVault)
 * @param {(input: Request, init?: RequestInit) => Promise<Response>} [options.fetch]  e.g. createTlsFetch({ ca })
 * @param {number} [options.port]         default: a free one
 * @param {string} [options.host]         default 127.0.0.1
 * @param {(line: string) => void} [options.log]
 */
export async function startValidatingProxy(options) {
  const upstream = new URL(options.upstream.replace(/\/+$/, ''));
  const log = options.log ?? ((line) => process.stdout.write(`${line}\n`));
  const secrets = new Secrets();
  let current = '';
  const recorder = recordingFetch(options.fetch ?? globalThis.fetch, { baseUrl: upstream.href, step: () => current, timeoutMs: 30_000 });

  const server = createServer(async (req, res) => {
    try {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      const target = new URL(`${upstream.pathname.replace(/\/$/, '')}${req.url ?? '/'}`, upstream);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (HOP_BY_HOP.has(name) || value === undefined) continue;
        for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
      }
      const method = req.method ?? 'GET';
      current = `${method} ${req.url}`;
      const before = recorder.recorded.length;
      const response = await recorder.fetch(
        new Request(target, { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : body, redirect: 'manual' }),
      );
      const bytes = Buffer.from(await response.arrayBuffer());
      await recorder.settle();
      const recorded = recorder.recorded[before];
      /** @type {import('./validate.mjs').Violation[]} */
      let violations = [];
      if (recorded) {
        secrets.learn(recorded.exchange);
        const result = validateExchange(options.spec, recorded.exchange);
        violations = result.violations.map((v) => ({ ...v, message: secrets.scrub(v.message), pointer: secrets.scrub(v.pointer) }));
        const path = secrets.scrub(redactExchange(recorded.exchange, secrets).request.path);
        const verdict = violations.length === 0 ? 'conforms' : `${violations.length} violation(s)`;
        log(`${result.operationId ?? '(no operation)'} ${method} ${path} → ${response.status}: ${verdict}`);
        for (const v of violations) log(`  ${v.kind}: ${v.message}`);
        recorder.recorded.length = 0; // nothing is kept beyond the log line
      }
      /** @type {Record<string, string | string[]>} */
      const out = {};
      response.headers.forEach((value, name) => {
        if (!HOP_BY_HOP.has(name) && name !== 'set-cookie' && name !== 'content-encoding') out[name] = value;
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) out['set-cookie'] = cookies;
      if (violations.length > 0) out['x-conformance-violations'] = JSON.stringify(violations.map(({ kind, pointer }) => ({ kind, pointer })));
      res.writeHead(response.status, out).end(bytes);
    } catch (err) {
      const message = secrets.scrub(err instanceof Error ? err.message : String(err));
      log(`${req.method} ${secrets.scrub(req.url ?? '')} → 502: upstream failed: ${message}`);
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`conformance proxy: upstream failed: ${message}\n`);
    }
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    stop: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
