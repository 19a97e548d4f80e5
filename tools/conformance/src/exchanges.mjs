// @ts-check
// Reads specs/<api>/exchanges/*.yaml (format: specs/EXCHANGES.md). Workspace only: the exchanges are test data
// of the repository, not shipped with the package.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * @typedef {{ file: string, exchange: import('./validate.mjs').Exchange }} ExchangeFile
 */

/**
 * Every exchange of a registered API, sorted by file name.
 * @param {string} api
 * @param {{ dir?: string }} [options] dir: read this folder instead of the API's `exchanges/`
 * @returns {Promise<ExchangeFile[]>}
 */
export async function loadExchanges(api, options = {}) {
  let dir = options.dir;
  if (!dir) {
    const { getApi } = await import('@session-apis/registry');
    dir = join(getApi(api).specDir, 'exchanges');
  }
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      let exchange;
      try {
        exchange = parse(text);
      } catch (e) {
        throw new Error(`${join(dir, file)}: not valid YAML: ${/** @type {Error} */ (e).message}`);
      }
      return { file, exchange };
    });
}
