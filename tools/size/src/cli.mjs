#!/usr/bin/env node
// @ts-check
// Checks every client against the budget in this package's package.json ("sizeBudget", bytes min+gzip).
// Fails (exit 1) when one is over; prints openapi-fetch alone for comparison.
//   --budget <package>=<bytes>   override one budget (repeatable), e.g. to try a tighter one
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { bundleSize, wholePackage } from './measure.mjs';

const { values } = parseArgs({ options: { budget: { type: 'string', multiple: true, default: [] } } });
/** @type {Record<string, number>} */
const sizeBudget = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).sizeBudget;
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
for (const [name, budget] of Object.entries(sizeBudget)) {
  const size = await bundleSize(wholePackage(name));
  const ok = size.gzipped <= budget;
  if (!ok) over++;
  console.log(`${ok ? '✓' : '✗'} ${name.padEnd(28)} ${kB(size.gzipped)} min+gzip (${kB(size.minified)} min), budget ${kB(budget)}`);
}
if (over) {
  console.error(`✗ ${over} package(s) over the size budget`);
  process.exit(1);
}
