/**
 * Reading Monitor's answer. The `ConnectionMethod` response header decides the form [vendor]:
 *   PSMGW   → JSON `{ PSMGWURL, PSMGWRequest }`;
 *   RDPFile → the RDP file, as a JSON string (`Accept: application/json`) or as bytes (UTF-16 with a BOM
 *             in practice [clients]; UTF-8 with or without BOM handled too).
 * The body is read as bytes (openapi-fetch `parseAs: 'arrayBuffer'`) so binary answers survive intact.
 * A header that disagrees with the body is an InvalidResponseError, never a guess.
 */
import { InvalidResponseError, isRecord, safeUrl } from '@session-apis/client-runtime';

/** Monitor through the PSM HTML5 Gateway: POST `gatewayRequest` to `gatewayUrl` (see `openGatewaySession`). */
export interface PsmGatewayMonitor {
  method: 'PSMGW';
  /** `PSMGWURL`: the gateway web server's URL. */
  gatewayUrl: string;
  /** `PSMGWRequest`: opaque base64 data to POST as the form field `PSMGWRequest`. */
  gatewayRequest: string;
}

/** Monitor with an RDP client: `rdp` is the RDP file's text (save it as a `.rdp` file). */
export interface RdpFileMonitor {
  method: 'RDPFile';
  rdp: string;
}

export type MonitorResult = PsmGatewayMonitor | RdpFileMonitor;

/** The `Accept` values Monitor understands [vendor]; `*\/*` (the client's default) lets the PVWA choose. */
export type MonitorAccept = 'application/json' | 'application/octet-stream' | '*/*';
export const MONITOR_ACCEPT: readonly MonitorAccept[] = ['*/*', 'application/json', 'application/octet-stream'];

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

/** Turns Monitor's 2xx response (headers + body bytes) into a MonitorResult. */
export function readMonitorResponse(body: ArrayBuffer | undefined, response: Response): MonitorResult {
  const where = `GET ${safeUrl(response.url)} → ${response.status}`;
  const fail = (why: string): never => {
    throw new InvalidResponseError(`${where}: ${why}`);
  };
  const bytes = new Uint8Array(body ?? new ArrayBuffer(0));
  if (bytes.byteLength === 0) fail('empty body');
  const method = response.headers.get('ConnectionMethod')?.trim();
  const contentType = response.headers.get('Content-Type') ?? '';
  const isJson = /^\s*application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType);

  const json = (): unknown => {
    try {
      return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      return fail(`ConnectionMethod is ${method} but the body is not valid JSON`);
    }
  };

  if (method === 'PSMGW') {
    const value = json();
    if (!isRecord(value) || !nonEmpty(value.PSMGWURL) || !nonEmpty(value.PSMGWRequest)) {
      return fail('ConnectionMethod is PSMGW but the body is not a { PSMGWURL, PSMGWRequest } object');
    }
    return { method: 'PSMGW', gatewayUrl: value.PSMGWURL, gatewayRequest: value.PSMGWRequest };
  }
  if (method === 'RDPFile') {
    if (!isJson) return { method: 'RDPFile', rdp: decodeRdpFile(bytes) };
    const value = json();
    if (!nonEmpty(value)) return fail('ConnectionMethod is RDPFile but the JSON body is not the RDP file as a string');
    return { method: 'RDPFile', rdp: value };
  }
  return fail(
    method === undefined
      ? 'the ConnectionMethod header is missing (expected PSMGW or RDPFile)'
      : `unknown ConnectionMethod ${JSON.stringify(method.slice(0, 40))} (expected PSMGW or RDPFile)`,
  );
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}
