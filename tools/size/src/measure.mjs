// @ts-check
// Measures what a browser or serverless bundle pays for an import: esbuild bundles a one-line entry (minified,
// tree-shaken, every dependency inlined) and the result is gzipped, as bundlers and CDNs would serve it.
import { gzipSync } from 'node:zlib';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { packageNameOf } from '@session-apis/registry';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Minified and gzipped size of `entrySource` bundled for the browser.
 * @param {string} entrySource  e.g. `export * from '@session-apis/sentinel'`
 * @param {string} [resolveDir]  where imports in the entry resolve from (a package can import itself by name)
 * @returns {Promise<{ minified: number, gzipped: number }>}
 */
export async function bundleSize(entrySource, resolveDir = here) {
  const result = await build({
    stdin: { contents: entrySource, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

/** The whole public surface of a package: what `import * as x from pkg` can reach. */
export const wholePackage = (/** @type {string} */ name) => `export * from '${name}';`;

/**
 * The whole public surface of a registered API's client, bundled from its own folder (so the package needs
 * no dependency entry anywhere to be measured).
 * @param {import('@session-apis/registry').ApiEntry} api
 */
export async function clientSize(api) {
  const name = packageNameOf(api);
  return { name, ...(await bundleSize(wholePackage(name), api.packageDir)) };
}
