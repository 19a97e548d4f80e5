#!/usr/bin/env node
// @ts-check
// `pnpm mock [api…] [--port N]`: serves the named APIs (default: every API in redocly.yaml) until Ctrl-C.
// `pnpm mock <api> --proxy <url> [--engine prism|conformance] [--ca <pem>] [--port N]`: a validating proxy in
// front of a real server (see README "Check your server" for which engine to use when).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { listApis } from '@session-apis/registry';
import { startMock, startMocks, startPrismProxy } from './index.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string' },
    dynamic: { type: 'boolean', default: false },
    proxy: { type: 'string' },
    engine: { type: 'string', default: 'prism' },
    ca: { type: 'string' },
  },
});

/** @param {string} message */
const fail = (message) => {
  console.error(message);
  process.exit(2);
};

const names = positionals.length > 0 ? positionals : listApis().map((a) => a.name);
if (values.port && names.length !== 1) fail('--port needs exactly one API name');

/** @type {{ api: string, url: string, stop: () => Promise<void> }[]} */
let running = [];
if (values.proxy) {
  if (names.length !== 1 || positionals.length !== 1) fail('--proxy needs exactly one API name');
  const api = /** @type {string} */ (names[0]);
  try {
    new URL(values.proxy);
  } catch {
    fail(`--proxy: not a URL: ${values.proxy}`);
  }
  const port = values.port ? Number(values.port) : undefined;
  if (values.engine === 'prism') {
    const proxy = await startPrismProxy(api, values.proxy, {
      ...(port ? { port } : {}),
      ...(values.ca ? { ca: values.ca } : {}),
      onLog: (chunk) => process.stdout.write(chunk),
    });
    running = [proxy];
  } else if (values.engine === 'conformance') {
    // By path, not as a package dependency: @session-apis/conformance depends on the clients, whose tests depend
    // on this package, so a dependency would be a cycle in turbo's task graph. Both live in this workspace.
    const conformance = new URL('../../conformance/src/', import.meta.url);
    /** @type {typeof import('../../conformance/src/spec.mjs')} */
    const { loadSpec } = await import(new URL('spec.mjs', conformance).href);
    /** @type {typeof import('../../conformance/src/proxy.mjs')} */
    const { startValidatingProxy } = await import(new URL('proxy.mjs', conformance).href);
    const { createTlsFetch } = await import('@session-apis/client-runtime/node');
    const fetch = values.ca ? createTlsFetch({ ca: readFileSync(values.ca) }) : undefined;
    const proxy = await startValidatingProxy({ spec: await loadSpec(api), upstream: values.proxy, ...(fetch ? { fetch } : {}), ...(port ? { port } : {}) });
    running = [{ api, url: proxy.url, stop: proxy.stop }];
  } else {
    fail(`--engine: prism or conformance, not ${values.engine}`);
  }
  console.log(`${api.padEnd(16)} ${/** @type {any} */ (running)[0].url}  →  ${values.proxy} (${values.engine} validating proxy)`);
} else {
  running = values.port
    ? [await startMock(/** @type {string} */ (names[0]), { port: Number(values.port), dynamic: values.dynamic })]
    : await startMocks(names);
  for (const m of running) console.log(`${m.api.padEnd(16)} ${m.url}`);
  console.log('Prism is serving the specs above; press Ctrl-C to stop.');
}

const shutdown = async () => {
  await Promise.all(running.map((m) => m.stop()));
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
