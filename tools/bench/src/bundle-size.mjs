// @ts-check
// Benchmark 3, bundle size: each client's whole public surface, bundled for the browser with everything it
// imports (runtime + openapi-fetch), minified and gzipped — via tools/size, the same measurement as the CI
// budget — next to openapi-fetch alone.
import { bundleSize, clientSize, wholePackage } from '@session-apis/size';
import { listApis, packageNameOf } from '@session-apis/registry';
import { checked, failed, fmt, info } from './lib/results.mjs';

const BENCH = '3 Bundle size';
const BUDGET = 8 * 1024;

/** @param {{ log: (line: string) => void }} options */
export async function bundleSizes({ log }) {
  /** @type {import('./lib/results.mjs').Row[]} */
  const rows = [];
  const base = await bundleSize(wholePackage('openapi-fetch'));
  log(`  openapi-fetch alone: ${fmt.kb(base.gzipped)} min+gzip (${fmt.kb(base.minified)} min)`);
  rows.push(info(BENCH, 'openapi-fetch alone (min+gzip)', base.gzipped, fmt.kb(base.gzipped), { ...base }));
  for (const api of listApis()) {
    const name = packageNameOf(api);
    try {
      const size = await clientSize(api);
      const extra = size.gzipped - base.gzipped;
      log(`  ${name}: ${fmt.kb(size.gzipped)} min+gzip (${fmt.kb(size.minified)} min), +${fmt.kb(extra)} over openapi-fetch`);
      rows.push(
        checked(BENCH, `${name} (min+gzip)`, size.gzipped, `${fmt.kb(size.gzipped)} (${fmt.ratio(size.gzipped / base.gzipped)} openapi-fetch, +${fmt.kb(extra)})`, {
          op: '<=',
          limit: BUDGET,
          text: '≤ 8 kB',
        }, { ...size, overOpenapiFetch: extra }),
      );
    } catch (error) {
      rows.push(failed(BENCH, `${name} (min+gzip)`, error, '≤ 8 kB'));
    }
  }
  return rows;
}
