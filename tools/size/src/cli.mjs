#!/usr/bin/env node
// @ts-check
// Checks the client package of every API in redocly.yaml against its budget in this package's package.json
// ("sizeBudget", bytes min+gzip; "default" for a client without its own entry).
// Fails (exit 1) when one is over; prints openapi-fetch alone for comparison.
//   --budget <package>=<bytes>   override one budget (repeatable), e.g. to try a tighter one
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { listApis, packageNameOf } from '@session-apis/registry';
import { bundleSize, clientSize, wholePackage } from './measure.mjs';

const { values } = parseArgs({ options: { budget: { type: 'string', multiple: true, default: [] } } });
/** @type {{ default: number } & Record<string, number>} */
const budgets = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).sizeBudget;
const { default: defaultBudget, ...own } = budgets;
const apis = listApis();
/** @type {Record<string, number>} */
const sizeBudget = {};
for (const api of apis) {
  const name = packageNameOf(api);
  sizeBudget[name] = own[name] ?? defaultBudget;
}
for (const override of values.budget) {
  const [name, bytes] = override.split('=');
  if (!name || !(name in sizeBudget) || !Number.isInteger(Number(bytes))) {
    console.error(`--budget ${override}: expected <package>=<bytes> for one of ${Object.keys(sizeBudget).join(', ')}`);
    process.exit(2);
  }
  sizeBudget[name] = Number(bytes);
}
const kB = (/** @type {number} */ n) => `${(n / 1024).toFixed(2)} kB`;

const baseline = await bundleSize(wholePackage('openapi-fetch'));
console.log(`openapi-fetch alone            ${kB(baseline.gzipped)} min+gzip (${kB(baseline.minified)} min)`);
let over = 0;
for (const api of apis) {
  const { name, ...size } = await clientSize(api);
  const budget = /** @type {number} */ (sizeBudget[name]);
  const ok = size.gzipped <= budget;
  if (!ok) over++;
  console.log(`${ok ? '✓' : '✗'} ${name.padEnd(28)} ${kB(size.gzipped)} min+gzip (${kB(size.minified)} min), budget ${kB(budget)}`);
}
if (over) {
  console.error(`✗ ${over} package(s) over the size budget`);
  process.exit(1);
}
