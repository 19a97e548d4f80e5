#!/usr/bin/env node
// @ts-check
// `pnpm mock [api…] [--port N]`: serves the named APIs (default: every API in redocly.yaml) until Ctrl-C.
import { parseArgs } from 'node:util';
import { listApis } from '@session-apis/registry';
import { startMock, startMocks } from './index.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string' }, dynamic: { type: 'boolean', default: false } },
});
const names = positionals.length > 0 ? positionals : listApis().map((a) => a.name);
if (values.port && names.length !== 1) {
  console.error('--port needs exactly one API name');
  process.exit(2);
}

const mocks = values.port
  ? [await startMock(/** @type {string} */ (names[0]), { port: Number(values.port), dynamic: values.dynamic })]
  : await startMocks(names);
for (const m of mocks) console.log(`${m.api.padEnd(16)} ${m.url}`);
console.log('Prism is serving the specs above; press Ctrl-C to stop.');

const shutdown = async () => {
  await Promise.all(mocks.map((m) => m.stop()));
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
