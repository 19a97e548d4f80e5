/**
 * Reading Monitor's answer. Its forms [vendor table; shapes from clients]:
 *   PSM Gateway → JSON `{ PSMGWURL, PSMGWRequest }`;
 *   RDP file    → an object of RDP settings (`Accept: application/json`), or the file's bytes (UTF-8 in
 *                 CyberArk's mock; UTF-16 LE/BE with a BOM handled too), or — tolerated — the file's text as a
 *                 JSON string.
 * The `ConnectionMethod` header decides when present; no client or recording has ever seen it, so when it is
 * absent (or not one of the two names) the body decides — the way psPAS does. Whether a body is JSON is read
 * from the body itself, never from `Content-Type` alone (PVWAs label JSON `text/html`). A header that
 * disagrees with the body is an InvalidResponseError, never a guess.
 */
import { InvalidResponseError, isRecord, safeUrl, scrubFor } from '@session-apis/client-runtime';

/** Monitor through the PSM HTML5 Gateway: POST `gatewayRequest` to `gatewayUrl` (see `openGatewaySession`). */
export interface PsmGatewayMonitor {
  method: 'PSMGW';
  /** `PSMGWURL`: the gateway web server's URL. */
  gatewayUrl: string;
  /** `PSMGWRequest`: opaque base64 data to POST as the form field `PSMGWRequest`. */
  gatewayRequest: string;
}

/** Monitor with an RDP client: `rdp` is the RDP file's text (save it as a `.rdp` file and open it at once). */
export interface RdpFileMonitor {
  method: 'RDPFile';
  rdp: string;
}

export type MonitorResult = PsmGatewayMonitor | RdpFileMonitor;

/** The `Accept` values Monitor understands [vendor]; `*\/*` (the client's default) lets the PVWA choose. */
export type MonitorAccept = 'application/json' | 'application/octet-stream' | '*/*';
export const MONITOR_ACCEPT_TYPES: readonly MonitorAccept[] = ['*/*', 'application/json', 'application/octet-stream'];

/**
 * Decodes an RDP file's bytes: UTF-16LE (BOM FF FE), UTF-16BE (BOM FE FF), else UTF-8 (BOM EF BB BF
 * optional). The BOM is dropped. Throws InvalidResponseError on bytes that are not valid text in the
 * detected encoding, and on NUL bytes without a BOM (UTF-16 whose byte order cannot be known for sure).
 */
export function decodeRdpFile(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  if (encoding === 'utf-8' && bytes.includes(0)) {
    throw new InvalidResponseError('RDP file contains NUL bytes and no byte-order mark (UTF-16 without a BOM?)');
  }
  try {
    // fatal: invalid sequences throw instead of turning into U+FFFD; the BOM is stripped (ignoreBOM: false).
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidResponseError(`RDP file is not valid ${encoding.toUpperCase()} text`);
  }
}

/**
 * Rebuilds an RDP file from Monitor's RDP settings object: one `name:s:value` (string) or `name:i:value`
 * (integer) line per setting, CRLF-terminated — the RDP file format, as psPAS rebuilds it (commit 9f42200).
 * A name or value that would break the line format (CR, LF; `:` in a name) is refused rather than written.
 */
export function rdpFileFromSettings(settings: Record<string, unknown>): string {
  let text = '';
  for (const [name, value] of Object.entries(settings)) {
    if (name === '' || /[\r\n:]/.test(name)) throw new InvalidResponseError('RDP settings: a setting name is empty or contains ":" or a line break');
    let line: string;
    if (typeof value === 'number' && Number.isSafeInteger(value)) line = `${name}:i:${value}`;
    else if (typeof value === 'string' && !/[\r\n]/.test(value)) line = `${name}:s:${value}`;
    else throw new InvalidResponseError(`RDP settings: "${name.slice(0, 40)}" is not a one-line string or an integer`);
    text += `${line}\r\n`;
  }
  if (text === '') throw new InvalidResponseError('RDP settings: the object is empty');
  return text;
}

type Body = { kind: 'json'; value: unknown } | { kind: 'text'; text: string };

/** The body as JSON when it is JSON (by its first character, whatever the Content-Type), else as RDP text. */
function readBody(bytes: Uint8Array): Body {
  const text = decodeRdpFile(bytes);
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '"') return { kind: 'text', text };
  try {
    return { kind: 'json', value: JSON.parse(text) };
  } catch {
    throw new InvalidResponseError('the body looks like JSON but is not valid JSON');
  }
}

function isGateway(value: unknown): value is { PSMGWURL: string; PSMGWRequest: string } {
  return isRecord(value) && nonEmpty(value.PSMGWURL) && nonEmpty(value.PSMGWRequest);
}

/** Turns Monitor's 2xx response (headers + body bytes) into a MonitorResult. */
export function readMonitorResponse(body: ArrayBuffer | undefined, response: Response): MonitorResult {
  const where = `GET ${safeUrl(response.url)} → ${response.status}`;
  // One scrubbing pass over the final message: the URL (after a redirect, the server's choice) and setting names
  // quoted from the body are the server's words, and may echo the token or a password. (The ConnectionMethod
  // header is never quoted: only its two known values are named.)
  const scrub = scrubFor(response);
  const fail = (why: string): never => {
    throw new InvalidResponseError(scrub(`${where}: ${why}`));
  };
  const bytes = new Uint8Array(body ?? new ArrayBuffer(0));
  if (bytes.byteLength === 0) fail('empty body');
  const header = response.headers.get('ConnectionMethod')?.trim();
  // The vendor page types the header "Boolean": a value other than the two names says nothing, so the body decides.
  const declared = header === 'PSMGW' || header === 'RDPFile' ? header : undefined;
  let parsed: Body;
  try {
    parsed = readBody(bytes);
  } catch (err) {
    return fail(declared === 'PSMGW' ? 'ConnectionMethod is PSMGW but the body is not valid JSON' : (err as Error).message);
  }

  if (parsed.kind === 'json' && isGateway(parsed.value)) {
    if (declared === 'RDPFile') fail('ConnectionMethod is RDPFile but the body is the PSM Gateway form');
    return { method: 'PSMGW', gatewayUrl: parsed.value.PSMGWURL, gatewayRequest: parsed.value.PSMGWRequest };
  }
  if (declared === 'PSMGW') return fail('ConnectionMethod is PSMGW but the body is not a { PSMGWURL, PSMGWRequest } object');
  if (parsed.kind === 'text') return { method: 'RDPFile', rdp: parsed.text };
  if (nonEmpty(parsed.value)) return { method: 'RDPFile', rdp: parsed.value }; // tolerated: the file as a JSON string
  if (isRecord(parsed.value)) {
    try {
      return { method: 'RDPFile', rdp: rdpFileFromSettings(parsed.value) };
    } catch (err) {
      return fail((err as Error).message);
    }
  }
  return fail('the JSON body is neither the PSM Gateway form, RDP settings nor an RDP file');
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}
