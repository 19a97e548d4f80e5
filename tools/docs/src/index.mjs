// @ts-check
// Programmatic entry: what the browser test and other tools use.
export { listApis, findRepoRoot } from '@session-apis/registry';
export { computeChanges, diffSpecs, findBaseRef, bundleSpec } from './changes.mjs';
export { buildPage, pageDir } from './page.mjs';
export { buildSite } from './site.mjs';
export { serveSite } from './serve.mjs';
export { findExternalLoads } from './self-contained.mjs';
// The site's tests check that the openapi.yaml download parses to the same document as openapi.json.
export { parse as parseYaml } from 'yaml';
