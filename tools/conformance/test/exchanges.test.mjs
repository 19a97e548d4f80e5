// @ts-check
// Every recorded exchange under specs/<api>/exchanges/ validates against its bundled spec — real traffic is the
// oracle, so a spec that rejects it fails here — and each file follows specs/EXCHANGES.md.
import { listApis } from '@session-apis/registry';
import { describe, expect, it } from 'vitest';
import { loadExchanges } from '../src/exchanges.mjs';
import { loadSpec } from '../src/spec.mjs';
import { validateExchange } from '../src/validate.mjs';

const MARKS = ['vendor', 'recorded', 'clients', 'inferred'];
/** A credential in an exchange is a placeholder like <token>, optionally after a scheme ("X-SAML <token>"). */
const PLACEHOLDER = /^([A-Za-z][\w-]* )?<[a-z-]+>$/;

const apis = await Promise.all(
  listApis().map(async (api) => ({ api: api.name, exchanges: await loadExchanges(api.name) })),
);

for (const { api, exchanges } of apis) {
  describe.runIf(exchanges.length > 0)(`${api} exchanges`, () => {
    it.each(exchanges.map((e) => [e.file, e.exchange]))('%s', async (file, exchange) => {
      const spec = await loadSpec(api);
      expect(typeof exchange.source, `${file}: source`).toBe('string');
      expect(MARKS, `${file}: mark`).toContain(exchange.mark);
      const result = validateExchange(spec, exchange);
      expect(result.violations, `${file}: ${result.violations.map((v) => v.message).join('\n')}`).toEqual([]);
      // <operationId>.<outcome>.yaml: the name says which operation the exchange belongs to.
      expect(result.operationId, `${file}: the file name's operationId`).toBe(file.split('.')[0]);
      // No real credential: Authorization and Cookie values are placeholders.
      for (const [name, value] of Object.entries(exchange.request?.headers ?? {})) {
        const lower = name.toLowerCase();
        if (lower === 'authorization') expect(String(value), `${file}: ${name}`).toMatch(PLACEHOLDER);
        if (lower === 'cookie') {
          for (const pair of String(value).split(';')) expect(pair.trim(), `${file}: ${name}`).toMatch(/^[^=]+=<[a-z-]+>$/);
        }
      }
      const body = /** @type {Record<string, unknown> | undefined} */ (exchange.request?.body);
      for (const field of ['password', 'newPassword']) {
        if (body && typeof body === 'object' && field in body) expect(String(body[field]), `${file}: ${field}`).toMatch(PLACEHOLDER);
      }
    });
  });
}
