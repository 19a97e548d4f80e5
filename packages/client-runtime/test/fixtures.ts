// A vendor error adapter for the runtime's own tests (the runtime knows no vendor; the clients bring theirs).
import type { VendorErrorAdapter } from '../src/index.js';

export interface PvwaError {
  ErrorCode: string;
  ErrorMessage: string;
}

/** The PVWA error adapter, as the cyberark-pvwa client writes it. */
export const pvwaErrors: VendorErrorAdapter<PvwaError> = {
  parse: (body) =>
    typeof body === 'object' && body !== null && typeof (body as PvwaError).ErrorCode === 'string' ? (body as PvwaError) : undefined,
  describe: (e) => `${e.ErrorCode} ${e.ErrorMessage}`,
};
