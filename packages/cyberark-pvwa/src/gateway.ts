/**
 * The PSM Gateway follow-up [vendor]: after Monitor answers PSMGW, POST `PSMGWRequest` to `PSMGWURL` as an
 * `application/x-www-form-urlencoded` form with that one field [clients]. The gateway is another server:
 * the PVWA token is never sent to it. Usually this happens in the user's browser (`renderGatewayForm`);
 * `openGatewaySession` does it from code.
 */
import {
  type FetchLike,
  type Logger,
  type VendorErrorAdapter,
  createTransport,
  isRecord,
  toHttpError,
  transportOptionsFrom,
} from '@session-apis/client-runtime';
import { checkHttpUrl, checkString, invalid } from '@session-apis/client-runtime/internal';
import type { PsmGatewayMonitor } from './monitor.js';

/** What the gateway helpers need: Monitor's PSMGW answer (or the same two fields from elsewhere). */
export type GatewayConnection = Pick<PsmGatewayMonitor, 'gatewayUrl' | 'gatewayRequest'>;

/** Shared by both helpers. */
export interface GatewayUrlOptions {
  /**
   * Accept an `http:` PSMGWURL. Off by default: the request is a one-time ticket for a live session, and over
   * `http:` anyone on the path can read and use it. Turn on only for a gateway you reach over a trusted link.
   */
  allowInsecureHttp?: boolean;
}

export interface OpenGatewayOptions extends GatewayUrlOptions {
  /** Default `globalThis.fetch`; e.g. `createTlsFetch({ ca })` for a gateway with a private CA. */
  fetch?: FetchLike;
  signal?: AbortSignal;
  /** Default 30 000 ms. The POST is never retried (it starts a session). */
  timeoutMs?: number;
  logger?: Logger;
  /** For the gateway's page when read whole (`text()`, `json()`…): default 16 MiB. Streaming `body` is not capped. */
  maxBodyBytes?: number;
}

// The gateway's error pages are not PVWA error bodies: keep them as `bodyText`.
const noVendorError: VendorErrorAdapter<never> = { parse: () => undefined, describe: () => '' };

function checkConnection(connection: unknown, options: GatewayUrlOptions): { url: URL; request: string } {
  if (!isRecord(connection)) invalid('connection', 'type', 'connection must be the PSMGW result of monitorLiveSession');
  if (options.allowInsecureHttp !== undefined && typeof options.allowInsecureHttp !== 'boolean') {
    invalid('allowInsecureHttp', 'type', 'allowInsecureHttp must be a boolean');
  }
  const url = checkHttpUrl('gatewayUrl', connection.gatewayUrl);
  if (url.protocol !== 'https:' && options.allowInsecureHttp !== true) {
    invalid('gatewayUrl', 'https', 'gatewayUrl must be an https:// URL: the gateway ticket must not travel in cleartext (allowInsecureHttp: true to accept http://)');
  }
  const request = checkString('gatewayRequest', connection.gatewayRequest);
  return { url, request };
}

/**
 * POSTs the form `PSMGWRequest=<value>` to the gateway URL and returns its 2xx response. Redirects on the
 * gateway's own origin are followed (a 302/303 becomes a GET without the ticket); one to another origin is a
 * RedirectError, so the ticket never goes anywhere but PSMGWURL. Throws InvalidInputError (not an https URL,
 * unless `allowInsecureHttp`), HttpError (non-2xx), ConnectionError or TimeoutError. `PSMGWRequest` is a
 * one-time ticket: it is kept out of every error message and log line. The returned body is yours to read or
 * cancel; an unread one does not keep the process alive.
 */
export async function openGatewaySession(connection: GatewayConnection, options: OpenGatewayOptions = {}): Promise<Response> {
  const { url, request: ticket } = checkConnection(connection, options);
  const transport = createTransport({
    ...transportOptionsFrom(options),
    ...(options.signal ? { signal: options.signal } : {}),
    retry: false,
    secrets: () => [ticket],
  });
  const response = await transport.fetch(
    new Request(url.href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html, */*' },
      body: new URLSearchParams({ PSMGWRequest: ticket }).toString(),
    }),
  );
  if (response.ok) return response;
  let error: unknown = await response.text();
  try {
    error = JSON.parse(error as string);
  } catch {
    // not JSON: keep the text
  }
  throw toHttpError({ error, response }, noVendorError);
}

export interface GatewayFormOptions extends GatewayUrlOptions {
  /** The form's `target` browsing context, e.g. `_blank` or a window name. Default: the same window. */
  target?: string;
  /** Submit on load (default true). When false, the page shows a button instead. */
  autoSubmit?: boolean;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for a double-quoted HTML attribute (and for text content). */
export function escapeHtmlAttribute(value: string): string {
  return value.replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * A self-contained HTML page that POSTs `PSMGWRequest` to the gateway, as the PVWA web UI does: serve it
 * to the user's browser (or write it to a file and open it). Every value is attribute-escaped, the action
 * must be an https URL (no `javascript:`; `http:` only with `allowInsecureHttp`), and the only script is a fixed `document.forms[0].submit()`
 * that interpolates nothing. The page asks for no Referer header to be sent to the gateway.
 */
export function renderGatewayForm(connection: GatewayConnection, options: GatewayFormOptions = {}): string {
  const { url, request } = checkConnection(connection, options);
  const { target, autoSubmit = true } = options;
  if (target !== undefined) {
    checkString('target', target);
    if (/[\u0000-\u001f\u007f]/.test(target)) invalid('target', 'no-control-characters', 'target must not contain control characters');
  }
  const attr = escapeHtmlAttribute;
  const button = '<button type="submit">Open the PSM session</button>';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="referrer" content="no-referrer">',
    '<title>Opening the PSM session</title>',
    '</head>',
    '<body>',
    `<form method="post" action="${attr(url.href)}" enctype="application/x-www-form-urlencoded"${
      target !== undefined ? ` target="${attr(target)}"` : ''
    }>`,
    `<input type="hidden" name="PSMGWRequest" value="${attr(request)}">`,
    autoSubmit ? `<noscript>${button}</noscript>` : button,
    '</form>',
    ...(autoSubmit ? ['<script>document.forms[0].submit();</script>'] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
