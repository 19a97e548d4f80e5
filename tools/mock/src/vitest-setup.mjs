// @ts-check
// vitest globalSetup: the Prism mock of the API whose client package is being tested (found from the project root
// in redocly.yaml, so packages configure nothing), provided as inject('mockUrl'). A Prism that `pnpm test` or
// `pnpm dev` keeps running for the API is used as it is (useMocks); otherwise one is started and stopped at teardown.
import { resolve } from 'node:path';
import { findRepoRoot, listApis } from '@session-apis/registry';
import { useMocks } from './index.mjs';

/** @param {{ config: { root: string }, provide: (key: string, value: unknown) => void }} project */
export default async function setup(project) {
  const root = resolve(project.config.root);
  const api = listApis(findRepoRoot(root)).find((a) => a.packageDir === root);
  if (!api) throw new Error(`No API in redocly.yaml generates into ${root}; cannot start its mock`);
  project.provide('mockApi', api.name);
  // One name in, one mock out.
  const [mock] = /** @type {[Awaited<ReturnType<typeof useMocks>>[number]]} */ (await useMocks([api.name]));
  project.provide('mockUrl', mock.url);
  return mock.stop;
}
