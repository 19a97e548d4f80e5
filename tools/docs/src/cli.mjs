#!/usr/bin/env node
// @ts-check
// Usage:
//   session-apis-docs page [--bundle f]    in a spec package (specs/<api>): build that API's page into ./api-docs/,
//                                          taking the bundled spec from f (its `bundle` task) instead of bundling
//   session-apis-docs page <api…> | --all  the same, by registry name
//   session-apis-docs site [--out dir]     in packages/docs: build the site into ./site/
//   session-apis-docs preview [--port n] [--dir dir]   serve the built site on localhost
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findRepoRoot, getApi, listApis } from '@session-apis/registry';
import { buildPage } from './page.mjs';
import { serveSite } from './serve.mjs';
import { buildSite } from './site.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    all: { type: 'boolean', default: false },
    bundle: { type: 'string' },
    out: { type: 'string' },
    dir: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const [command, ...names] = positionals;
const cwd = process.cwd();
const log = (/** @type {string} */ msg) => console.log(msg);

/** The API whose spec package is the current folder (the `docs` script of each spec package runs here). */
function apiOfCwd(/** @type {string} */ repoRoot) {
  const apis = listApis(repoRoot);
  const api = apis.find((a) => resolve(a.specDir) === resolve(cwd));
  if (!api) {
    throw new Error(
      `${relative(repoRoot, cwd) || '.'} is not the spec folder of a registered API (${apis
        .map((a) => relative(repoRoot, a.specDir))
        .join(', ')}); pass an API name or --all`,
    );
  }
  return api;
}

async function main() {
  process.env.REDOCLY_TELEMETRY = 'off';
  const repoRoot = findRepoRoot(cwd);
  switch (command) {
    case 'page': {
      const apis = values.all ? listApis(repoRoot) : names.length ? names.map((n) => getApi(n, repoRoot)) : [apiOfCwd(repoRoot)];
      if (values.bundle !== undefined && apis.length !== 1) throw new Error('--bundle names the bundle of one API');
      const bundled = values.bundle === undefined ? undefined : resolve(cwd, values.bundle);
      for (const api of apis) await buildPage(api, { repoRoot, log, bundled });
      return;
    }
    case 'site': {
      await buildSite({ repoRoot, siteDir: resolve(values.out ?? join(cwd, 'site')), log });
      return;
    }
    case 'preview': {
      const dir = resolve(values.dir ?? join(cwd, 'site'));
      if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html not found: run \`pnpm docs\` first`);
      const port = values.port === undefined ? 0 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port}: not a port number`);
      const server = await serveSite(dir, { port, host: values.host });
      const local = server.url.replace(/\/\/(127\.0\.0\.1|\[::1\])/, '//localhost');
      console.log(`Serving ${relative(repoRoot, dir)}/ at ${local} (${server.url}) — Ctrl+C to stop`);
      const stop = () => server.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return;
    }
    default:
      console.error('usage: session-apis-docs page [<api> [--bundle file] | <api…> | --all] | site [--out dir] | preview [--port n] [--dir dir]');
      process.exitCode = 2;
  }
}

main().catch((error) => {
  console.error(`✗ session-apis-docs ${command ?? ''}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
