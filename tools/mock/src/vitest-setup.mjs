// @ts-check
// vitest globalSetup: starts Prism for the API whose client package is being tested (found from the project root
// in redocly.yaml, so packages configure nothing) and provides its URL as inject('mockUrl'). Stopped at teardown.
import { resolve } from 'node:path';
import { findRepoRoot, listApis } from '@session-apis/registry';
import { startMock } from './index.mjs';

/** @param {{ config: { root: string }, provide: (key: string, value: unknown) => void }} project */
export default async function setup(project) {
  const root = resolve(project.config.root);
  const api = listApis(findRepoRoot(root)).find((a) => a.packageDir === root);
  if (!api) throw new Error(`No API in redocly.yaml generates into ${root}; cannot start its mock`);
  project.provide('mockApi', api.name);
  // A Prism already serving this API is used as it is: `pnpm dev` keeps one per API (restarted on the same port
  // after each save) and names them in SESSION_APIS_MOCK_URLS, a JSON object of API name → URL.
  const running = JSON.parse(process.env.SESSION_APIS_MOCK_URLS || '{}')[api.name];
  if (running) {
    project.provide('mockUrl', running);
    return undefined;
  }
  const mock = await startMock(api.name);
  project.provide('mockUrl', mock.url);
  return mock.stop;
}
