// @ts-check
// Local stand-ins for a vendor server, for the CLI tests. The conforming one answers every operation with the
// spec's own first success example (the spec, not the test, says what a conforming answer is); a "drifted" one
// is the same server with deviations injected per operation. Built on the test kit's local server (servers that
// hang or drop connections are the kit's `fault` replies).
import { startServer } from '@session-apis/test-kit';
import { findOperation } from '../src/validate.mjs';

/**
 * @typedef {object} Answer
 * @property {number} status
 * @property {Record<string, string | string[]>} headers
 * @property {unknown} [body]       a JSON value
 * @property {string} [bodyText]
 * @typedef {(answer: Answer, request: { method: string, path: string }) => Answer | void} Mutation
 * @typedef {{ method: string, path: string, headers: import('node:http').IncomingHttpHeaders, body: string }} Seen
 */

/** The first 2xx response of an operation with its first example, as the spec writes it. @param {any} operation */
export function exampleAnswer(operation) {
  const [status, response] = /** @type {[string, any]} */ (Object.entries(operation.responses).find(([s]) => /^2\d\d$/.test(s)));
  const [mediaType, media] = /** @type {[string, any] | [undefined, undefined]} */ (Object.entries(response.content ?? {})[0] ?? [undefined, undefined]);
  /** @type {Answer} */
  const answer = { status: Number(status), headers: {} };
  if (!mediaType) return answer;
  answer.headers['Content-Type'] = mediaType === 'application/json' ? 'application/json; charset=utf-8' : mediaType;
  const example = media.examples ? Object.values(media.examples)[0]?.value : media.example;
  if (mediaType === 'application/json') answer.body = structuredClone(example);
  else answer.bodyText = String(example ?? '');
  return answer;
}

/**
 * A server that answers from the spec's examples. `mutations[operationId]` may change the answer (drift);
 * example URLs on the spec's example host are rewritten to this server's own origin.
 * @param {any} spec
 * @param {{ mutations?: Record<string, Mutation>, exampleOrigin?: string, tls?: { key: string, cert: string } }} [options]
 */
export async function startExampleServer(spec, options = {}) {
  /** @type {Seen[]} */
  const seen = [];
  /** @type {string} */
  let origin = '';
  const prefix = new URL(spec.servers?.[0]?.url.replace(/\{[^}]+\}/g, 'x') ?? 'http://x').pathname.replace(/\/$/, '');
  const server = await startServer(
    (req) => {
      const url = new URL(req.url, 'http://local');
      const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
      const method = req.method || 'GET';
      seen.push({ method, path: `${path}${url.search}`, headers: req.headers, body: req.body });
      const found = findOperation(spec, method, path);
      if (!found.entry) return { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'no such operation' };
      let answer = exampleAnswer(found.entry.operation);
      const mutate = options.mutations?.[found.entry.operation.operationId];
      if (mutate) answer = mutate(answer, { method, path: `${path}${url.search}` }) ?? answer;
      let text = answer.body !== undefined ? JSON.stringify(answer.body) : (answer.bodyText ?? '');
      if (options.exampleOrigin) text = text.split(options.exampleOrigin).join(origin);
      return { status: answer.status, headers: answer.headers, body: text };
    },
    options.tls ? { tls: options.tls } : {},
  );
  origin = server.url;
  return { url: `${origin}${prefix}`, origin, seen, close: server.close };
}
